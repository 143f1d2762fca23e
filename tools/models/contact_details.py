"""The family's identity and contact details (issue 13 §1), kept apart from the other referral form fields.

The referrer records them with the consent (form referralRecordConsent), the call activity passes them to the
receiving organisation's own process (referralSupportProcess), whose task "Ta emot och kontakta familjen" (form
referralAccept) shows them read-only. Names equal referral/ContactDetails.java (Vars); the server's checks are in
referral/ContactDetailsCheck.java. Every component has an id of its own (not from the forms' counter), so adding or
removing one renumbers no other field.
"""

GUARDIANS = (1, 2)
# per guardian: name, personal identity or coordination number, phone, address, preferred language, interpreter
GUARDIAN_FIELDS = ('Name', 'PersonalIdentityNumber', 'Phone', 'Address', 'Language', 'InterpreterNeeded')
CHILD_NUMBER = 'childPersonalIdentityNumber'
# what the referral passes to the receiver (the call activity's camunda:in), in this order
VARIABLES = [CHILD_NUMBER] + [f'guardian{g}{f}' for g in GUARDIANS for f in GUARDIAN_FIELDS]

# the same patterns as the server's (ContactDetailsCheck), as JavaScript regular expressions for form-js
IDENTITY_PATTERN = '^(\\d{2})?\\d{6}[-+]?\\d{4}$'
# a name: no digits and none of the signs a name never holds (the server also asks for letters only, in any script)
NAME_PATTERN = '^[^0-9:;,!?"()/\\\\@#$%&*+=<>{}|~_]+$'
PHONE_PATTERN = '^(\\+46|0)[ \\d-]{6,14}$'
ADDRESS_PATTERN = '^.+[ ,]\\d{3} ?\\d{2} +\\S.*$'
LANGUAGES = (('sv', 'Svenska'), ('ar', 'Arabiska'), ('so', 'Somaliska'), ('ti', 'Tigrinja'), ('fa', 'Persiska'),
             ('prs', 'Dari'), ('ps', 'Pashto'), ('ku', 'Kurdiska'), ('en', 'Engelska'), ('pl', 'Polska'),
             ('bs', 'Bosniska, kroatiska, serbiska'), ('fi', 'Finska'), ('es', 'Spanska'), ('tr', 'Turkiska'),
             ('ru', 'Ryska'), ('uk', 'Ukrainska'), ('am', 'Amhariska'), ('th', 'Thailändska'), ('fr', 'Franska'),
             ('se', 'Samiska'), ('rom', 'Romani'), ('yi', 'Jiddisch'))

CHILD_LABEL = 'Barnets personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN)'


def _options(pairs):
    return [{'label': label, 'value': value} for value, label in pairs]


def _c(type_, key, label, cid, required=False, readonly=False, hide=None, description=None, **kw):
    c = {'type': type_, 'key': key, 'label': label, 'id': cid}
    if description:
        c['description'] = description
    if required:
        c['validate'] = {'required': True}
    if readonly:
        c['readonly'] = True
    if hide:
        c['conditional'] = {'hide': hide}
    for k, v in kw.items():
        if k == 'validate':
            c.setdefault('validate', {}).update(v)
        else:
            c[k] = v
    return c


def _text(cid, t, hide=None):
    c = {'type': 'text', 'text': t, 'id': cid}
    if hide:
        c['conditional'] = {'hide': hide}
    return c


NO_CONSENT = 'consentGiven != true'


def _guardian_hide(g):
    return f'={NO_CONSENT}' if g == 1 else f'={NO_CONSENT} or jointCustody != true'


def recorded():
    """The referrer's fields on "Dokumentera samtycke": shown once consent is given; guardian 2 with joint custody."""
    components = [
        _text('contact_intro', '### Vem mottagaren kontaktar\nUppgifterna nedan lämnas bara till de verksamheter som '
              'samtycket gäller, så att de kan kontakta familjen, och bara så länge samtycket gäller. Återkallas '
              'samtycket eller går det ut tas de bort hos mottagaren.', hide=f'={NO_CONSENT}'),
        _c('radio', 'ageBand', 'Barnets ålder', 'contact_ageBand', readonly=True, hide=f'={NO_CONSENT}',
           values=_options((('PREGNANCY', 'Graviditet'), ('AGE_0_1', '0–1 år'), ('AGE_1_3', '1–3 år'),
                            ('AGE_3_6', '3–6 år')))),
        _c('textfield', CHILD_NUMBER, CHILD_LABEL, 'contact_childNumber', required=True,
           hide=f'={NO_CONSENT} or ageBand = "PREGNANCY"',
           description='Samordningsnummer: födelsedagen plus 60, t.ex. 20240371-1234.',
           validate={'pattern': IDENTITY_PATTERN}),
    ]
    for g in GUARDIANS:
        hide = _guardian_hide(g)
        phone_required = g == 1
        components += [
            _text(f'contact_guardian{g}', f'#### Vårdnadshavare {g}' + (
                '' if g == 1 else '\nBehövs vid gemensam vårdnad: båda vårdnadshavarnas uppgifter.'), hide=hide),
            _c('textfield', f'guardian{g}Name', f'Vårdnadshavare {g}: namn', f'contact_guardian{g}Name', True,
               hide=hide, description='Förnamn och efternamn: bokstäver, mellanslag, punkt, apostrof och bindestreck, '
               'inga siffror, t.ex. Sofia Lindberg.', validate={'maxLength': 100, 'pattern': NAME_PATTERN}),
            _c('textfield', f'guardian{g}PersonalIdentityNumber',
               f'Vårdnadshavare {g}: personnummer eller samordningsnummer (ÅÅÅÅMMDD-NNNN)',
               f'contact_guardian{g}Number', True, hide=hide, validate={'pattern': IDENTITY_PATTERN}),
            _c('textfield', f'guardian{g}Phone', f'Vårdnadshavare {g}: telefon', f'contact_guardian{g}Phone',
               phone_required, hide=hide, description='Svenskt nummer, t.ex. 070-123 45 67 eller +46 8 123 456 78.',
               validate={'pattern': PHONE_PATTERN}),
            _c('textfield', f'guardian{g}Address', f'Vårdnadshavare {g}: adress (gata, postnummer och ort)',
               f'contact_guardian{g}Address', hide=hide, description='T.ex. Storgatan 1, 182 30 Danderyd.',
               validate={'pattern': ADDRESS_PATTERN, 'maxLength': 200}),
            _c('select', f'guardian{g}Language', f'Vårdnadshavare {g}: föredraget språk',
               f'contact_guardian{g}Language', hide=hide, description='Krävs när tolk behövs.',
               values=_options(LANGUAGES)),
            _c('checkbox', f'guardian{g}InterpreterNeeded', f'Vårdnadshavare {g}: behöver tolk',
               f'contact_guardian{g}Interpreter', hide=hide),
        ]
    return components


def shown():
    """The receiver's read-only view on "Ta emot och kontakta familjen": whom to contact and how."""
    components = [
        _text('contact_shown_intro', '### Kontakta familjen\nUppgifterna gäller bara så länge samtycket gäller och '
              'tas bort här om det återkallas eller går ut. Kontakta familjen bara i det syfte som samtycket anger.'),
        _text('contact_shown_removed', 'Inga kontaktuppgifter finns (längre) i ärendet: samtycket gäller inte '
              'längre, eller familjen lämnade inga.', hide='=guardian1Name != null'),
        _c('textfield', CHILD_NUMBER, 'Barnets personnummer eller samordningsnummer', 'contact_shown_childNumber',
           readonly=True, hide=f'={CHILD_NUMBER} = null'),
        _c('datetime', 'consentValidUntil', 'Datum', 'contact_shown_validUntil', readonly=True, subtype='date',
           dateLabel='Samtycket gäller till och med'),
    ]
    for g in GUARDIANS:
        hide = f'=guardian{g}Name = null'
        components += [
            _c('textfield', f'guardian{g}Name', f'Vårdnadshavare {g}', f'contact_shown_guardian{g}Name',
               readonly=True, hide=hide),
            _c('textfield', f'guardian{g}PersonalIdentityNumber', f'Vårdnadshavare {g}: personnummer',
               f'contact_shown_guardian{g}Number', readonly=True, hide=hide),
            _c('textfield', f'guardian{g}Phone', f'Vårdnadshavare {g}: telefon', f'contact_shown_guardian{g}Phone',
               readonly=True, hide=hide),
            _c('textfield', f'guardian{g}Address', f'Vårdnadshavare {g}: adress', f'contact_shown_guardian{g}Address',
               readonly=True, hide=hide),
            _c('select', f'guardian{g}Language', f'Vårdnadshavare {g}: föredraget språk',
               f'contact_shown_guardian{g}Language', readonly=True, hide=hide, values=_options(LANGUAGES)),
            _c('checkbox', f'guardian{g}InterpreterNeeded', f'Vårdnadshavare {g}: behöver tolk',
               f'contact_shown_guardian{g}Interpreter', readonly=True, hide=hide),
        ]
    return components
