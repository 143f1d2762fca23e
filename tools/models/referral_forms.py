"""forms/referral/*.form (Camunda Forms, schemaVersion 16 = the form-js bundled with the 7.24 Tasklist).

Each field states the rule the server enforces where form-js can: validate.required (also on fields that a
conditional.hide FEEL shows only when a choice needs them), pattern with a description showing the format,
maxLength, disallowPassedDates on dates, options instead of free text. Checked against the form-js in 7.24's
webjar (lib/deps.js has conditional.hide and disallowPassedDates; it has no min/max date).

Written by tools/models/generate.py (see tools/models/README.md).
"""
import json
import os

import contact_details
from exporter import EXPORTER

OUT = 'forms/referral'
n = [0]
FORMS = {}  # path under the repository root -> content


def _id(prefix):
    n[0] += 1
    return f'{prefix}_{n[0]}'


def text(t, id=None):
    """id: a fixed id (Text_x) keeps the counted ids of the other forms as they are."""
    return {'type': 'text', 'text': t, 'id': id or _id('text')}


def field(type_, key, label, required=False, readonly=False, id=None, **kw):
    c = {'type': type_, 'key': key, 'label': label, 'id': id or _id('field')}
    if required:
        c['validate'] = {'required': True}
    if readonly:
        c['readonly'] = True
    for k, v in kw.items():
        if k == 'validate':
            c.setdefault('validate', {}).update(v)
        else:
            c[k] = v
    return c


def _municipalities():
    """The 290 municipalities as the initiative's select offers them (a test holds that list to the reference table)."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, '..', '..', 'forms', 'establishment', 'initiative.form'), encoding='utf-8') as f:
        initiative = json.load(f)
    return next(c['values'] for c in initiative['components'] if c.get('key') == 'municipality')


MUNICIPALITIES = _municipalities()


def opts(*pairs):
    return [{'label': l, 'value': v} for v, l in pairs]


def ro(key, label):
    return field('textfield', key, label, readonly=True)


def date(key, label, required=False):
    return field('datetime', key, 'Datum', required, subtype='date', dateLabel=label)


def form(fid, components):
    doc = {'executionPlatform': 'Camunda Platform', 'executionPlatformVersion': '7.24.0',
           'exporter': {'name': EXPORTER, 'version': '1'}, 'schemaVersion': 16,
           'id': fid, 'type': 'default', 'components': components}
    FORMS[f'{OUT}/{fid}.form'] = json.dumps(doc, ensure_ascii=False, indent=2) + '\n'


CONCERNS = opts(('DEVELOPMENT', 'Barnets utveckling'), ('LANGUAGE', 'Barnets språk'),
                ('PARENT_MENTAL_HEALTH', 'Förälderns psykiska hälsa'), ('PARENTING', 'Föräldraskap'),
                ('COUPLE_RELATIONSHIP', 'Parrelationen'), ('ECONOMY_HOUSING', 'Ekonomi och boende'),
                ('CHILD_HARMED', 'Misstanke om att barnet far illa (orosanmälan)'),
                ('VIOLENCE_IN_FAMILY', 'Våld i familjen (orosanmälan)'))
AGE = opts(('PREGNANCY', 'Graviditet'), ('AGE_0_1', '0–1 år'), ('AGE_1_3', '1–3 år'), ('AGE_3_6', '3–6 år'))
SERVICES = opts(('EXTENDED_HOME_VISITING', 'Utökat hembesöksprogram (BVC och socialtjänst)'),
                ('PARENTING_PROGRAMME_ABC', 'Föräldraskapsstöd ABC'),
                ('PARENTING_PROGRAMME_ICDP', 'Vägledande samspel (ICDP)'),
                ('FAMILY_COUNSELLING', 'Familjerådgivning'),
                ('MHV_PSYCHOLOGIST', 'Psykolog inom mödrahälsovården'),
                ('BHV_PSYCHOLOGIST', 'Psykolog inom barnhälsovården'),
                ('CHILD_HEALTH_FOLLOW_UP', 'Fördjupad uppföljning av utveckling och språk på BVC'),
                ('SOCIAL_COUNSELLOR', 'Socialrådgivare på familjecentralen'))
CASE = [ro('caseReference', 'Ärende'), ro('centreName', 'Familjecentral')]

form('referralStart', [
    text('## Oro för en familj\nAnge inga namn eller personnummer här. Misstänker du att ett barn far illa, eller '
         'finns våld i familjen, blir ärendet en orosanmälan som du skriver i nästa steg – utan samtycke.'),
    # the official's own centres and organisations: the server fills these selects per signed-in user in the form
    # it hands out (deployed-start-form; Tasklist loads no variables for a start form), preselected when there is
    # one, and accepts only those (referral/ReferrerCentres, ReferrerGroups, shared/engine/guard/form)
    field('select', 'centreId', 'Familjecentral', True, valuesKey='referrerCentres',
          description='Familjecentralerna där du arbetar. Du kan bara starta ärenden vid en av dem.'),
    field('select', 'activity', 'Verksamhet där ni mötte familjen', True, values=opts(
        ('OPEN_PRESCHOOL', 'Öppen förskola'), ('CHILD_HEALTH_VISIT', 'Besök på BVC'),
        ('MATERNITY_VISIT', 'Besök på barnmorskemottagningen'), ('PARENT_GROUP', 'Föräldragrupp'),
        ('HOME_VISIT', 'Hembesök'), ('SOCIAL_COUNSELLING', 'Rådgivning hos socialtjänsten'))),
    field('select', 'referringGroup', 'Din verksamhet', True, valuesKey='referrerGroups',
          description='Dina egna verksamheter av mödrahälsovård, barnhälsovård, öppen förskola och förebyggande '
                      'socialtjänst.'),
    field('radio', 'ageBand', 'Barnets ålder', True, values=AGE),
    field('number', 'childAgeMonths', 'Barnets ålder i månader', id='Field_childAgeMonths',
          description='Frivilligt, 12–35 månader. Utökade hembesök erbjuds till 15 månaders ålder.',
          validate={'min': 12, 'max': 35}, conditional={'hide': '=ageBand != "AGE_1_3"'}),
    field('checklist', 'concerns', 'Vad gäller oron?', True, values=CONCERNS),
    field('radio', 'urgency', 'Hur brådskande?', True, defaultValue='NORMAL',
          values=opts(('NORMAL', 'Normalt'), ('URGENT', 'Brådskande'))),
    field('textarea', 'description', 'Kort beskrivning (högst 500 tecken, inga personuppgifter)',
          validate={'maxLength': 500}),
])
form('referralWriteReportOfConcern', CASE + [
    text('## Orosanmälan\nDu är skyldig att anmäla genast. Inget samtycke behövs och sekretessen hindrar inte '
         'anmälan. Ange barnets personnummer om du har det, annars kommunen där barnet bor.'),
    field('textfield', 'childPersonalIdentityNumber', 'Barnets personnummer (ÅÅÅÅMMDD-NNNN)',
          validate={'pattern': '^(\\d{2})?\\d{6}[-+]?\\d{4}$'},
          description='Format ÅÅÅÅMMDD-NNNN, t.ex. 20230115-0005; födelsedatumet ska stämma med barnets ålder i '
                      'ärendet. Lämna tomt om du inte har det och ange kommunen.'),
    field('select', 'childMunicipality', 'Kommun där barnet bor', True, searchable=True,
          values=MUNICIPALITIES,
          conditional={'hide': '=childPersonalIdentityNumber != null and childPersonalIdentityNumber != ""'},
          description='Krävs när barnets personnummer saknas, så att anmälan når rätt socialtjänst. Sök och välj '
                      'kommunen (alla 290).'),
    field('textarea', 'reportText', 'Vad har du sett eller hört som väcker oro?', True),
])
form('referralIntakeFeedback', CASE + [
    text('## Återkoppling från socialtjänsten\nDu får veta om en utredning inleddes, inget mer: socialtjänstens '
         'bedömning omfattas av sekretess.'),
    field('checkbox', 'investigationOpened', 'Socialtjänsten inledde en utredning', readonly=True),
    ro('investigationDecisionDate', 'Datum för beslutet'),
])
form('referralRecordConsent', CASE + [
    text('## Samtycke\nInga uppgifter lämnas till en annan verksamhet utan vårdnadshavarnas samtycke. Samtycket '
         'gäller per mottagande verksamhet, ska vara tydligt (vilka uppgifter, varför, hur länge) och kan '
         'återkallas. Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.'),
    field('checkbox', 'consentGiven', 'Vårdnadshavarna samtycker till att uppgifter lämnas'),
    field('checklist', 'consentOrganisations', 'Verksamheter som samtycket gäller', values=opts(
        ('REGION', 'Regionens hälso- och sjukvård (MVC, BVC, psykolog)'),
        ('SOCIAL_SERVICES', 'Kommunens socialtjänst (förebyggande, familjerådgivning, socialrådgivare)')),
          required=True, conditional={'hide': '=consentGiven != true'}),
    field('textarea', 'consentSharedInformation', 'Vilka uppgifter får lämnas?', True,
          conditional={'hide': '=consentGiven != true'}),
    field('textarea', 'consentPurpose', 'I vilket syfte?', True, conditional={'hide': '=consentGiven != true'}),
    dict(date('consentValidUntil', 'Samtycket gäller till och med', True), conditional={'hide': '=consentGiven != true'},
         disallowPassedDates=True,
         description='Ett datum efter i dag, högst 12 månader fram (familycentre.referral.consent-max-validity).'),
    field('checkbox', 'jointCustody', 'Vårdnadshavarna har gemensam vårdnad',
          conditional={'hide': '=consentGiven != true'}),
    field('checkbox', 'bothGuardiansConsented', 'Båda vårdnadshavarna har samtyckt', True,
          conditional={'hide': '=consentGiven != true or jointCustody != true'},
          description='Vid gemensam vårdnad måste båda vårdnadshavarna samtycka.'),
] + contact_details.recorded())
form('referralCoordinatorRoute', CASE + [
    text('## Samordnaren avgör\nBeslutstabellen hittade ingen insats, eller hänvisningen har avböjts för många '
         'gånger. Välj insats eller avsluta utan riktad insats.'),
    ro('targetServiceName', 'Senast föreslagna insats'),
    field('number', 'declineCount', 'Antal avböjanden', readonly=True),
    field('select', 'coordinatorTargetService', 'Beslut', True,
          values=SERVICES + opts(('CLOSED', 'Avsluta utan riktad insats'))),
])
form('referralAccept', CASE + [
    text('## Hänvisning till er verksamhet\nVårdnadshavarna har samtyckt till att uppgifterna nedan lämnas till er.'),
    ro('targetServiceName', 'Insats'),
    field('radio', 'ageBand', 'Barnets ålder', readonly=True, values=AGE),
    field('checklist', 'concerns', 'Oron gäller', readonly=True, values=CONCERNS),
    field('textarea', 'description', 'Beskrivning', readonly=True),
    field('textarea', 'consentSharedInformation', 'Uppgifter som får lämnas', readonly=True),
    field('textarea', 'consentPurpose', 'Syfte', readonly=True),
] + contact_details.shown() + [
    field('radio', 'accepted', 'Tar ni emot hänvisningen?', True,
          values=opts(('true', 'Ja, vi har tagit första kontakt'), ('false', 'Nej, vi avböjer'))),
    dict(date('firstContactDate', 'Datum för första kontakt', True), conditional={'hide': '=accepted != "true"'},
         description='Tidigast dagen då hänvisningen kom till er, senast i dag.'),
    field('textarea', 'declineReason', 'Skäl att avböja', True, conditional={'hide': '=accepted != "false"'}),
])
form('referralGiveSupport', CASE + [
    ro('targetServiceName', 'Insats'),
    field('textarea', 'supportSummary', 'Vilket stöd har familjen fått? (kort, journalen förs i ert eget system)',
          True),
    # an id of its own (not from the counter), so adding it renumbers no other form's fields
    {'type': 'datetime', 'key': 'followUpOn', 'label': 'Datum', 'id': 'field_followUpOn', 'subtype': 'date',
     'dateLabel': 'Följ upp stödet senast', 'validate': {'required': True}, 'disallowPassedDates': True,
     'description': 'Blir uppföljningsdatum på uppgiften "Följ upp stödet" i Tasklist: från i dag, högst 12 '
                    'månader fram (familycentre.referral.follow-up-max-ahead).'},
])
form('referralFollowUp', CASE + [
    ro('targetServiceName', 'Insats'),
    field('textarea', 'followUpResult', 'Uppföljning: hur har det gått?', True),
])
form('referralHandBack', CASE + [
    text('## Tillbaka till den öppna verksamheten\nHänvisningen är klar. Familjen fortsätter i den universella '
         'verksamheten.'),
    ro('targetServiceName', 'Insats'),
    field('select', 'workOutcome', 'Resultat', readonly=True, values=opts(
        ('SUPPORTED', 'Stöd givet'), ('CLOSED', 'Avslutat utan riktad insats'),
        ('CONSENT_MISSING', 'Samtycket omfattade inte verksamheten'))),
])
form('reportOfConcernReceived', [
    text('## Orosanmälan\nAnmälan kommer från familjecentralens personal genom hänvisningsprocessen.'),
    ro('caseReference', 'Ärende'),
])
form('reportOfConcernProtectionAssessment', CASE + [
    text('## Skyddsbedömning\nGörs genast, normalt samma dag.'),
    ro('childPersonalIdentityNumber', 'Barnets personnummer'),
    ro('childMunicipality', 'Barnets kommun'),
    field('textarea', 'reportText', 'Anmälan', readonly=True),
    field('checkbox', 'violence', 'Anmälan gäller våld i familjen', readonly=True),
    field('checkbox', 'immediateProtectionNeeded', 'Barnet behöver omedelbart skydd'),
    field('textarea', 'protectionAssessment', 'Skyddsbedömning', True),
])
form('reportOfConcernImmediateProtection', CASE + [
    text(id='Text_immediateProtection', t='## Omedelbart skydd\nBarnet behöver omedelbart skydd: agera inom en timme. Beslut om omedelbart '
         'omhändertagande fattas och dokumenteras i socialtjänstens eget system; skriv här vilken skyddsåtgärd som '
         'vidtogs.'),
    field('textfield', 'childPersonalIdentityNumber', 'Barnets personnummer', readonly=True,
          id='Field_immediateProtection_child'),
    field('textfield', 'childMunicipality', 'Barnets kommun', readonly=True, id='Field_immediateProtection_municipality'),
    field('textarea', 'protectionAssessment', 'Skyddsbedömning', readonly=True,
          id='Field_immediateProtection_assessment'),
    field('textarea', 'immediateProtectionMeasure', 'Vidtagen skyddsåtgärd', True,
          id='Field_immediateProtectionMeasure'),
])
form('reportOfConcernInvestigationDecision', CASE + [
    text('## Beslut om utredning\nBeslut inom 14 dagar. Tiden får förlängas bara om det finns synnerliga skäl, '
         'som ska dokumenteras.'),
    field('textarea', 'reportText', 'Anmälan', readonly=True),
    field('textarea', 'protectionAssessment', 'Skyddsbedömning', readonly=True),
    field('checkbox', 'extendDecision', 'Förläng tiden för beslut (synnerliga skäl)'),
    field('textarea', 'extensionReason', 'Synnerliga skäl för förlängning', True,
          conditional={'hide': '=extendDecision != true'}),
    field('checkbox', 'openInvestigation', 'Inled utredning', conditional={'hide': '=extendDecision = true'}),
    field('textarea', 'decisionReasoning', 'Motivering', True, conditional={'hide': '=extendDecision = true'}),
])
form('escalationRaised', [
    text('## Missad tidsfrist\nStartas av processerna när en tidsfrist har passerat.'),
    ro('caseReference', 'Ärende'),
])
form('escalationHandle', CASE + [
    field('textarea', 'escalationText', 'Vad som missades', readonly=True),
    field('textarea', 'escalationAction', 'Vad har du gjort?', True),
])
# added last, so that its ids renumber no other form's fields
form('referralSupportReceived', [
    text('## Hänvisning mottagen\nStartas av hänvisningen när vårdnadshavarnas samtycke omfattar er verksamhet; '
         'bara det som samtycket omfattar lämnas hit.'),
    ro('caseReference', 'Ärende'),
])


def write(out):
    """Writes every form under the folder out (the repository root, or an empty folder to compare with)."""
    (out / OUT).mkdir(parents=True, exist_ok=True)
    for path, content in FORMS.items():
        (out / path).write_text(content, encoding='utf-8')
    return list(FORMS)
