#!/usr/bin/env python3
"""processes/establishment/familyCentreEstablishment.bpmn: the model and its diagram from one grid.

Written by tools/models/generate.py (see tools/models/README.md). Every node sits on a grid (centres given), every
flow has orthogonal waypoints and explicit label bounds, so the picture stays tidy when the model changes. Edit the
tables below, regenerate, then render with tools/bpmn-render.
"""
from xml.sax.saxutils import escape

import retention
from exporter import EXPORTER

OUT = "processes/establishment/familyCentreEstablishment.bpmn"
SIZE = {"task": (100, 80), "wideTask": (130, 80), "event": (36, 36), "gateway": (50, 50)}

nodes = []   # dicts: id, kind(size), xml tag, name, cx, cy, parent, attrs, doc, inner, label(optional bounds)
flows = []   # dicts: id, src, tgt, name, points, cond, label, parent, default


def node(id, tag, kind, name, cx, cy, parent="process", attrs="", doc="", inner="", label=None):
    inner = inner.replace("${VALIDATION}", "${" + id.split("_", 1)[1] + "Validation}")
    nodes.append(dict(id=id, tag=tag, kind=kind, name=name, cx=cx, cy=cy, parent=parent, attrs=attrs, doc=doc,
                      inner=inner, label=label))


def flow(id, src, tgt, points, name=None, cond=None, label=None, parent="process"):
    flows.append(dict(id=id, src=src, tgt=tgt, points=points, name=name, cond=cond, label=label, parent=parent))


def form(ref):
    return f'camunda:formRef="{ref}" camunda:formRefBinding="deployment"'


def listeners(*items):
    """Execution listeners (event, bean[, (field, value)...]); a field is injected into the bean."""
    out = ""
    for event, bean, *fields in items:
        injected = "".join(f'<camunda:field name="{name}" stringValue="{value}" />' for name, value in fields)
        out += (f'<camunda:executionListener delegateExpression="${{{bean}}}" event="{event}"'
                + (f">{injected}</camunda:executionListener>" if injected else " />"))
    return out


def status(value):
    """The phase the case enters: recordStatusListener on start, the register's status (CentreStatus) its field."""
    return ("start", "recordStatusListener", ("status", value))


# the task's own checks when it ends: node() names the bean after the task (userTask_x -> xValidation)
VALIDATE_END = ("end", "VALIDATION")
B = "familyCentreEstablishmentProcess"

# ---------------------------------------------------------------- top level: initiative and registration
node("startEvent_initiative", "startEvent", "event", "Initiativ till familjecentral", 120, 330,
     attrs=form("establishmentInitiative"),
     doc="Ett initiativ väcks: en motion/initiativärende från en förtroendevald (Härryda), ett budgetuppdrag "
         "(Stockholm 2015) eller en gemensam begäran från de lokala aktörerna (Danderyd). Får startas av "
         "familjecentralssamordnare och kommunens utredare. Affärsnyckeln är familjecentralens id.",
     label=(75, 370, 90, 27))
node("serviceTask_registerCentre", "serviceTask", "task", "Registrera initiativet", 240, 330,
     attrs='camunda:delegateExpression="${registerCentreDelegate}"',
     doc="Kontrollerar initiativet mot familjecentralsregistret: kommunen ska finnas i registrets kommunlista "
         "och familjecentralens id får inte redan finnas. Annars avvisas starten med ett tydligt meddelande och "
         "ingenting sparas. Registrerar familjecentralen (status INITIATED) med planerade verksamheter och skapar "
         "centralens klientorganisation (tenant).")
node("gateway_split", "parallelGateway", "gateway", None, 360, 330)

# ---------------------------------------------------------------- sub-process: municipal preparation and decision
SP1 = "subProcess_municipalDecision"
nodes.append(dict(id=SP1, tag="subProcess", kind="sub", name="Kommunal beredning och beslut",
                  bounds=(440, 140, 800, 380), parent="process", attrs="",
                  doc="Förvaltningen utreder och nämnderna beslutar (kommunallagen: nämnderna beslutar inom sina "
                      "ansvarsområden; tjänsteutlåtandet ska redovisa konsekvenser för barn enligt "
                      "barnkonventionen, lag 2018:1197, och ekonomiska konsekvenser). Ett avslag i någon nämnd "
                      "avslutar ärendet som ej inrättat; en återremiss leder tillbaka till utredningen.",
                  inner=listeners(), label=None))
node("startEvent_municipal", "startEvent", "event", None, 490, 330, parent=SP1)
node("userTask_investigate", "userTask", "task", "Utred familjecentralen", 600, 330, parent=SP1,
     attrs='camunda:candidateGroups="kommun-utredare" ' + form("establishmentInvestigation")
           + ' camunda:dueDate="${establishmentCalendar.dayAfter(reportBackDate)}"',
     inner=listeners(status("INVESTIGATING"), VALIDATE_END),
     doc="Kommunens utredare utreder kostnader, lokalisering, bemanning, familjernas behov och vilka lokala "
         "aktörer som finns, och återredovisar senast det datum uppdraget anger (Österåker: 2021-05-31). "
         "Tjänsteutlåtandet ska innehålla barnkonsekvensanalys och ekonomiska konsekvenser (obligatoriska "
         "fält) och ange vilka nämnder som ska besluta.")
node("timer_reportBackOverdue", "boundaryEvent", "event", "Återredovisningsdatum passerat", 600, 370, parent=SP1,
     attrs='attachedToRef="userTask_investigate" cancelActivity="false"',
     inner='<bpmn:timerEventDefinition id="TimerEventDefinition_reportBack"><bpmn:timeDate '
           'xsi:type="bpmn:tFormalExpression">${establishmentCalendar.dayAfter(reportBackDate)}</bpmn:timeDate>'
           '</bpmn:timerEventDefinition>',
     doc="Icke-avbrytande timer: dagen efter återredovisningsdatumet (svensk tid) eskaleras ärendet till "
         "samordnaren och syns för ledningen i registret, utan att utredningen stoppas.",
     label=(486, 392, 90, 27))
node("boundaryEvent_reportBackDateChanged", "boundaryEvent", "event", "Nytt datum", 640, 290,
     parent=SP1, attrs='attachedToRef="userTask_investigate" cancelActivity="false"',
     inner='<bpmn:conditionalEventDefinition id="ConditionalEventDefinition_reportBackDate" '
           'camunda:variableName="reportBackDate" camunda:variableEvents="create, update"><bpmn:condition '
           'xsi:type="bpmn:tFormalExpression">${reportBackDates.moved(execution)}</bpmn:condition>'
           '</bpmn:conditionalEventDefinition>',
     doc="Icke-avbrytande villkorshändelse: när utredningen anger ett nytt återredovisningsdatum (i formuläret "
         "eller genom att uppgiftens variabel ändras) och det skiljer sig från registrets.",
     label=(646, 244, 60, 14))
node("serviceTask_moveReportBackDate", "serviceTask", "task", "Flytta återredovisningsdatum", 770, 235,
     parent=SP1, attrs='camunda:delegateExpression="${moveReportBackDateDelegate}"',
     doc="Det nya datumet skrivs till familjecentralsregistret, och timern för försenad återredovisning och "
         "utredningens förfallodatum flyttas till dagen efter det nya datumet (svensk tid).")
node("endEvent_reportBackDateMoved", "endEvent", "event", "Datum flyttat", 890, 235, parent=SP1,
     label=(855, 257, 70, 14))
node("serviceTask_recordEscalation", "serviceTask", "task", "Registrera eskalering", 720, 450, parent=SP1,
     attrs='camunda:delegateExpression="${recordEscalationDelegate}"',
     doc="Registrerar eskaleringen (försenad återredovisning) i familjecentralsregistret, där ledningen ser den.")
node("userTask_followUpOverdueInvestigation", "userTask", "task", "Följ upp försenad utredning", 870, 450,
     parent=SP1, attrs='camunda:candidateGroups="samordnare" ' + form("establishmentFollowUpOverdue"),
     inner=listeners(VALIDATE_END),
     doc="Familjecentralssamordnaren följer upp varför återredovisningen är försenad och vad som görs. "
         "Beredningen avslutas först när uppföljningen är gjord.")
node("endEvent_followedUp", "endEvent", "event", "Förseningen uppföljd", 990, 450, parent=SP1,
     label=(945, 472, 90, 27))
node("userTask_recordCommitteeDecision", "userTask", "wideTask", "Registrera beslut i ${committeeName}", 760, 330,
     parent=SP1, attrs='camunda:candidateGroups="namndsekreterare" ' + form("establishmentCommitteeDecision"),
     inner='<camunda:inputOutput><camunda:inputParameter name="decision" /><camunda:inputParameter '
           'name="decisionDate" /><camunda:inputParameter name="minuteReference" /><camunda:inputParameter '
           'name="decisionReason" /></camunda:inputOutput>'
           + listeners(status("DECIDING"), ("start", "prepareCommitteeDecisionListener"), VALIDATE_END,
                       ("end", "recordCommitteeDecisionListener")),
     doc="En uppgift per nämnd som utredningen angav (parallell multi-instans); uppgiftens namn anger nämnden "
         "(committeeName). Varje nämnd beslutar på sitt eget tjänsteutlåtande: konsekvenserna för barn och de "
         "ekonomiska konsekvenserna förifylls från utredningen och skrivs för just den nämnden, utan att ändra de "
         "andra nämndernas. Nämndsekreteraren registrerar beslutet (bifall, avslag eller återremiss), "
         "beslutsdatum och protokollsparagraf. Avslag och återremiss ska motiveras. Varje beslut skrivs till "
         "registret.")
node("serviceTask_concludeCommitteeDecisions", "serviceTask", "task", "Sammanställ besluten", 920, 330,
     parent=SP1, attrs='camunda:delegateExpression="${concludeCommitteeDecisionsDelegate}"',
     doc="Läser omgångens beslut ur registret: avslag i någon nämnd, annars återremiss i någon nämnd, annars "
         "bifall i alla (status DECIDED).")
node("gateway_committeeOutcome", "exclusiveGateway", "gateway", "Nämndernas beslut?", 1050, 330, parent=SP1,
     doc="Avslag går före återremiss, återremiss före bifall.", label=(975, 362, 70, 27))
node("endEvent_decided", "endEvent", "event", "Beslutat", 1170, 330, parent=SP1, label=(1135, 352, 70, 14))
node("endEvent_committeeRejected", "endEvent", "event", "Avslag", 1170, 450, parent=SP1,
     inner='<bpmn:errorEventDefinition id="ErrorEventDefinition_rejected" errorRef="Error_notEstablished" />',
     label=(1135, 472, 70, 14))

# ---------------------------------------------------------------- not established after a rejection
node("error_notEstablished", "boundaryEvent", "event", "Ej inrättad", 1170, 140,
     attrs=f'attachedToRef="{SP1}"',
     inner='<bpmn:errorEventDefinition id="ErrorEventDefinition_caught" errorRef="Error_notEstablished" />',
     doc="En nämnd har avslagit: den kommunala beredningen avbryts och hela ärendet avslutas, även den "
         "regionala delen.", label=(1085, 100, 80, 14))
node("serviceTask_markNotEstablished", "serviceTask", "task", "Registrera som ej inrättad", 1320, 60,
     attrs='camunda:delegateExpression="${markNotEstablishedDelegate}"',
     doc="Registret får status NOT_ESTABLISHED med nämndens skäl.")
node("endEvent_notEstablished", "endEvent", "event", "Ej inrättad", 1450, 60,
     inner='<bpmn:terminateEventDefinition id="TerminateEventDefinition_notEstablished" />',
     label=(1415, 82, 70, 14))

# ---------------------------------------------------------------- sub-process: regional supplementary agreement
SP2 = "subProcess_supplementaryAgreement"
nodes.append(dict(id=SP2, tag="subProcess", kind="sub", name="Regionalt tilläggsavtal", bounds=(440, 580, 800, 220),
                  parent="process", attrs="",
                  doc="Tilläggsavtal/valbart uppdrag familjecentral enligt regionens förfrågningsunderlag (Region "
                      "Stockholms vårdgivarguide): bara vårdgivare med grundavtal för BMM/BVC kan ansöka; hälso- och "
                      "sjukvårdsförvaltningen bedömer kraven och beviljar från ett datum eller avslår. Löper "
                      "parallellt med de kommunala besluten.", inner="", label=None))
node("startEvent_regional", "startEvent", "event", None, 490, 690, parent=SP2)
node("userTask_applyForSupplementaryAgreement", "userTask", "task", "Ansök om tilläggsavtal", 620, 690, parent=SP2,
     attrs='camunda:candidateGroups="mvc,bvc" ' + form("establishmentAgreementApplication"),
     inner=listeners(VALIDATE_END),
     doc="Vårdgivaren (BMM och/eller BVC) ansöker hos regionen om tilläggsavtal familjecentral och anger om "
         "grundavtal finns och vilka verksamheter ansökan gäller.")
node("businessRuleTask_classifyPlannedCentre", "businessRuleTask", "task", "Klassa den planerade verksamheten",
     760, 690, parent=SP2,
     attrs='camunda:decisionRef="familyCentreClassification" camunda:resultVariable="plannedClassification" '
           'camunda:mapDecisionResult="singleEntry"',
     inner='<camunda:inputOutput>'
           + "".join(f'<camunda:inputParameter name="{leg}">${{execution.getVariable(\'{leg}Planned\') == true}}'
                     f'</camunda:inputParameter>'
                     for leg in ("maternityCare", "childHealthCare", "openPreschool", "preventiveSocialServices"))
           + '<camunda:outputParameter name="plannedClassification">${plannedClassification}'
             '</camunda:outputParameter></camunda:inputOutput>',
     doc="Samma beslutstabell (familyCentreClassification) med de verksamheter som initiativet planerar: "
         "regionen prövar en familjecentral mot kravet att alla fyra verksamheter ingår och en "
         "familjecentralsliknande verksamhet (t.ex. Rinkeby, utan mödrahälsovård) mot kravet att barnhälsovård och "
         "öppen förskola ingår (Skånes strategi; Region Skånes policy gäller båda). En verksamhet som inte är "
         "någotdera kan inte få tilläggsavtal.")
node("userTask_assessSupplementaryAgreement", "userTask", "task", "Pröva tilläggsavtal", 900, 690, parent=SP2,
     attrs='camunda:candidateGroups="region-hsf" ' + form("establishmentAgreementAssessment"),
     inner=listeners(VALIDATE_END),
     doc="Regionens hälso- och sjukvårdsförvaltning prövar kraven: grundavtal, verksamheterna (alla fyra för en "
         "familjecentral; barnhälsovård och öppen förskola för en familjecentralsliknande verksamhet), "
         "målgruppen (0–5/0–6 år), gemensam behovsanalys och grad av samlokalisering (nivå 1–3). Beviljar från "
         "ett datum (inte före ansökan) eller avslår med skäl.")
node("serviceTask_recordAgreement", "serviceTask", "task", "Registrera avtalsbeslut", 1040, 690, parent=SP2,
     attrs='camunda:delegateExpression="${recordAgreementDelegate}"',
     doc="Regionens beslut (beviljat från datum, nivå, eller avslag med skäl) skrivs till registret.")
node("endEvent_agreementDecided", "endEvent", "event", "Avtal prövat", 1170, 690, parent=SP2,
     label=(1135, 712, 70, 14))

node("gateway_join", "parallelGateway", "gateway", None, 1320, 330)

# ---------------------------------------------------------------- co-location and classification
node("userTask_arrangeCoLocation", "userTask", "task", "Ordna samlokalisering och avtal", 1450, 330,
     attrs='camunda:candidateGroups="samordnare" ' + form("establishmentCoLocation"),
     inner=listeners(status("CO_LOCATING"), VALIDATE_END),
     doc="Samordnaren ordnar lokaler, vilka verksamheter som finns på plats och vilken veckodag alla finns där "
         "samtidigt, och ett lokalt samverkansavtal som minst omfattar barnets rättigheter, samtidighet per "
         "vecka, gemensamt föräldrastöd, delaktighets- och inflytandearbete och gemensam utvärdering av "
         "samverkan (Vägledning för familjecentraler i Skåne).")
node("serviceTask_recordCoLocation", "serviceTask", "task", "Registrera verksamheter på plats", 1610, 330,
     attrs='camunda:delegateExpression="${recordCoLocationDelegate}"',
     doc="Registrerar lokaler och vilka verksamheter som faktiskt finns på plats. Har regionen avslagit "
         "tilläggsavtalet räknas de regionala verksamheter som ansökan gällde inte som närvarande.")
node("businessRuleTask_classifyCentre", "businessRuleTask", "task", "Klassa verksamheten", 1770, 330,
     attrs='camunda:decisionRef="familyCentreClassification" camunda:resultVariable="classification" '
           'camunda:mapDecisionResult="singleEntry"',
     doc="Beslutstabellen familyCentreClassification: familjecentral = alla fyra verksamheter; "
         "familjecentralsliknande = två eller tre verksamheter, däribland barnhälsovård och öppen förskola "
         "(Skånes strategi); annars inte en familjecentral. Regionen kan ändra regeln i tabellen.")
node("gateway_classification", "exclusiveGateway", "gateway", "Klassning?", 1910, 330,
     doc="Inte en familjecentral: samordnaren väljer väg. Annars startas verksamheten.",
     label=(1865, 272, 90, 14))
node("userTask_decideAfterClassification", "userTask", "task", "Besluta om fortsättning", 1910, 480,
     attrs='camunda:candidateGroups="samordnare" ' + form("establishmentAfterClassification"),
     inner=listeners(VALIDATE_END),
     doc="Verksamheten uppfyller inte ens kraven för familjecentralsliknande verksamhet. Samordnaren väljer "
         "att gå tillbaka till samlokaliseringen (fler verksamheter) eller att avsluta ärendet med skäl.")
node("gateway_afterClassification", "exclusiveGateway", "gateway", "Samordnarens val?", 1910, 620,
     doc="Tillbaka till samlokaliseringen eller avsluta som ej inrättad.", label=(1850, 652, 110, 14))
node("serviceTask_endAsNotEstablished", "serviceTask", "task", "Registrera som ej inrättad", 2070, 620,
     attrs='camunda:delegateExpression="${markNotEstablishedDelegate}"',
     doc="Registret får status NOT_ESTABLISHED med samordnarens skäl (CLOSED om centralen redan var i drift).")
node("endEvent_notAFamilyCentre", "endEvent", "event", "Ingen familjecentral", 2210, 620,
     label=(2165, 642, 90, 14))

# ---------------------------------------------------------------- launch and evaluation
node("userTask_launchCentre", "userTask", "task", "Starta familjecentralen", 2080, 330,
     attrs='camunda:candidateGroups="oppen-forskola,samordnare" ' + form("establishmentLaunch"),
     inner=listeners(VALIDATE_END),
     doc="Öppna förskolan eller samordnaren anger startdatum (inte före nämndernas sista beslut) och "
         "veckoschemat då verksamheterna möter familjerna samtidigt (Danderyd: ett tillfälle i veckan).")
node("serviceTask_activateCentre", "serviceTask", "task", "Registrera familjecentralen som aktiv", 2230, 330,
     attrs='camunda:delegateExpression="${activateCentreDelegate}"',
     doc="Registret får status ACTIVE med startdatum, klassning, verksamheter och veckoschema.")
node("timer_evaluationDue", "intermediateCatchEvent", "event", "Dags för utvärdering", 2360, 330,
     inner='<bpmn:timerEventDefinition id="TimerEventDefinition_evaluation"><bpmn:timeDuration '
           'xsi:type="bpmn:tFormalExpression">${establishmentSettings.evaluationInterval}</bpmn:timeDuration>'
           '</bpmn:timerEventDefinition>',
     doc="Återkommande gemensam utvärdering: intervallet är inställbart "
         "(familycentre.establishment.evaluation-interval, ISO 8601, standard P1Y).",
     label=(2315, 274, 90, 27))
node("userTask_evaluateCentre", "userTask", "task", "Utvärdera familjecentralen gemensamt", 2480, 330,
     attrs='camunda:candidateGroups="samordnare" ' + form("establishmentEvaluation"),
     inner=listeners(VALIDATE_END),
     doc="Gemensam utvärdering av samverkan med uppföljningstalen: nådda familjer mot födda i området, "
         "nådda förstagångsföräldrar, gemensamma aktiviteter per vecka, besök per aktivitet, hänvisningar till "
         "riktat stöd och föräldraenkät (endast sammanräknade tal). Utfall: fortsätt, utveckla eller avveckla.")
node("serviceTask_recordEvaluation", "serviceTask", "task", "Registrera utvärderingen", 2630, 330,
     attrs='camunda:delegateExpression="${recordEvaluationDelegate}"',
     doc="Utvärderingens tal och utfall skrivs till registret.")
node("gateway_evaluationOutcome", "exclusiveGateway", "gateway", "Utfall?", 2770, 330,
     doc="Fortsätt som i dag, utveckla (fler verksamheter eller timmar) eller avveckla.",
     label=(2690, 362, 70, 14))
node("serviceTask_closeCentre", "serviceTask", "task", "Registrera avveckling", 2910, 330,
     attrs='camunda:delegateExpression="${closeCentreDelegate}"',
     doc="Registret får status CLOSED med utvärderingens skäl.")
node("endEvent_closed", "endEvent", "event", "Avvecklad", 3050, 330, label=(3015, 352, 70, 14))

# ---------------------------------------------------------------- flows
C = lambda expr: "${" + expr + "}"
flow("flow_toRegister", "startEvent_initiative", "serviceTask_registerCentre", [(138, 330), (190, 330)])
flow("flow_toSplit", "serviceTask_registerCentre", "gateway_split", [(290, 330), (335, 330)])
flow("flow_toMunicipal", "gateway_split", SP1, [(385, 330), (440, 330)])
flow("flow_toRegional", "gateway_split", SP2, [(360, 355), (360, 690), (440, 690)])
flow("flow_toInvestigate", "startEvent_municipal", "userTask_investigate", [(508, 330), (550, 330)], parent=SP1)
flow("flow_toCommittees", "userTask_investigate", "userTask_recordCommitteeDecision", [(650, 330), (695, 330)],
     parent=SP1)
flow("flow_toMoveReportBackDate", "boundaryEvent_reportBackDateChanged", "serviceTask_moveReportBackDate",
     [(640, 272), (640, 235), (720, 235)], parent=SP1)
flow("flow_toReportBackDateMoved", "serviceTask_moveReportBackDate", "endEvent_reportBackDateMoved",
     [(820, 235), (872, 235)], parent=SP1)
flow("flow_toEscalation", "timer_reportBackOverdue", "serviceTask_recordEscalation",
     [(600, 388), (600, 450), (670, 450)], parent=SP1)
flow("flow_toFollowUp", "serviceTask_recordEscalation", "userTask_followUpOverdueInvestigation",
     [(770, 450), (820, 450)], parent=SP1)
flow("flow_toFollowedUp", "userTask_followUpOverdueInvestigation", "endEvent_followedUp", [(920, 450), (972, 450)],
     parent=SP1)
flow("flow_toConclude", "userTask_recordCommitteeDecision", "serviceTask_concludeCommitteeDecisions",
     [(825, 330), (870, 330)], parent=SP1)
flow("flow_toCommitteeOutcome", "serviceTask_concludeCommitteeDecisions", "gateway_committeeOutcome",
     [(970, 330), (1025, 330)], parent=SP1)
flow("flow_approved", "gateway_committeeOutcome", "endEvent_decided", [(1075, 330), (1152, 330)],
     name="Bifall i alla", cond=C("committeeOutcome == 'APPROVED'"), label=(1080, 300, 70, 27), parent=SP1)
flow("flow_rejected", "gateway_committeeOutcome", "endEvent_committeeRejected", [(1050, 355), (1050, 450),
     (1152, 450)], name="Avslag i någon nämnd", cond=C("committeeOutcome == 'REJECTED'"),
     label=(1058, 395, 90, 27), parent=SP1)
flow("flow_returned", "gateway_committeeOutcome", "userTask_investigate",
     [(1050, 305), (1050, 170), (600, 170), (600, 290)], name="Återremiss: utred vidare",
     cond=C("committeeOutcome == 'RETURNED'"), label=(930, 150, 140, 14), parent=SP1)
flow("flow_toMarkNotEstablished", "error_notEstablished", "serviceTask_markNotEstablished",
     [(1170, 122), (1170, 60), (1270, 60)])
flow("flow_toNotEstablished", "serviceTask_markNotEstablished", "endEvent_notEstablished", [(1370, 60), (1432, 60)])
flow("flow_toApply", "startEvent_regional", "userTask_applyForSupplementaryAgreement", [(508, 690), (570, 690)],
     parent=SP2)
flow("flow_toClassifyPlanned", "userTask_applyForSupplementaryAgreement", "businessRuleTask_classifyPlannedCentre",
     [(670, 690), (710, 690)], parent=SP2)
flow("flow_toAssess", "businessRuleTask_classifyPlannedCentre", "userTask_assessSupplementaryAgreement",
     [(810, 690), (850, 690)], parent=SP2)
flow("flow_toRecordAgreement", "userTask_assessSupplementaryAgreement", "serviceTask_recordAgreement",
     [(950, 690), (990, 690)], parent=SP2)
flow("flow_toAgreementDecided", "serviceTask_recordAgreement", "endEvent_agreementDecided", [(1090, 690), (1152, 690)],
     parent=SP2)
flow("flow_municipalDone", SP1, "gateway_join", [(1240, 330), (1295, 330)])
flow("flow_regionalDone", SP2, "gateway_join", [(1240, 690), (1320, 690), (1320, 355)])
flow("flow_toCoLocation", "gateway_join", "userTask_arrangeCoLocation", [(1345, 330), (1400, 330)])
flow("flow_toRecordCoLocation", "userTask_arrangeCoLocation", "serviceTask_recordCoLocation", [(1500, 330), (1560, 330)])
flow("flow_toClassify", "serviceTask_recordCoLocation", "businessRuleTask_classifyCentre", [(1660, 330), (1720, 330)])
flow("flow_toClassification", "businessRuleTask_classifyCentre", "gateway_classification", [(1820, 330), (1885, 330)])
flow("flow_familyCentre", "gateway_classification", "userTask_launchCentre", [(1935, 330), (2030, 330)],
     name="Familjecentral eller -liknande", label=(1938, 288, 72, 27))
flow("flow_notAFamilyCentre", "gateway_classification", "userTask_decideAfterClassification",
     [(1910, 355), (1910, 440)], name="Inte familjecentral", cond=C("classification == 'NOT_A_FAMILY_CENTRE'"),
     label=(1918, 385, 90, 27))
flow("flow_toAfterClassification", "userTask_decideAfterClassification", "gateway_afterClassification",
     [(1910, 520), (1910, 595)])
flow("flow_backToCoLocation", "gateway_afterClassification", "userTask_arrangeCoLocation",
     [(1885, 620), (1450, 620), (1450, 370)], name="Tillbaka till samlokalisering",
     cond=C("afterClassification == 'BACK_TO_CO_LOCATION'"), label=(1600, 598, 160, 14))
flow("flow_endCase", "gateway_afterClassification", "serviceTask_endAsNotEstablished", [(1935, 620), (2020, 620)],
     name="Avsluta", cond=C("afterClassification == 'END_CASE'"), label=(1950, 598, 50, 14))
flow("flow_toNotAFamilyCentre", "serviceTask_endAsNotEstablished", "endEvent_notAFamilyCentre",
     [(2120, 620), (2192, 620)])
flow("flow_toActivate", "userTask_launchCentre", "serviceTask_activateCentre", [(2130, 330), (2180, 330)])
flow("flow_toEvaluationTimer", "serviceTask_activateCentre", "timer_evaluationDue", [(2280, 330), (2342, 330)])
flow("flow_toEvaluate", "timer_evaluationDue", "userTask_evaluateCentre", [(2378, 330), (2430, 330)])
flow("flow_toRecordEvaluation", "userTask_evaluateCentre", "serviceTask_recordEvaluation", [(2530, 330), (2580, 330)])
flow("flow_toEvaluationOutcome", "serviceTask_recordEvaluation", "gateway_evaluationOutcome",
     [(2680, 330), (2745, 330)])
flow("flow_continue", "gateway_evaluationOutcome", "timer_evaluationDue", [(2770, 355), (2770, 440), (2360, 440),
     (2360, 348)], name="Fortsätt", cond=C("evaluationOutcome == 'CONTINUE'"), label=(2540, 446, 60, 14))
flow("flow_develop", "gateway_evaluationOutcome", "userTask_arrangeCoLocation",
     [(2770, 305), (2770, 220), (1450, 220), (1450, 290)], name="Utveckla: fler verksamheter eller timmar",
     cond=C("evaluationOutcome == 'DEVELOP'"), label=(2080, 198, 220, 14))
flow("flow_close", "gateway_evaluationOutcome", "serviceTask_closeCentre", [(2795, 330), (2860, 330)],
     name="Avveckla", cond=C("evaluationOutcome == 'CLOSE'"), label=(2800, 308, 55, 14))
flow("flow_toClosed", "serviceTask_closeCentre", "endEvent_closed", [(2960, 330), (3032, 330)])

DEFAULTS = {"gateway_classification": "flow_familyCentre"}

groups = [
    ("Group_coLocation", "CategoryValue_coLocation", "Samlokalisering, samverkansavtal och klassning",
     (1380, 250, 635, 330)),
    ("Group_operation", "CategoryValue_operation", "Start och återkommande gemensam utvärdering",
     (2020, 250, 1080, 225)),
]


def bounds_of(n):
    if n.get("bounds"):
        return n["bounds"]
    w, h = SIZE[n["kind"]]
    return (n["cx"] - w // 2, n["cy"] - h // 2, w, h)


def doc_xml(text):
    return f"<bpmn:documentation>{escape(text)}</bpmn:documentation>" if text else ""


def node_xml(n, indent):
    inc = [f["id"] for f in flows if f["tgt"] == n["id"]]
    out = [f["id"] for f in flows if f["src"] == n["id"]]
    name = f' name="{escape(n["name"])}"' if n["name"] else ""
    default = f' default="{DEFAULTS[n["id"]]}"' if n["id"] in DEFAULTS else ""
    s = [f'{indent}<bpmn:{n["tag"]} id="{n["id"]}"{name}{default} {n["attrs"]}'.rstrip() + ">"]
    if n["doc"]:
        s.append(indent + "  " + doc_xml(n["doc"]))
    inner = n.get("inner") or ""
    ext = "".join(part for part in [inner] if part.startswith("<camunda:"))
    rest = inner if not inner.startswith("<camunda:") else ""
    if ext:
        s.append(f"{indent}  <bpmn:extensionElements>{ext}</bpmn:extensionElements>")
    for i in inc:
        s.append(f"{indent}  <bpmn:incoming>{i}</bpmn:incoming>")
    for o in out:
        s.append(f"{indent}  <bpmn:outgoing>{o}</bpmn:outgoing>")
    if n["tag"] == "userTask" and n["id"] == "userTask_recordCommitteeDecision":
        s.append(f'{indent}  <bpmn:multiInstanceLoopCharacteristics camunda:collection='
                 f'"${{committeeSelection.of(committees)}}" camunda:elementVariable="committee" />')
    if rest:
        s.append(indent + "  " + rest)
    if n["tag"] == "subProcess":
        for c in nodes:
            if c["parent"] == n["id"]:
                s.extend(node_xml(c, indent + "  "))
        for f in flows:
            if f["parent"] == n["id"]:
                s.append(flow_xml(f, indent + "  "))
    s.append(f'{indent}</bpmn:{n["tag"]}>')
    return s


def flow_xml(f, indent):
    name = f' name="{escape(f["name"])}"' if f["name"] else ""
    if f["cond"]:
        return (f'{indent}<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}">'
                f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}'
                f'</bpmn:conditionExpression></bpmn:sequenceFlow>')
    return f'{indent}<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}" />'


PROCESS_DOC = (
    "Inrättande av en familjecentral, från initiativ till en familjecentral i drift som utvärderas gemensamt. "
    "Ett ärende per familjecentral (affärsnyckel = familjecentralens id). Faser: initiativ och registrering; "
    "kommunal beredning och beslut (utredning med återredovisningsdatum, tjänsteutlåtande med "
    "barnkonsekvensanalys och ekonomiska konsekvenser, beslut i varje berörd nämnd); parallellt regionalt "
    "tilläggsavtal (Region Stockholms vårdgivarguide: tilläggsavtal familjecentral för BMM/BVC); samlokalisering "
    "och lokalt samverkansavtal (Skånes vägledning); klassning enligt beslutstabellen familyCentreClassification; "
    "start; återkommande gemensam utvärdering. Familjecentralsregistret hålls i takt med ärendet. "
    + retention.sentence(B, ": kommunala beslutsärenden ska kunna granskas av revisionen långt efter beslutet"))

lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
    'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
    'id="Definitions_familyCentreEstablishment" targetNamespace="http://familjecentral.se/bpmn" '
    f'exporter="{EXPORTER}" exporterVersion="1" '
    'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">',
    f'  <bpmn:process id="{B}" name="Inrättande av familjecentral" isExecutable="true" '
    f'camunda:historyTimeToLive="{retention.history_time_to_live(B)}" '
    'camunda:candidateStarterGroups="samordnare,kommun-utredare">',
    "    " + doc_xml(PROCESS_DOC),
]
for n in nodes:
    if n["parent"] == "process":
        lines.extend(node_xml(n, "    "))
for f in flows:
    if f["parent"] == "process":
        lines.append(flow_xml(f, "    "))
for gid, cv, name, b in groups:
    lines.append(f'    <bpmn:group id="{gid}" categoryValueRef="{cv}" />')
lines.append("  </bpmn:process>")
lines.append('  <bpmn:error id="Error_notEstablished" name="Ej inrättad" errorCode="NOT_ESTABLISHED" />')
lines.append('  <bpmn:category id="Category_phases">')
for gid, cv, name, b in groups:
    lines.append(f'    <bpmn:categoryValue id="{cv}" value="{escape(name)}" />')
lines.append("  </bpmn:category>")
lines.append('  <bpmndi:BPMNDiagram id="BPMNDiagram_1">')
lines.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="{B}">')


def bounds_xml(b):
    return f'<dc:Bounds x="{b[0]}" y="{b[1]}" width="{b[2]}" height="{b[3]}" />'


for n in nodes:
    extra = ' isExpanded="true"' if n["tag"] == "subProcess" else ""
    s = f'      <bpmndi:BPMNShape id="{n["id"]}_di" bpmnElement="{n["id"]}"{extra}>{bounds_xml(bounds_of(n))}'
    if n.get("label"):
        s += f'<bpmndi:BPMNLabel>{bounds_xml(n["label"])}</bpmndi:BPMNLabel>'
    lines.append(s + "</bpmndi:BPMNShape>")
for f in flows:
    s = f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">'
    s += "".join(f'<di:waypoint x="{x}" y="{y}" />' for x, y in f["points"])
    if f["label"]:
        s += f'<bpmndi:BPMNLabel>{bounds_xml(f["label"])}</bpmndi:BPMNLabel>'
    lines.append(s + "</bpmndi:BPMNEdge>")
for gid, cv, name, b in groups:
    lines.append(f'      <bpmndi:BPMNShape id="{gid}_di" bpmnElement="{gid}">{bounds_xml(b)}'
                 f'<bpmndi:BPMNLabel>{bounds_xml((b[0] + 90, b[1] + 6, 300, 14))}</bpmndi:BPMNLabel></bpmndi:BPMNShape>')
lines += ["    </bpmndi:BPMNPlane>", "  </bpmndi:BPMNDiagram>", "</bpmn:definitions>", ""]


def write(out):
    """Writes the model under the folder out (the repository root, or an empty folder to compare with)."""
    target = out / OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines), encoding="utf-8")
    return [OUT]
