"""Retention as the application configures it: familycentre.retention in src/main/resources/application.yaml.

That block is the one place where retention is decided (RetentionPlugin applies it to every deployed version). The
models only repeat it: camunda:historyTimeToLive (the engine requires one) and a sentence in the process's
documentation, both written from the number read here, so they cannot disagree with the configuration.
"""
import re
from pathlib import Path

APPLICATION_YAML = Path(__file__).resolve().parents[2] / 'src' / 'main' / 'resources' / 'application.yaml'
DEFAULT_KEY = 'default'
NBSP = '\u00a0'


def _configured(path=APPLICATION_YAML):
    """familycentre.retention.<key>: P<n>D as {key: n}. A small reader for that one block (no PyYAML needed)."""
    days, in_familycentre, in_retention = {}, False, False
    for line in path.read_text(encoding='utf-8').splitlines():
        if not line.strip() or line.lstrip().startswith('#'):
            continue
        indent = len(line) - len(line.lstrip())
        if indent == 0:
            in_familycentre, in_retention = line.startswith('familycentre:'), False
        elif in_familycentre and indent == 2:
            in_retention = line.strip() == 'retention:'
        elif in_retention and indent == 4:
            key, _, value = line.strip().partition(':')
            match = re.fullmatch(r'P(\d+)D', value.split('#')[0].strip())
            if not match:
                raise ValueError(f'{path}: familycentre.retention.{key} is not whole days (P<n>D): {value!r}')
            days[key] = int(match.group(1))
    if DEFAULT_KEY not in days:
        raise ValueError(f'{path}: no familycentre.retention.{DEFAULT_KEY}')
    return days


CONFIGURED = _configured()


def days(key):
    """Days of history kept for a process or decision key, as the engine will apply them."""
    return CONFIGURED.get(key, CONFIGURED[DEFAULT_KEY])


def history_time_to_live(key):
    """The camunda:historyTimeToLive literal: the configured value in the configuration's own form, P<n>D."""
    return f'P{days(key)}D'


def _swedish_number(n):
    """1825 -> '1 825' (no-break space between thousands, as Swedish writes numbers)."""
    return f'{n:,}'.replace(',', NBSP)


def span(key):
    """'5 år (1 825 dagar)', or '400 dagar' when the days are not whole years."""
    n = days(key)
    return f'{n // 365} år ({_swedish_number(n)} dagar)' if n % 365 == 0 else f'{_swedish_number(n)} dagar'


def sentence(key, why=''):
    """The process documentation's statement of its retention, e.g. 'Historiken gallras 5 år (1 825 dagar) efter
    avslut, som socialtjänstens akter.'; why starts with its own punctuation (', som ...' or ': ...')."""
    return f'Historiken gallras {span(key)} efter avslut{why}.'
