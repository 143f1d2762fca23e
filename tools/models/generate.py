#!/usr/bin/env python3
"""Writes every generated model and form of the project: the one source of the BPMN diagrams.

    python3 tools/models/generate.py              # from the repository root: rewrites the committed files
    python3 tools/models/generate.py --out DIR    # writes the same files under DIR instead (GeneratedModelsTest)

Writes processes/establishment/*.bpmn, processes/referral/*.bpmn, forms/referral/*.form and the handbook tests'
fixture model, and prints each path. Retention (camunda:historyTimeToLive and the sentence in each process's
documentation) is read from familycentre.retention in src/main/resources/application.yaml. See README.md beside
this file.
"""
import argparse
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ beside the generator

import establishment  # noqa: E402 (after the line above)
import handbook_fixture  # noqa: E402
import referral  # noqa: E402
import referral_forms  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GENERATORS = (establishment, referral, referral_forms, handbook_fixture)


def main(argv):
    parser = argparse.ArgumentParser(description='Writes the generated BPMN models and Camunda Forms.')
    parser.add_argument('--out', type=Path, default=ROOT,
                        help='folder to write into, laid out like the repository (default: the repository root)')
    out = parser.parse_args(argv).out
    for generator in GENERATORS:
        for path in generator.write(out):
            print(path)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
