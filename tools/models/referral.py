"""processes/referral/*.bpmn: the referral, the receiver's support, social services' intake and the escalation.

Written by tools/models/generate.py (see tools/models/README.md); the layout helper is bpmn_grid.py.
"""
import contact_details
import retention
from bpmn_grid import Model, X, Y

OUT = 'processes/referral'


def ut(group, form, due=None, extra=None):
    d = {'camunda:candidateGroups': group, 'camunda:formRef': form, 'camunda:formRefBinding': 'deployment'}
    if due:
        d['camunda:dueDate'] = due
    d.update(extra or {})
    return d


def st(bean, asyncBefore=False):
    d = {'camunda:delegateExpression': '${' + bean + '}'}
    if asyncBefore:
        d['camunda:asyncBefore'] = 'true'
    return d


def missed_deadline(kind):
    """The one delegate for a missed deadline; which deadline is the service task's field "kind" (one of
    EscalationProcess.Values), injected into EscalateMissedDeadlineDelegate."""
    return dict(attrs=st('escalateMissedDeadlineDelegate'),
                inner='<bpmn:extensionElements>\n'
                      f'  <camunda:field name="kind" stringValue="{kind}" />\n'
                      '</bpmn:extensionElements>')


def validation(task_id):
    """The task's own checks when it ends: the bean named after the task (userTask_x -> xValidation)."""
    bean = task_id.split('_', 1)[1] + 'Validation'
    return ('<bpmn:extensionElements>\n'
            f'  <camunda:executionListener delegateExpression="${{{bean}}}" event="end" />\n'
            '</bpmn:extensionElements>')


def timer(kind, expr):
    return (f'<bpmn:timerEventDefinition><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{expr}</bpmn:{kind}>'
            f'</bpmn:timerEventDefinition>')


# ---------------------------------------------------------------- familyReferralProcess
m = Model('familyReferralProcess', 'Hänvisning från öppen verksamhet till riktat stöd',
          'En familj som personal möter i en universell verksamhet (öppen förskola, BVC-besök, föräldragrupp, '
          'besök på barnmorskemottagningen) får rätt riktat stöd i tid, och ett barn som kan fara illa anmäls '
          'genast. Misstanke om att barnet far illa eller våld i familjen: orosanmälan till socialtjänsten utan '
          'samtycke (socialtjänstens mottagning är en egen process, endast beslutet om utredning kommer tillbaka). '
          'Annars frivillig hänvisning: inget lämnas över sekretessgränsen utan vårdnadshavarnas samtycke per '
          'mottagande verksamhet; samtycket kan återkallas när som helst. Mottagande verksamhets arbete (ta emot, '
          'ge stödet, följa upp) är en egen process (referralSupportProcess): dess anteckningar stannar där, hit '
          'kommer bara svaret och resultatet. Ärendet får familjecentralens tenant '
          '(centreId), så att personal bara ser ärenden vid sin egen familjecentral. '
          + retention.sentence('familyReferralProcess', ', som socialtjänstens akter'),
          {'camunda:candidateStarterGroups': 'mvc,bvc,oppen-forskola,socialtjanst-forebyggande',
           'camunda:historyTimeToLive': retention.history_time_to_live('familyReferralProcess'),
           'camunda:versionTag': '1.0'},
          ext='<bpmn:extensionElements>\n  <camunda:properties>\n'
              '    <camunda:property name="participantGroups" value="mvc,bvc,oppen-forskola,socialtjanst-forebyggande" />\n'
              '  </camunda:properties>\n</bpmn:extensionElements>',
          roots='<bpmn:message id="message_consentWithdrawnMessage" name="ConsentWithdrawn" />')

# one lane per organisation: who does each step, and so where the secrecy boundary runs (rows 0-7)
REFERRER, COORDINATOR, RECEIVER, INTAKE = 'lane_referrer', 'lane_coordinator', 'lane_receiver', \
    'lane_socialServicesIntake'
m.lane(INTAKE, 'Socialtjänstens mottagning', 0, 0)
m.lane(REFERRER, 'Hänvisande verksamhet (BMM, BVC, öppen förskola)', 1, 5)
m.lane(COORDINATOR, 'Familjecentralens samordnare', 6, 6)
m.lane(RECEIVER, 'Mottagande verksamhet (den samtycket gäller)', 7, 7)

m.node('startEvent_referralStarted', 'start', 'Oro väcks i öppen verksamhet', X(0), Y(2), lane=REFERRER,
       attrs={'camunda:formRef': 'referralStart', 'camunda:formRefBinding': 'deployment',
              'camunda:initiator': 'referredBy'})
m.node('serviceTask_registerReferral', 'serviceTask', 'Registrera hänvisningen', X(1), Y(2), lane=REFERRER,
       doc='Kontrollerar familjecentral, verksamhet, oro och åldersgrupp, ger ärendet ett hänvisningsnummer '
           '(REF-år-nummer) och räknar det i uppföljningen. Fel uppgifter avvisas och inget sparas.',
       attrs=st('registerReferralDelegate'))
m.node('gateway_reportOfConcernDue', 'xor', 'Misstanke om att barnet far illa?', X(2), Y(2), lane=REFERRER,
       doc='Misstanke om att ett barn far illa eller våld i familjen: anmälningsplikten gäller genast och kräver '
           'inget samtycke.', label=(X(2) + 30, Y(2) - 50, 120, 27))
# report of concern path (row 1; social services' intake in its lane, row 0)
m.node('userTask_writeReportOfConcern', 'userTask', 'Skriv orosanmälan', X(3), Y(1), lane=REFERRER,
       doc='Den som har anmälningsplikt skriver anmälan själv. Inget samtycke behövs och inget hindrar anmälan. '
           'Barnets personnummer anges om det behövs (kontrolleras), annars barnets kommun.',
       attrs=ut('${referringGroup}', 'referralWriteReportOfConcern'),
       inner=validation('userTask_writeReportOfConcern'))
m.node('serviceTask_submitReportOfConcern', 'serviceTask', 'Kontrollera anmälan', X(4), Y(1), lane=REFERRER,
       doc='Lämnar anmälan till socialtjänsten; texten och barnets personnummer (med kontrollsiffra) eller kommun '
           'kontrollerades när anmälan skrevs.',
       attrs=st('submitReportOfConcernDelegate'))
m.node('callActivity_socialServicesIntake', 'callActivity', 'Socialtjänstens mottagning', X(5), Y(0), lane=INTAKE,
       doc='Socialtjänstens mottagning i en egen process: bara det mottagningen behöver lämnas in, bara beslutet '
           'om utredning (och datum) kommer tillbaka. Hälso- och sjukvården ser aldrig socialtjänstens bedömning.',
       attrs={'calledElement': 'reportOfConcernProcess'},
       inner='''<bpmn:extensionElements>
  <camunda:in businessKey="#{execution.processBusinessKey}" />
  <camunda:in source="caseReference" target="caseReference" />
  <camunda:in source="centreId" target="centreId" />
  <camunda:in source="centreName" target="centreName" />
  <camunda:in source="referringGroup" target="referringGroup" />
  <camunda:in source="ageBand" target="ageBand" />
  <camunda:in source="violence" target="violence" />
  <camunda:in source="childPersonalIdentityNumber" target="childPersonalIdentityNumber" />
  <camunda:in source="childMunicipality" target="childMunicipality" />
  <camunda:in source="reportText" target="reportText" />
  <camunda:out source="investigationOpened" target="investigationOpened" />
  <camunda:out source="investigationDecisionDate" target="investigationDecisionDate" />
</bpmn:extensionElements>''')
m.node('userTask_readIntakeFeedback', 'userTask', 'Ta del av återkopplingen', X(6), Y(1), lane=REFERRER,
       doc='Anmälaren får veta om socialtjänsten inledde en utredning, inget mer.',
       attrs=ut('${referringGroup}', 'referralIntakeFeedback'))
m.node('endEvent_reportOfConcernHandled', 'end', 'Orosanmälan hanterad', X(7), Y(1), lane=REFERRER)
m.flow('flow_started', 'startEvent_referralStarted', 'serviceTask_registerReferral')
m.flow('flow_registered', 'serviceTask_registerReferral', 'gateway_reportOfConcernDue')
m.flow('flow_toReportOfConcern', 'gateway_reportOfConcernDue', 'userTask_writeReportOfConcern',
       'Ja, orosanmälan', '${reportOfConcern}', sp='t', label=(X(2) - 100, Y(1) - 20, 95, 14))
m.flow('flow_toVoluntaryReferral', 'gateway_reportOfConcernDue', 'gateway_askForConsent',
       'Nej, frivillig hänvisning', default=True, sp='b', tp='t', label=(X(2) - 140, Y(2) + 50, 135, 14))
m.flow('flow_reportWritten', 'userTask_writeReportOfConcern', 'serviceTask_submitReportOfConcern')
m.flow('flow_reportSubmitted', 'serviceTask_submitReportOfConcern', 'callActivity_socialServicesIntake', sp='t')
m.flow('flow_intakeDone', 'callActivity_socialServicesIntake', 'userTask_readIntakeFeedback', tp='t')
m.flow('flow_feedbackRead', 'userTask_readIntakeFeedback', 'endEvent_reportOfConcernHandled')

# voluntary referral path (row 3); the consent is asked for again when it did not cover the receiver
m.node('gateway_askForConsent', 'xor', None, X(2), Y(3), lane=REFERRER,
       doc='Här möts den frivilliga hänvisningen och frågan på nytt, när samtycket inte omfattade den valda mottagaren.')
m.flow('flow_askForConsent', 'gateway_askForConsent', 'userTask_recordConsent')
m.node('userTask_recordConsent', 'userTask', 'Dokumentera samtycke', X(3), Y(3), lane=REFERRER,
       doc='Personalen frågar vårdnadshavarna och dokumenterar samtycket per mottagande verksamhet: vilka '
           'uppgifter, i vilket syfte, hur länge; vid gemensam vårdnad båda vårdnadshavarna. Samtycket häver '
           'sekretessen, det är inte den rättsliga grunden enligt dataskyddsförordningen. Förfaller efter 7 dagar, '
           'efter 1 dag när hänvisningen är brådskande (familycentre.referral.consent-deadline och '
           'urgent-consent-deadline).',
       attrs=ut('${referringGroup}', 'referralRecordConsent', due='${referralDeadlines.consentDue(execution)}'),
       inner=validation('userTask_recordConsent'))
m.node('serviceTask_recordConsentDecision', 'serviceTask', 'Registrera samtycket', X(4), Y(3), lane=REFERRER,
       doc='Registrerar samtycket, kontrollerat när det dokumenterades (framtida giltighet, båda '
           'vårdnadshavarna), och räknar samtycke eller nej.',
       attrs=st('recordConsentDecisionDelegate'))
m.node('gateway_consentGiven', 'xor', 'Samtycke?', X(5), Y(3), lane=REFERRER,
       doc='Utan samtycke lämnas ingenting över sekretessgränsen.', label=(X(5) + 20, Y(3) - 45, 70, 14))
m.node('endEvent_universalOfferKept', 'end', 'Familjen behåller det öppna erbjudandet, inget delas', X(5), Y(2),
       lane=REFERRER, label=(X(5) - 154, Y(2) - 14, 130, 40))
m.flow('flow_consentRecorded', 'userTask_recordConsent', 'serviceTask_recordConsentDecision')
m.flow('flow_consentChecked', 'serviceTask_recordConsentDecision', 'gateway_consentGiven')
m.flow('flow_noConsent', 'gateway_consentGiven', 'endEvent_universalOfferKept', 'Nej', default=True, sp='t',
       tp='b', label=(X(5) - 30, Y(3) - 60, 22, 14))

# routing, sharing and the receiving organisation's work, under the consent: the coordinator's task and the
# receiver's process each in their own lane. While the consent holds the referral waits only at one of those two,
# so the withdrawal is a message boundary event on each (together what a boundary event on one sub-process around
# them was), and nothing more is shared.
m.node('businessRuleTask_routeReferral', 'businessRuleTask', 'Välj riktad insats', X(7), Y(3), lane=REFERRER,
       doc='Beslutstabellen referralRouting: oro × barnets ålder × vad familjecentralen erbjuder ger tänkbara '
           'insatser i prioritetsordning och gruppen som ger dem.',
       attrs={'camunda:decisionRef': 'referralRouting', 'camunda:mapDecisionResult': 'resultList',
              'camunda:resultVariable': 'routingCandidates'})
m.node('serviceTask_chooseTargetService', 'serviceTask', 'Bestäm mottagare', X(9), Y(3), lane=REFERRER,
       doc='Första insatsen som inte redan har avböjt; samordnarens val går före. Efter för många avböjanden, '
           'eller utan träff i tabellen, avgör samordnaren.',
       attrs=st('chooseTargetServiceDelegate'))
m.node('gateway_routeOutcome', 'xor', 'Insats vald?', X(10), Y(3), lane=REFERRER,
       doc='Vald insats, samordnaren avgör, eller avslut utan insats.', label=(X(10) + 22, Y(3) - 45, 80, 14))
m.node('userTask_decideRouteAsCoordinator', 'userTask', 'Avgör vart familjen hänvisas', X(10), Y(6), lane=COORDINATOR,
       doc='Samordnaren väljer insats när tabellen inte räcker eller hänvisningen har avböjts för många gånger, '
           'eller avslutar utan insats. Förfaller efter 3 dagar, efter 1 dag när hänvisningen är brådskande '
           '(familycentre.referral.route-decision-deadline och urgent-route-decision-deadline).',
       attrs=ut('samordnare', 'referralCoordinatorRoute', due='${referralDeadlines.routeDecisionDue(execution)}'),
       inner=validation('userTask_decideRouteAsCoordinator'))
m.node('event_noServiceChosen', 'throw', 'Ingen insats', X(10), Y(1), lane=REFERRER,
       label=(X(10) - 35, Y(1) - 40, 70, 14))
m.node('gateway_consentCoversReceiver', 'xor', 'Omfattar samtycket mottagaren?', X(11), Y(3), lane=REFERRER,
       doc='Ingenting delas med en verksamhet som samtycket inte omfattar: standardvägen är att inget delas.',
       label=(X(11) - 20, Y(3) - 75, 120, 27))
m.node('serviceTask_recordConsentMissing', 'serviceTask', 'Notera att samtycke saknas', X(11), Y(4), lane=REFERRER,
       doc='Inget delas; personalen frågar vårdnadshavarna på nytt om samtycke för den verksamheten.',
       attrs=st('recordConsentMissingDelegate'))
m.node('event_consentDoesNotCoverReceiver', 'throw', 'Inget delas', X(9.5), Y(4), lane=REFERRER)
m.node('serviceTask_shareReferral', 'serviceTask', 'Lämna hänvisningen', X(12), Y(3), lane=REFERRER,
       doc='Hänvisningen går till mottagande verksamhet (kontrollerar samtycket en gång till) och räknas.',
       attrs=st('shareReferralDelegate'))
IN = ['caseReference', 'centreId', 'centreName', 'targetService', 'targetServiceName', 'targetGroups', 'ageBand',
      'concerns', 'urgency', 'description', 'consentOrganisations', 'consentSharedInformation', 'consentPurpose',
      'consentValidUntil']
IN += contact_details.VARIABLES  # the family's identity and contact details, shared under the consent
OUT_VARS = ['receiverAnswer', 'workOutcome']
m.node('callActivity_receivingOrganisationWork', 'callActivity', 'Mottagande verksamhet ger stöd', X(13), Y(7),
       lane=RECEIVER, size=(130, 80),
       doc='Mottagande verksamhets arbete i en egen process (referralSupportProcess), med hänvisningens nummer '
           'som affärsnyckel och familjecentralens tenant. In lämnas bara det som vårdnadshavarna har samtyckt '
           'till att dela och det som mottagarens formulär visar: ärendet, familjecentralen, insatsen och gruppen '
           'som ger den, barnets åldersgrupp, oron, hur brådskande, beskrivningen och samtyckets omfattning. '
           'Tillbaka kommer bara svaret (tar emot eller avböjer) och resultatet. Mottagarens anteckningar '
           '(första kontakt, skälet att avböja, stödet, uppföljningen) stannar i den processen, där hänvisande '
           'verksamhet inte har någon uppgift.',
       attrs={'calledElement': 'referralSupportProcess'},
       inner='<bpmn:extensionElements>\n  <camunda:in businessKey="#{execution.processBusinessKey}" />\n'
             + ''.join(f'  <camunda:in source="{v}" target="{v}" />\n' for v in IN)
             + ''.join(f'  <camunda:out source="{v}" target="{v}" />\n' for v in OUT_VARS)
             + '</bpmn:extensionElements>')
m.node('gateway_receiverAnswer', 'xor', 'Tog mottagaren emot?', X(14), Y(3), lane=REFERRER,
       doc='Svaret från mottagande verksamhets process. Avböjd hänvisning noteras och går tillbaka till valet av '
           'insats; skälet att avböja stannar hos mottagaren.', label=(X(14) - 150, Y(3) + 22, 120, 14))
m.node('event_supportGiven', 'throw', 'Stöd givet', X(15), Y(3), lane=REFERRER)
m.node('serviceTask_recordDecline', 'serviceTask', 'Notera avböjandet', X(14), Y(2), lane=REFERRER,
       doc='Den avböjda insatsen erbjuds inte igen i den här hänvisningen och avböjandet räknas; efter för många '
           'avböjanden avgör samordnaren.',
       attrs=st('recordDeclineDelegate'))
m.node('gateway_chooseAgain', 'xor', None, X(8), Y(3), lane=REFERRER,
       doc='Här möts beslutstabellens förslag och samordnarens val.')
m.flow('flow_candidatesFound', 'businessRuleTask_routeReferral', 'gateway_chooseAgain')
m.flow('flow_toChoice', 'gateway_chooseAgain', 'serviceTask_chooseTargetService')
m.flow('flow_targetChosen', 'serviceTask_chooseTargetService', 'gateway_routeOutcome')
m.flow('flow_routed', 'gateway_routeOutcome', 'gateway_consentCoversReceiver', 'Ja', default=True,
       label=(X(10) + 28, Y(3) + 6, 20, 14))
m.flow('flow_toCoordinator', 'gateway_routeOutcome', 'userTask_decideRouteAsCoordinator', 'Samordnaren avgör',
       "${routeOutcome == 'NEEDS_COORDINATOR'}", sp='b', tp='t', label=(X(10) + 6, Y(3) + 40, 100, 14))
m.flow('flow_closedByCoordinator', 'gateway_routeOutcome', 'event_noServiceChosen', 'Avslutas',
       "${routeOutcome == 'CLOSED'}", sp='t', tp='b', label=(X(10) - 55, Y(3) - 50, 50, 14))
m.flow('flow_coordinatorDecided', 'userTask_decideRouteAsCoordinator', 'gateway_chooseAgain',
       sp='l', tp='b')
m.flow('flow_consentCovers', 'gateway_consentCoversReceiver', 'serviceTask_shareReferral', 'Ja',
       '${referralConsent.covers(execution)}', label=(X(11) + 28, Y(3) - 20, 20, 14))
m.flow('flow_consentMissing', 'gateway_consentCoversReceiver', 'serviceTask_recordConsentMissing', 'Nej',
       default=True, sp='b', tp='t', label=(X(11) + 6, Y(3) + 30, 22, 14))
m.flow('flow_consentMissingRecorded', 'serviceTask_recordConsentMissing', 'event_consentDoesNotCoverReceiver',
       sp='l', tp='r')
m.flow('flow_askConsentAgain', 'event_consentDoesNotCoverReceiver', 'gateway_askForConsent', sp='l', tp='b')
m.flow('flow_shared', 'serviceTask_shareReferral', 'callActivity_receivingOrganisationWork', sp='b')
m.flow('flow_receiverWorkDone', 'callActivity_receivingOrganisationWork', 'gateway_receiverAnswer', tp='b')
m.flow('flow_accepted', 'gateway_receiverAnswer', 'event_supportGiven', 'Ja',
       "${receiverAnswer == 'ACCEPTED'}", label=(X(14) + 28, Y(3) - 20, 20, 14))
m.flow('flow_declined', 'gateway_receiverAnswer', 'serviceTask_recordDecline', 'Nej, avböjd', default=True,
       sp='t', tp='b', label=(X(14) + 6, Y(3) - 60, 60, 14))
m.flow('flow_declineRecorded', 'serviceTask_recordDecline', 'gateway_routeAgain', sp='l', tp='t',
       via=[(X(6), Y(2))])
m.node('gateway_routeAgain', 'xor', None, X(6), Y(3), lane=REFERRER,
       doc='Här möts samtycket och en avböjd hänvisning: insatsen väljs (igen) ur beslutstabellen.')
m.flow('flow_toRouting', 'gateway_routeAgain', 'businessRuleTask_routeReferral')
m.flow('flow_toReceivingWork', 'gateway_consentGiven', 'gateway_routeAgain', 'Ja',
       '${consentGiven}', label=(X(5) + 28, Y(3) - 20, 20, 14))

# consent withdrawn, while the coordinator decides or the receiver works
WITHDRAWN_DOC = ('Vårdnadshavarna återkallar samtycket (meddelandet ConsentWithdrawn med ärendets '
                 'hänvisningsnummer): {}, och inget mer delas.')
m.node('message_consentWithdrawnWhileCoordinatorDecides', 'boundary', 'Samtycket återkallas', X(10) + 30, Y(6) - 40,
       attached='userTask_decideRouteAsCoordinator',
       doc=WITHDRAWN_DOC.format('samordnarens uppgift avbryts'),
       inner='<bpmn:messageEventDefinition messageRef="message_consentWithdrawnMessage" />',
       label=(X(10) + 52, Y(6) - 64, 110, 14))
m.node('message_consentWithdrawn', 'boundary', 'Samtycket återkallas', X(13) + 40, Y(7) - 40,
       attached='callActivity_receivingOrganisationWork',
       doc=WITHDRAWN_DOC.format('mottagande verksamhets process avbryts med dess öppna uppgifter'),
       inner='<bpmn:messageEventDefinition messageRef="message_consentWithdrawnMessage" />',
       label=(X(13) - 95, Y(7) - 64, 110, 14))
m.node('serviceTask_recordConsentWithdrawn', 'serviceTask', 'Notera att inget mer delas', X(15.5), Y(5),
       lane=REFERRER,
       doc='Registrerar återkallelsen: inget mer lämnas över, hänvisningen avslutas.',
       attrs=st('recordConsentWithdrawnDelegate'))
m.node('endEvent_consentWithdrawn', 'end', 'Samtycket återkallat', X(16.5), Y(5), lane=REFERRER)
m.node('gateway_consentWithdrawn', 'xor', None, X(14.5), Y(5), lane=REFERRER,
       doc='Här möts återkallelserna, vare sig samordnaren avgjorde eller mottagaren arbetade.')
m.flow('flow_withdrawnWhileCoordinatorDecides', 'message_consentWithdrawnWhileCoordinatorDecides',
       'gateway_consentWithdrawn', sp='t', tp='l')
m.flow('flow_withdrawn', 'message_consentWithdrawn', 'gateway_consentWithdrawn', sp='t', tp='b',
       via=[(X(13) + 40, Y(6)), (X(14.5), Y(6))])
m.flow('flow_withdrawalNoted', 'gateway_consentWithdrawn', 'serviceTask_recordConsentWithdrawn')
m.flow('flow_withdrawalRecorded', 'serviceTask_recordConsentWithdrawn', 'endEvent_consentWithdrawn')

# after the work: support given or no service chosen, handed back to the universal activity
m.node('gateway_workDone', 'xor', None, X(16), Y(3), lane=REFERRER,
       doc='Här möts stöd givet och ingen insats: ärendet går tillbaka till den verksamhet som hänvisade.')
m.node('userTask_handBackToUniversalActivity', 'userTask', 'Återkoppla till öppna verksamheten', X(17), Y(3),
       size=(130, 80), lane=REFERRER,
       doc='Ärendet lämnas tillbaka till den universella verksamheten som hänvisade, med resultatet.',
       attrs=ut('${referringGroup}', 'referralHandBack'))
m.node('serviceTask_recordOutcome', 'serviceTask', 'Registrera resultatet', X(18), Y(3), lane=REFERRER,
       doc='Resultatet (stöd givet eller avslutat utan insats) räknas i uppföljningen.',
       attrs=st('recordOutcomeDelegate'))
m.node('endEvent_referralCompleted', 'end', 'Hänvisningen avslutad', X(19), Y(3), lane=REFERRER)
m.flow('flow_supportGiven', 'event_supportGiven', 'gateway_workDone')
m.flow('flow_noServiceChosen', 'event_noServiceChosen', 'gateway_workDone', tp='t')
m.flow('flow_toHandBack', 'gateway_workDone', 'userTask_handBackToUniversalActivity')
m.flow('flow_handedBack', 'userTask_handBackToUniversalActivity', 'serviceTask_recordOutcome')
m.flow('flow_outcomeRecorded', 'serviceTask_recordOutcome', 'endEvent_referralCompleted')

# ---------------------------------------------------------------- referralSupportProcess
s = Model('referralSupportProcess', 'Mottagande verksamhet ger stöd',
          'Mottagande verksamhets arbete med en hänvisning: ta emot den och ta första kontakt med familjen inom '
          'tidsfristen (eller avböja med skäl), ge stödet och följa upp det. En egen process, anropad av '
          'hänvisningen när samtycket omfattar mottagaren, så att sekretessgränsen också är en processgräns: '
          'mottagarens anteckningar (datum för första kontakt, skälet att avböja, vilket stöd som getts, '
          'uppföljningsdatum och uppföljningen) stannar här, där hänvisande verksamhet inte har någon uppgift och '
          'därför inte heller läser historiken. In kommer bara det som vårdnadshavarna har samtyckt till att dela '
          'och det som mottagarens formulär visar (ärendet, familjecentralen, insatsen och gruppen som ger den, '
          'barnets åldersgrupp, oron, hur brådskande, beskrivningen, samtyckets omfattning); tillbaka går bara '
          'svaret (tar emot eller avböjer) och resultatet. Instansen har hänvisningens nummer som affärsnyckel och '
          'hänvisningens tenant (familjecentralen). Återkallas samtycket avbryts instansen från hänvisningen. '
          + retention.sentence('referralSupportProcess', ', som hänvisningens'),
          {'camunda:historyTimeToLive': retention.history_time_to_live('referralSupportProcess'),
           'camunda:isStartableInTasklist': 'false', 'camunda:versionTag': '1.0'},
          ext='<bpmn:extensionElements>\n  <camunda:properties>\n'
              '    <camunda:property name="participantGroups" value="mvc,bvc,socialtjanst-forebyggande" />\n'
              '  </camunda:properties>\n</bpmn:extensionElements>')
s.lane('lane_receiver', 'Mottagande verksamhet (den samtycket gäller)', 0, 2)
s.node('startEvent_referralReceived', 'start', 'Hänvisning mottagen', X(0), Y(1),
       attrs={'camunda:formRef': 'referralSupportReceived', 'camunda:formRefBinding': 'deployment'})
s.node('userTask_acceptReferral', 'userTask', 'Ta emot och kontakta familjen', X(1), Y(1), size=(130, 80),
       doc='Mottagande verksamhet tar emot hänvisningen och tar första kontakt inom tidsfristen, eller avböjer '
           'med skäl. Hur brådskande hänvisningen är sätter tidsfristen (förfallodatum och timer): normalt 14 '
           'dagar, brådskande 3 dagar (konfigurerbart).',
       attrs=ut('${targetGroups}', 'referralAccept', due='${referralDeadlines.firstContactDue(execution)}'),
       inner=validation('userTask_acceptReferral'))
s.node('timer_firstContactDeadline', 'boundary', 'Första kontakt försenad', X(1) + 25, Y(1) + 40,
       attached='userTask_acceptReferral', attrs={'cancelActivity': 'false'},
       doc='Tidsfristen för första kontakt (14 dagar, brådskande 3 dagar, konfigurerbart) har passerat; uppgiften '
           'ligger kvar.',
       inner=timer('timeDuration', '${referralDeadlines.firstContactDuration(execution)}'),
       label=(X(1) + 47, Y(1) + 62, 90, 27))
s.node('serviceTask_escalateFirstContactBreach', 'serviceTask', 'Eskalera till samordnare', X(2), Y(2),
       doc='Räknas i uppföljningen och blir en uppgift för samordnaren med bara ärendets nummer och '
           'familjecentralen (inga uppgifter om familjen).',
       **missed_deadline('FIRST_CONTACT'))
s.node('endEvent_firstContactEscalated', 'end', 'Eskalerat', X(3), Y(2))
s.node('serviceTask_recordReceiverAnswer', 'serviceTask', 'Registrera svaret', X(2), Y(1),
       doc='Registrerar första kontakt eller skälet att avböja (båda stannar här) och räknar svaret i '
           'uppföljningen.',
       attrs=st('recordReceiverAnswerDelegate'))
s.node('gateway_accepted', 'xor', 'Tar emot?', X(3), Y(1),
       doc='En avböjd hänvisning avslutas här; hänvisningen får bara veta att den avböjdes och väljer en annan '
           'insats.', label=(X(3) + 22, Y(1) + 30, 70, 14))
s.node('endEvent_referralDeclined', 'end', 'Avböjd', X(3), Y(0), label=(X(3) + 24, Y(0) - 7, 60, 14))
s.node('userTask_giveSupport', 'userTask', 'Ge stödet', X(4), Y(1),
       doc='Mottagande verksamhet ger insatsen och beskriver kort vad som gjorts (journalen förs i verksamhetens '
           'eget system).',
       attrs=ut('${targetGroups}', 'referralGiveSupport'), inner=validation('userTask_giveSupport'))
s.node('userTask_followUpSupport', 'userTask', 'Följ upp stödet', X(5), Y(1),
       doc='Mottagande verksamhet följer upp hur det har gått för familjen, senast det uppföljningsdatum som '
           'sattes när stödet gavs (uppföljningsdatum i Tasklist).',
       attrs=ut('${targetGroups}', 'referralFollowUp',
                extra={'camunda:followUpDate': "${execution.getVariable('followUpOn')}"}),
       inner=validation('userTask_followUpSupport'))
s.node('endEvent_supportGiven', 'end', 'Stöd givet', X(6), Y(1))
s.flow('flow_received', 'startEvent_referralReceived', 'userTask_acceptReferral')
s.flow('flow_firstContactLate', 'timer_firstContactDeadline', 'serviceTask_escalateFirstContactBreach',
       sp='b', tp='l')
s.flow('flow_firstContactEscalated', 'serviceTask_escalateFirstContactBreach', 'endEvent_firstContactEscalated')
s.flow('flow_answered', 'userTask_acceptReferral', 'serviceTask_recordReceiverAnswer')
s.flow('flow_answerRecorded', 'serviceTask_recordReceiverAnswer', 'gateway_accepted')
s.flow('flow_accepted', 'gateway_accepted', 'userTask_giveSupport', 'Ja', "${receiverAnswer == 'ACCEPTED'}",
       label=(X(3) + 28, Y(1) - 20, 20, 14))
s.flow('flow_declined', 'gateway_accepted', 'endEvent_referralDeclined', 'Nej, avböjer', default=True, sp='t',
       tp='b', label=(X(3) - 78, Y(1) - 55, 70, 14))
s.flow('flow_supportGiven', 'userTask_giveSupport', 'userTask_followUpSupport')
s.flow('flow_followedUp', 'userTask_followUpSupport', 'endEvent_supportGiven')

# ---------------------------------------------------------------- reportOfConcernProcess
r = Model('reportOfConcernProcess', 'Orosanmälan: socialtjänstens mottagning',
          'Socialtjänstens mottagning av en orosanmälan, i en egen process så att hälso- och sjukvården aldrig har '
          'en uppgift eller en variabel där socialtjänstens bedömning finns. Skyddsbedömning samma dag, beslut om '
          'utredning inom 14 dagar (förlängning endast med synnerliga skäl som dokumenteras); anmälningar om våld '
          'går direkt till utredning. Behöver barnet omedelbart skydd agerar socialtjänsten inom en timme. Missade tidsfrister eskaleras till samordnaren och syns i uppföljningen. '
          'Lagrummen ändrades med socialtjänstlagen 2025:400 och står därför i dokumentationen, inte i '
          'etiketterna. ' + retention.sentence('reportOfConcernProcess'),
          {'camunda:historyTimeToLive': retention.history_time_to_live('reportOfConcernProcess'),
           'camunda:isStartableInTasklist': 'false', 'camunda:versionTag': '1.0'})
# one lane: the escalations are steps of the intake's own process (the coordinator's work is referralEscalationProcess)
r.lane('lane_socialServicesIntake', 'Socialtjänstens mottagning', 0, 4)
r.node('startEvent_reportReceived', 'start', 'Orosanmälan kommer in', X(0), Y(1),
       attrs={'camunda:formRef': 'reportOfConcernReceived', 'camunda:formRefBinding': 'deployment'})
r.node('serviceTask_registerReportOfConcern', 'serviceTask', 'Registrera anmälan', X(1), Y(1),
       doc='Skyddsbedömningen ska vara gjord samma dag (dagens slut, svensk tid); anmälan räknas.',
       attrs=st('registerReportOfConcernDelegate'))
r.node('userTask_assessProtectionNeed', 'userTask', 'Bedöm skyddsbehov', X(2), Y(1),
       doc='Bedöm genast, normalt samma dag, om barnet behöver skydd.',
       attrs=ut('socialtjanst-mottagning', 'reportOfConcernProtectionAssessment', due='${protectionDueAt}'),
       inner=validation('userTask_assessProtectionNeed'))
r.node('timer_protectionDeadline', 'boundary', 'Dagens slut', X(2) + 25, Y(1) + 40,
       attached='userTask_assessProtectionNeed', attrs={'cancelActivity': 'false'},
       doc='Skyddsbedömningen är inte gjord samma dag.', inner=timer('timeDate', '${protectionDueAt}'),
       label=(X(2) + 47, Y(1) + 62, 70, 14))
r.node('serviceTask_escalateProtectionBreach', 'serviceTask', 'Eskalera till samordnare', X(3), Y(2),
       doc='Räknas i uppföljningen (ledningen ser det) och blir en uppgift för samordnaren.',
       **missed_deadline('PROTECTION_ASSESSMENT'))
r.node('endEvent_protectionBreachEscalated', 'end', 'Eskalerat', X(3), Y(3))
r.node('serviceTask_recordProtectionAssessment', 'serviceTask', 'Registrera bedömningen', X(3), Y(1),
       doc='Räknar om bedömningen gjordes inom tidsfristen och sätter tidsfristen för beslut om utredning.',
       attrs=st('recordProtectionAssessmentDelegate'))
r.node('gateway_immediateProtection', 'xor', 'Behöver barnet omedelbart skydd?', X(4), Y(1),
       doc='Bedömer mottagningen att barnet behöver omedelbart skydd agerar socialtjänsten samma timme.',
       label=(X(4) - 60, Y(1) - 62, 120, 27))
r.node('userTask_protectChildImmediately', 'userTask', 'Skydda barnet omedelbart', X(4), Y(2),
       doc='Barnet behöver omedelbart skydd: socialtjänstens mottagning (socialjouren utanför kontorstid) '
           'agerar inom en timme (konfigurerbart, familycentre.referral.immediate-protection-deadline) och '
           'skriver vilken skyddsåtgärd som vidtogs; beslut om omedelbart omhändertagande fattas i '
           'socialtjänstens eget system.',
       attrs=ut('socialtjanst-mottagning', 'reportOfConcernImmediateProtection', due='${immediateProtectionDueAt}'),
       inner=validation('userTask_protectChildImmediately'))
r.node('timer_immediateProtectionDeadline', 'boundary', 'En timme', X(4) + 25, Y(2) + 40,
       attached='userTask_protectChildImmediately', attrs={'cancelActivity': 'false'},
       doc='Skyddsåtgärden är inte registrerad inom en timme.', inner=timer('timeDate', '${immediateProtectionDueAt}'),
       label=(X(4) + 47, Y(2) + 48, 60, 14))
r.node('serviceTask_escalateImmediateProtectionBreach', 'serviceTask', 'Eskalera till samordnare', X(6), Y(3),
       doc='Ingen skyddsåtgärd inom en timme: blir genast en uppgift för samordnaren (utan uppgifter om familjen).',
       **missed_deadline('IMMEDIATE_PROTECTION'))
r.node('endEvent_immediateProtectionEscalated', 'end', 'Eskalerat', X(6), Y(4))
# the merges before a step reached on two paths (Camunda Modeler's linter: no implicit joins)
r.node('gateway_protectionDone', 'xor', None, X(5), Y(1),
       doc='Här möts vägarna med och utan omedelbart skydd.')
r.node('gateway_toDecision', 'xor', None, X(7), Y(1),
       doc='Här möts anmälan utan våld och en förlängd tidsfrist: beslutet om utredning (igen).')
r.node('gateway_toRecordDecision', 'xor', None, X(10), Y(1),
       doc='Här möts anmälan om våld (direkt till utredning) och beslutet om utredning.')
r.node('gateway_violence', 'xor', 'Våld i familjen?', X(6), Y(1),
       doc='Anmälningar om våld går direkt till utredning.', label=(X(6) + 22, Y(1) - 45, 90, 14))
r.node('userTask_decideOnInvestigation', 'userTask', 'Besluta om utredning', X(8), Y(1),
       doc='Besluta inom 14 dagar om utredning ska inledas; förläng bara vid synnerliga skäl.',
       attrs=ut('socialtjanst-mottagning', 'reportOfConcernInvestigationDecision', due='${decisionDueAt}'),
       inner=validation('userTask_decideOnInvestigation'))
r.node('timer_decisionDeadline', 'boundary', 'Tidsfristen passerad', X(8) - 25, Y(1) + 40,
       attached='userTask_decideOnInvestigation', attrs={'cancelActivity': 'false'},
       doc='Inget beslut inom tidsfristen (14 dagar eller förlängd).', inner=timer('timeDate', '${decisionDueAt}'),
       label=(X(8) - 145, Y(1) + 62, 110, 14))
r.node('serviceTask_escalateDecisionBreach', 'serviceTask', 'Eskalera till samordnare', X(9), Y(3),
       doc='Räknas i uppföljningen (ledningen ser det) och blir en uppgift för samordnaren.',
       **missed_deadline('INVESTIGATION_DECISION'))
r.node('endEvent_decisionBreachEscalated', 'end', 'Eskalerat', X(10.5), Y(3))
r.node('gateway_extendOrDecide', 'xor', 'Förlänga tiden?', X(9), Y(1),
       doc='Förlängning kräver dokumenterade synnerliga skäl.', label=(X(9) - 20, Y(1) - 62, 90, 14))
r.node('serviceTask_extendDecisionDeadline', 'serviceTask', 'Förläng tidsfristen', X(9), Y(2),
       doc='Flyttar tidsfristen med den konfigurerade förlängningen; skälen krävs när beslutet dokumenteras.',
       attrs=st('extendDecisionDeadlineDelegate'))
r.node('serviceTask_recordInvestigationDecision', 'serviceTask', 'Registrera beslutet', X(11), Y(1),
       doc='Utredning inleds (alltid vid våld) eller inte; bara detta återkopplas till anmälaren.',
       attrs=st('recordInvestigationDecisionDelegate'))
r.node('gateway_investigationOpened', 'xor', 'Utredning inleds?', X(12), Y(1),
       doc='En inledd utredning lämnas över till socialtjänstens verksamhetssystem.',
       label=(X(12) - 20, Y(1) - 62, 100, 14))
r.node('serviceTask_handOverInvestigation', 'serviceTask', 'Lämna över till utredning', X(13), Y(1),
       doc='Utredningen fortsätter i socialtjänstens eget verksamhetssystem (där akten finns); '
           'överlämnandet registreras. Asynkront: ett fel försöks igen och syns som incident.',
       attrs=st('handOverInvestigationDelegate', asyncBefore=True))
r.node('endEvent_investigationHandedOver', 'end', 'Utredning inledd', X(14), Y(1))
r.node('endEvent_noInvestigation', 'end', 'Ingen utredning', X(12), Y(2), label=(X(12) + 24, Y(2) - 7, 90, 14))
r.flow('flow_received', 'startEvent_reportReceived', 'serviceTask_registerReportOfConcern')
r.flow('flow_registered', 'serviceTask_registerReportOfConcern', 'userTask_assessProtectionNeed')
r.flow('flow_protectionAssessed', 'userTask_assessProtectionNeed', 'serviceTask_recordProtectionAssessment')
r.flow('flow_protectionLate', 'timer_protectionDeadline', 'serviceTask_escalateProtectionBreach', sp='b', tp='l')
r.flow('flow_protectionEscalated', 'serviceTask_escalateProtectionBreach', 'endEvent_protectionBreachEscalated',
       sp='b', tp='t')
r.flow('flow_assessmentRecorded', 'serviceTask_recordProtectionAssessment', 'gateway_immediateProtection')
r.flow('flow_immediateProtection', 'gateway_immediateProtection', 'userTask_protectChildImmediately', 'Ja',
       "${execution.getVariable('immediateProtectionNeeded') == true}", sp='b', tp='t',
       label=(X(4) + 6, Y(1) + 35, 20, 14))
r.flow('flow_noImmediateProtection', 'gateway_immediateProtection', 'gateway_protectionDone', 'Nej', default=True,
       label=(X(4) + 28, Y(1) + 6, 22, 14))
r.flow('flow_childProtected', 'userTask_protectChildImmediately', 'gateway_protectionDone', tp='b')
r.flow('flow_toViolenceCheck', 'gateway_protectionDone', 'gateway_violence')
r.flow('flow_immediateProtectionLate', 'timer_immediateProtectionDeadline',
       'serviceTask_escalateImmediateProtectionBreach', sp='b', tp='l')
r.flow('flow_immediateProtectionEscalated', 'serviceTask_escalateImmediateProtectionBreach',
       'endEvent_immediateProtectionEscalated', sp='b', tp='t')
r.flow('flow_violence', 'gateway_violence', 'gateway_toRecordDecision', 'Ja, direkt till utredning',
       '${violence}', sp='t', tp='t', via=[(X(6), Y(0)), (X(10), Y(0))], label=(X(6) + 6, Y(0) - 20, 140, 14))
r.flow('flow_noViolence', 'gateway_violence', 'gateway_toDecision', 'Nej', default=True,
       label=(X(6) + 28, Y(1) + 6, 22, 14))
r.flow('flow_toDecision', 'gateway_toDecision', 'userTask_decideOnInvestigation')
r.flow('flow_decisionMade', 'userTask_decideOnInvestigation', 'gateway_extendOrDecide')
r.flow('flow_decisionLate', 'timer_decisionDeadline', 'serviceTask_escalateDecisionBreach', sp='b', tp='l')
r.flow('flow_decisionEscalated', 'serviceTask_escalateDecisionBreach', 'endEvent_decisionBreachEscalated')
r.flow('flow_extend', 'gateway_extendOrDecide', 'serviceTask_extendDecisionDeadline', 'Ja, förläng',
       '${extendDecision}', sp='b', tp='t', label=(X(9) + 6, Y(1) + 40, 65, 14))
r.flow('flow_extended', 'serviceTask_extendDecisionDeadline', 'gateway_toDecision', sp='l', tp='b',
       via=[(X(7), Y(2))])
r.flow('flow_decided', 'gateway_extendOrDecide', 'gateway_toRecordDecision', 'Nej, beslut',
       default=True, label=(X(9) + 28, Y(1) + 6, 65, 14))
r.flow('flow_toRecordDecision', 'gateway_toRecordDecision', 'serviceTask_recordInvestigationDecision')
r.flow('flow_decisionRecorded', 'serviceTask_recordInvestigationDecision', 'gateway_investigationOpened')
r.flow('flow_investigationOpened', 'gateway_investigationOpened', 'serviceTask_handOverInvestigation', 'Ja',
       '${investigationOpened}', label=(X(12) + 28, Y(1) - 20, 20, 14))
r.flow('flow_noInvestigation', 'gateway_investigationOpened', 'endEvent_noInvestigation', 'Nej', default=True,
       sp='b', tp='t', label=(X(12) + 6, Y(1) + 35, 22, 14))
r.flow('flow_handedOver', 'serviceTask_handOverInvestigation', 'endEvent_investigationHandedOver')

# ---------------------------------------------------------------- referralEscalationProcess
e = Model('referralEscalationProcess', 'Eskalering av missad tidsfrist',
          'En missad tidsfrist i hänvisningar och orosanmälningar blir en uppgift för familjecentralens samordnare. '
          'Instansen bär bara ärendets nummer, familjecentralen, vad som missades och när det skulle vara klart, '
          'aldrig uppgifter om familjen. ' + retention.sentence('referralEscalationProcess', ', som ärendena den gäller'),
          {'camunda:historyTimeToLive': retention.history_time_to_live('referralEscalationProcess'),
           'camunda:isStartableInTasklist': 'false', 'camunda:versionTag': '1.0'})
e.lane('lane_coordinator', 'Familjecentralens samordnare', 0, 0)
e.node('startEvent_escalationRaised', 'start', 'Tidsfrist missad', X(0), Y(0),
       attrs={'camunda:formRef': 'escalationRaised', 'camunda:formRefBinding': 'deployment'})
e.node('userTask_handleEscalation', 'userTask', 'Hantera eskaleringen', X(1), Y(0),
       doc='Samordnaren tar kontakt med verksamheten och ser till att tidsfristen hålls framöver.',
       attrs=ut('samordnare', 'escalationHandle'), inner=validation('userTask_handleEscalation'))
e.node('endEvent_escalationHandled', 'end', 'Eskalering hanterad', X(2), Y(0))
e.flow('flow_raised', 'startEvent_escalationRaised', 'userTask_handleEscalation')
e.flow('flow_handled', 'userTask_handleEscalation', 'endEvent_escalationHandled')


def write(out):
    """Writes every model under the folder out (the repository root, or an empty folder to compare with)."""
    (out / OUT).mkdir(parents=True, exist_ok=True)
    written = []
    for model in (m, s, r, e):
        path = f'{OUT}/{model.pid}.bpmn'
        (out / path).write_text(model.xml(), encoding='utf-8')
        written.append(path)
    return written
