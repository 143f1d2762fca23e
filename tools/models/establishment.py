#!/usr/bin/env python3
"""processes/establishment/familyCentreEstablishment.bpmn: the model and its diagram from one grid.

Written by tools/models/generate.py (see tools/models/README.md). Every node sits on a grid (centres given), every
flow has orthogonal waypoints and explicit label bounds, so the picture stays tidy when the model changes. Edit the
tables below, regenerate, then render with tools/bpmn-render.

The process is drawn as one pool with a lane per organisation (LANES, top to bottom: the municipality, the joint
collaboration, the region). Every node is in the lane that was current when it was added (in_lane); a node inside
an expanded sub-process is in its sub-process's lane, so the handbook can name the organisation of every step. The
lanes' ids are a contract with LanesTest (which candidate groups may work in which lane).
"""
from xml.sax.saxutils import escape

import retention
from exporter import EXPORTER

OUT = "processes/establishment/familyCentreEstablishment.bpmn"
SIZE = {"task": (100, 80), "wideTask": (130, 80), "widestTask": (150, 80), "event": (36, 36), "gateway": (50, 50)}

nodes = []   # dicts: id, kind(size), xml tag, name, cx, cy, parent, attrs, doc, inner, label(optional bounds), lane
flows = []   # dicts: id, src, tgt, name, points, cond, label, parent, default

# The pool and its lanes (top, height). The lanes span the pool's width less its 30px name band.
POOL = (20, 20, 3110, 1360)
LANES = [
    ("lane_municipality", "Kommunen: utredning och nämndbeslut", 20, 560,
     "Kommunens utredare utreder och nämndsekreteraren registrerar varje nämnds beslut; samordnaren följer upp en "
     "försenad utredning. Här väcks och registreras initiativet, och här registreras ärendet som ej inrättat efter "
     "ett avslag i en nämnd. Den parallella delningen efter registreringen ligger här: därifrån löper kommunens "
     "beredning och regionens tilläggsavtal samtidigt."),
    ("lane_collaboration", "Samverkan: samordnare och verksamheterna", 580, 520,
     "Verksamheterna tillsammans, med samordnaren: när både nämndernas beslut och regionens avtalsprövning är klara "
     "(sammanslagningen ligger här) ordnas samlokalisering och samverkansavtal, verksamheten klassas och samordnaren "
     "beslutar om fortsättning när den inte är en familjecentral, öppna förskolan eller samordnaren startar den, och "
     "samordnaren leder den återkommande gemensamma utvärderingen och en avveckling."),
    ("lane_region", "Regionen: vårdgivare och hälso- och sjukvårdsförvaltning", 1100, 280,
     "Vårdgivarna (mödrahälsovård och barnhälsovård) ansöker om tilläggsavtal familjecentral; regionens hälso- och "
     "sjukvårdsförvaltning klassar den planerade verksamheten och prövar ansökan."),
]
LANE = None  # the lane of the nodes added next


def in_lane(lane_id):
    """The nodes added from here on are in this lane (until the next in_lane)."""
    global LANE
    assert lane_id in [lane[0] for lane in LANES], lane_id
    LANE = lane_id


def node(id, tag, kind, name, cx, cy, parent="process", attrs="", doc="", inner="", label=None):
    inner = inner.replace("${VALIDATION}", "${" + id.split("_", 1)[1] + "Validation}")
    nodes.append(dict(id=id, tag=tag, kind=kind, name=name, cx=cx, cy=cy, parent=parent, attrs=attrs, doc=doc,
                      inner=inner, label=label, lane=LANE))


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
in_lane("lane_municipality")
node("startEvent_initiative", "startEvent", "event", "Initiativ till familjecentral", 120, 360,
     attrs=form("establishmentInitiative"),
     doc="Ett initiativ väcks: en motion/initiativärende från en förtroendevald (Härryda), ett budgetuppdrag "
         "(Stockholm 2015) eller en gemensam begäran från de lokala aktörerna (Danderyd). Får startas av "
         "familjecentralssamordnare och kommunens utredare. Affärsnyckeln är familjecentralens id.",
     label=(75, 400, 90, 27))
node("serviceTask_registerCentre", "serviceTask", "task", "Registrera initiativet", 240, 360,
     attrs='camunda:delegateExpression="${registerCentreDelegate}"',
     doc="Kontrollerar initiativet mot familjecentralsregistret: kommunen ska finnas i registrets kommunlista "
         "och familjecentralens id får inte redan finnas. Annars avvisas starten med ett tydligt meddelande och "
         "ingenting sparas. Registrerar familjecentralen (status INITIATED) med planerade verksamheter och skapar "
         "centralens klientorganisation (tenant).")
node("gateway_split", "parallelGateway", "gateway", None, 360, 360)

# ---------------------------------------------------------------- sub-process: municipal preparation and decision
SP1 = "subProcess_municipalDecision"
nodes.append(dict(id=SP1, tag="subProcess", kind="sub", name="Kommunal beredning och beslut",
                  bounds=(440, 170, 800, 380), parent="process", attrs="",
                  doc="Förvaltningen utreder och nämnderna beslutar (kommunallagen: nämnderna beslutar inom sina "
                      "ansvarsområden; tjänsteutlåtandet ska redovisa konsekvenser för barn enligt "
                      "barnkonventionen, lag 2018:1197, och ekonomiska konsekvenser). Ett avslag i någon nämnd "
                      "avslutar ärendet som ej inrättat; en återremiss leder tillbaka till utredningen.",
                  inner=listeners(), label=None, lane=LANE))
node("startEvent_municipal", "startEvent", "event", "Beredning börjar", 490, 360, parent=SP1,
     label=(448, 382, 84, 14))
node("userTask_investigate", "userTask", "task", "Utred familjecentralen", 600, 360, parent=SP1,
     attrs='camunda:candidateGroups="kommun-utredare" ' + form("establishmentInvestigation")
           + ' camunda:dueDate="${establishmentCalendar.dayAfter(reportBackDate)}"',
     inner=listeners(status("INVESTIGATING"), VALIDATE_END),
     doc="Kommunens utredare utreder kostnader, lokalisering, bemanning, familjernas behov och vilka lokala "
         "aktörer som finns, och återredovisar senast det datum uppdraget anger (Österåker: 2021-05-31). "
         "Tjänsteutlåtandet ska innehålla barnkonsekvensanalys och ekonomiska konsekvenser (obligatoriska "
         "fält) och ange vilka nämnder som ska besluta.")
node("timer_reportBackOverdue", "boundaryEvent", "event", "Återredovisningsdatum passerat", 600, 400, parent=SP1,
     attrs='attachedToRef="userTask_investigate" cancelActivity="false"',
     inner='<bpmn:timerEventDefinition id="TimerEventDefinition_reportBack"><bpmn:timeDate '
           'xsi:type="bpmn:tFormalExpression">${establishmentCalendar.dayAfter(reportBackDate)}</bpmn:timeDate>'
           '</bpmn:timerEventDefinition>',
     doc="Icke-avbrytande timer: dagen efter återredovisningsdatumet (svensk tid) eskaleras ärendet till "
         "samordnaren och syns för ledningen i registret, utan att utredningen stoppas.",
     label=(486, 422, 90, 27))
node("boundaryEvent_reportBackDateChanged", "boundaryEvent", "event", "Nytt datum", 640, 320,
     parent=SP1, attrs='attachedToRef="userTask_investigate" cancelActivity="false"',
     inner='<bpmn:conditionalEventDefinition id="ConditionalEventDefinition_reportBackDate" '
           'camunda:variableName="reportBackDate" camunda:variableEvents="create, update"><bpmn:condition '
           'xsi:type="bpmn:tFormalExpression">${reportBackDates.moved(execution)}</bpmn:condition>'
           '</bpmn:conditionalEventDefinition>',
     doc="Icke-avbrytande villkorshändelse: när utredningen anger ett nytt återredovisningsdatum (i formuläret "
         "eller genom att uppgiftens variabel ändras) och det skiljer sig från registrets.",
     label=(646, 274, 60, 14))
node("serviceTask_moveReportBackDate", "serviceTask", "widestTask", "Flytta återredovisningsdatum", 790, 265,
     parent=SP1, attrs='camunda:delegateExpression="${moveReportBackDateDelegate}"',
     doc="Det nya datumet skrivs till familjecentralsregistret, och timern för försenad återredovisning och "
         "utredningens förfallodatum flyttas till dagen efter det nya datumet (svensk tid).")
node("endEvent_reportBackDateMoved", "endEvent", "event", "Datum flyttat", 930, 265, parent=SP1,
     label=(895, 287, 70, 14))
node("serviceTask_recordEscalation", "serviceTask", "task", "Registrera eskalering", 720, 480, parent=SP1,
     attrs='camunda:delegateExpression="${recordEscalationDelegate}"',
     doc="Registrerar eskaleringen (försenad återredovisning) i familjecentralsregistret, där ledningen ser den.")
node("userTask_followUpOverdueInvestigation", "userTask", "task", "Följ upp försenad utredning", 870, 480,
     parent=SP1, attrs='camunda:candidateGroups="samordnare" ' + form("establishmentFollowUpOverdue"),
     inner=listeners(VALIDATE_END),
     doc="Familjecentralssamordnaren följer upp varför återredovisningen är försenad och vad som görs. "
         "Beredningen avslutas först när uppföljningen är gjord.")
node("endEvent_followedUp", "endEvent", "event", "Förseningen uppföljd", 990, 480, parent=SP1,
     label=(945, 502, 90, 27))
node("userTask_recordCommitteeDecision", "userTask", "wideTask", "Registrera nämndens beslut", 760, 360,
     parent=SP1, attrs='camunda:candidateGroups="namndsekreterare" ' + form("establishmentCommitteeDecision"),
     inner='<camunda:inputOutput><camunda:inputParameter name="decision" /><camunda:inputParameter '
           'name="decisionDate" /><camunda:inputParameter name="minuteReference" /><camunda:inputParameter '
           'name="decisionReason" /></camunda:inputOutput>'
           + listeners(status("DECIDING"), ("start", "prepareCommitteeDecisionListener"), VALIDATE_END,
                       ("end", "recordCommitteeDecisionListener"))
           + '<camunda:taskListener delegateExpression="${nameCommitteeDecisionTaskListener}" event="create" />',
     doc="En uppgift per nämnd som utredningen angav (parallell multi-instans); i Tasklist heter uppgiften "
         "«Registrera beslut i» och nämndens namn, t.ex. «Registrera beslut i Socialnämnden». Varje nämnd beslutar på sitt eget tjänsteutlåtande: konsekvenserna för barn och de "
         "ekonomiska konsekvenserna förifylls från utredningen och skrivs för just den nämnden, utan att ändra de "
         "andra nämndernas. Nämndsekreteraren registrerar beslutet (bifall, avslag eller återremiss), "
         "beslutsdatum och protokollsparagraf. Avslag och återremiss ska motiveras. Varje beslut skrivs till "
         "registret.")
node("serviceTask_concludeCommitteeDecisions", "serviceTask", "task", "Sammanställ besluten", 920, 360,
     parent=SP1, attrs='camunda:delegateExpression="${concludeCommitteeDecisionsDelegate}"',
     doc="Läser omgångens beslut ur registret: avslag i någon nämnd, annars återremiss i någon nämnd, annars "
         "bifall i alla (status DECIDED).")
node("gateway_committeeOutcome", "exclusiveGateway", "gateway", "Nämndernas beslut?", 1050, 360, parent=SP1,
     doc="Avslag går före återremiss, återremiss före bifall.", label=(975, 392, 70, 27))
node("endEvent_decided", "endEvent", "event", "Beslutat", 1170, 360, parent=SP1, label=(1135, 382, 70, 14))
node("endEvent_committeeRejected", "endEvent", "event", "Avslag", 1170, 480, parent=SP1,
     inner='<bpmn:errorEventDefinition id="ErrorEventDefinition_rejected" errorRef="Error_notEstablished" />',
     label=(1135, 502, 70, 14))

# ---------------------------------------------------------------- not established after a rejection
node("error_notEstablished", "boundaryEvent", "event", "Ej inrättad", 1170, 170,
     attrs=f'attachedToRef="{SP1}"',
     inner='<bpmn:errorEventDefinition id="ErrorEventDefinition_caught" errorRef="Error_notEstablished" />',
     doc="En nämnd har avslagit: den kommunala beredningen avbryts och hela ärendet avslutas, även den "
         "regionala delen.", label=(1085, 130, 80, 14))
node("serviceTask_markNotEstablished", "serviceTask", "task", "Registrera som ej inrättad", 1320, 90,
     attrs='camunda:delegateExpression="${markNotEstablishedDelegate}"',
     doc="Registret får status NOT_ESTABLISHED med nämndens skäl.")
node("endEvent_notEstablished", "endEvent", "event", "Ej inrättad", 1450, 90,
     inner='<bpmn:terminateEventDefinition id="TerminateEventDefinition_notEstablished" />',
     label=(1415, 112, 70, 14))

# ---------------------------------------------------------------- sub-process: regional supplementary agreement
in_lane("lane_region")
SP2 = "subProcess_supplementaryAgreement"
nodes.append(dict(id=SP2, tag="subProcess", kind="sub", name="Regionalt tilläggsavtal", bounds=(440, 1130, 800, 220),
                  parent="process", attrs="",
                  doc="Tilläggsavtal/valbart uppdrag familjecentral enligt regionens förfrågningsunderlag (Region "
                      "Stockholms vårdgivarguide): bara vårdgivare med grundavtal för BMM/BVC kan ansöka; hälso- och "
                      "sjukvårdsförvaltningen bedömer kraven och beviljar från ett datum eller avslår. Löper "
                      "parallellt med de kommunala besluten.", inner="", label=None, lane=LANE))
node("startEvent_regional", "startEvent", "event", "Ansökan börjar", 490, 1240, parent=SP2,
     label=(452, 1262, 76, 14))
node("userTask_applyForSupplementaryAgreement", "userTask", "task", "Ansök om tilläggsavtal", 610, 1240, parent=SP2,
     attrs='camunda:candidateGroups="mvc,bvc" ' + form("establishmentAgreementApplication"),
     inner=listeners(VALIDATE_END),
     doc="Vårdgivaren (BMM och/eller BVC) ansöker hos regionen om tilläggsavtal familjecentral och anger om "
         "grundavtal finns och vilka verksamheter ansökan gäller.")
node("businessRuleTask_classifyPlannedCentre", "businessRuleTask", "widestTask", "Klassa den planerade verksamheten",
     765, 1240, parent=SP2,
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
node("userTask_assessSupplementaryAgreement", "userTask", "task", "Pröva tilläggsavtal", 920, 1240, parent=SP2,
     attrs='camunda:candidateGroups="region-hsf" ' + form("establishmentAgreementAssessment"),
     inner=listeners(VALIDATE_END),
     doc="Regionens hälso- och sjukvårdsförvaltning prövar kraven: grundavtal, verksamheterna (alla fyra för en "
         "familjecentral; barnhälsovård och öppen förskola för en familjecentralsliknande verksamhet), "
         "målgruppen (0–5/0–6 år), gemensam behovsanalys och grad av samlokalisering (nivå 1–3). Beviljar från "
         "ett datum (inte före ansökan) eller avslår med skäl.")
node("serviceTask_recordAgreement", "serviceTask", "task", "Registrera avtalsbeslut", 1060, 1240, parent=SP2,
     attrs='camunda:delegateExpression="${recordAgreementDelegate}"',
     doc="Regionens beslut (beviljat från datum, nivå, eller avslag med skäl) skrivs till registret.")
node("endEvent_agreementDecided", "endEvent", "event", "Avtal prövat", 1170, 1240, parent=SP2,
     label=(1135, 1262, 70, 14))

# ---------------------------------------------------------------- together again: the coordinator and the services
in_lane("lane_collaboration")
node("gateway_join", "parallelGateway", "gateway", None, 1320, 740)

# ---------------------------------------------------------------- co-location and classification
node("userTask_arrangeCoLocation", "userTask", "task", "Ordna samlokalisering och avtal", 1450, 740,
     attrs='camunda:candidateGroups="samordnare" ' + form("establishmentCoLocation"),
     inner=listeners(status("CO_LOCATING"), VALIDATE_END),
     doc="Samordnaren ordnar lokaler, vilka verksamheter som finns på plats och vilken veckodag alla finns där "
         "samtidigt, och ett lokalt samverkansavtal som minst omfattar barnets rättigheter, samtidighet per "
         "vecka, gemensamt föräldrastöd, delaktighets- och inflytandearbete och gemensam utvärdering av "
         "samverkan (Vägledning för familjecentraler i Skåne).")
node("serviceTask_recordCoLocation", "serviceTask", "wideTask", "Registrera verksamheter på plats", 1610, 740,
     attrs='camunda:delegateExpression="${recordCoLocationDelegate}"',
     doc="Registrerar lokaler och vilka verksamheter som faktiskt finns på plats. Har regionen avslagit "
         "tilläggsavtalet räknas de regionala verksamheter som ansökan gällde inte som närvarande.")
node("businessRuleTask_classifyCentre", "businessRuleTask", "task", "Klassa verksamheten", 1770, 740,
     attrs='camunda:decisionRef="familyCentreClassification" camunda:resultVariable="classification" '
           'camunda:mapDecisionResult="singleEntry"',
     doc="Beslutstabellen familyCentreClassification: familjecentral = alla fyra verksamheter; "
         "familjecentralsliknande = två eller tre verksamheter, däribland barnhälsovård och öppen förskola "
         "(Skånes strategi); annars inte en familjecentral. Regionen kan ändra regeln i tabellen.")
node("gateway_classification", "exclusiveGateway", "gateway", "Klassning?", 1910, 740,
     doc="Inte en familjecentral: samordnaren väljer väg. Annars startas verksamheten.",
     label=(1865, 682, 90, 14))
node("userTask_decideAfterClassification", "userTask", "task", "Besluta om fortsättning", 1910, 890,
     attrs='camunda:candidateGroups="samordnare" ' + form("establishmentAfterClassification"),
     inner=listeners(VALIDATE_END),
     doc="Verksamheten uppfyller inte ens kraven för familjecentralsliknande verksamhet. Samordnaren väljer "
         "att gå tillbaka till samlokaliseringen (fler verksamheter) eller att avsluta ärendet med skäl.")
node("gateway_afterClassification", "exclusiveGateway", "gateway", "Samordnarens val?", 1910, 1030,
     doc="Tillbaka till samlokaliseringen eller avsluta som ej inrättad.", label=(1850, 1062, 110, 14))
node("serviceTask_endAsNotEstablished", "serviceTask", "task", "Registrera som ej inrättad", 2070, 1030,
     attrs='camunda:delegateExpression="${markNotEstablishedDelegate}"',
     doc="Registret får status NOT_ESTABLISHED med samordnarens skäl (CLOSED om centralen redan var i drift).")
node("endEvent_notAFamilyCentre", "endEvent", "event", "Ingen familjecentral", 2210, 1030,
     label=(2165, 1052, 90, 14))

# ---------------------------------------------------------------- launch and evaluation
node("userTask_launchCentre", "userTask", "task", "Starta familjecentralen", 2080, 740,
     attrs='camunda:candidateGroups="oppen-forskola,samordnare" ' + form("establishmentLaunch"),
     inner=listeners(VALIDATE_END),
     doc="Öppna förskolan eller samordnaren anger startdatum (inte före nämndernas sista beslut) och "
         "veckoschemat då verksamheterna möter familjerna samtidigt (Danderyd: ett tillfälle i veckan).")
node("serviceTask_activateCentre", "serviceTask", "wideTask", "Registrera familjecentralen som aktiv", 2230, 740,
     attrs='camunda:delegateExpression="${activateCentreDelegate}"',
     doc="Registret får status ACTIVE med startdatum, klassning, verksamheter och veckoschema.")
node("timer_evaluationDue", "intermediateCatchEvent", "event", "Dags för utvärdering", 2360, 740,
     inner='<bpmn:timerEventDefinition id="TimerEventDefinition_evaluation"><bpmn:timeDuration '
           'xsi:type="bpmn:tFormalExpression">${establishmentSettings.evaluationInterval}</bpmn:timeDuration>'
           '</bpmn:timerEventDefinition>',
     doc="Återkommande gemensam utvärdering: intervallet är inställbart "
         "(familycentre.establishment.evaluation-interval, ISO 8601, standard P1Y).",
     label=(2315, 684, 90, 27))
node("userTask_evaluateCentre", "userTask", "wideTask", "Utvärdera familjecentralen gemensamt", 2480, 740,
     attrs='camunda:candidateGroups="samordnare" ' + form("establishmentEvaluation"),
     inner=listeners(VALIDATE_END),
     doc="Gemensam utvärdering av samverkan med uppföljningstalen: nådda familjer mot födda i området, "
         "nådda förstagångsföräldrar, gemensamma aktiviteter per vecka, besök per aktivitet, hänvisningar till "
         "riktat stöd och föräldraenkät (endast sammanräknade tal). Utfall: fortsätt, utveckla eller avveckla.")
node("serviceTask_recordEvaluation", "serviceTask", "task", "Registrera utvärderingen", 2630, 740,
     attrs='camunda:delegateExpression="${recordEvaluationDelegate}"',
     doc="Utvärderingens tal och utfall skrivs till registret.")
node("gateway_evaluationOutcome", "exclusiveGateway", "gateway", "Utfall?", 2770, 740,
     doc="Fortsätt som i dag, utveckla (fler verksamheter eller timmar) eller avveckla.",
     label=(2690, 772, 70, 14))
node("serviceTask_closeCentre", "serviceTask", "task", "Registrera avveckling", 2910, 740,
     attrs='camunda:delegateExpression="${closeCentreDelegate}"',
     doc="Registret får status CLOSED med utvärderingens skäl.")
node("endEvent_closed", "endEvent", "event", "Avvecklad", 3050, 740, label=(3015, 762, 70, 14))

# ---------------------------------------------------------------- flows
C = lambda expr: "${" + expr + "}"
flow("flow_toRegister", "startEvent_initiative", "serviceTask_registerCentre", [(138, 360), (190, 360)])
flow("flow_toSplit", "serviceTask_registerCentre", "gateway_split", [(290, 360), (335, 360)])
flow("flow_toMunicipal", "gateway_split", SP1, [(385, 360), (440, 360)])
flow("flow_toRegional", "gateway_split", SP2, [(360, 385), (360, 1240), (440, 1240)])
flow("flow_toInvestigate", "startEvent_municipal", "userTask_investigate", [(508, 360), (550, 360)], parent=SP1)
flow("flow_toCommittees", "userTask_investigate", "userTask_recordCommitteeDecision", [(650, 360), (695, 360)],
     parent=SP1)
flow("flow_toMoveReportBackDate", "boundaryEvent_reportBackDateChanged", "serviceTask_moveReportBackDate",
     [(640, 302), (640, 265), (715, 265)], parent=SP1)
flow("flow_toReportBackDateMoved", "serviceTask_moveReportBackDate", "endEvent_reportBackDateMoved",
     [(865, 265), (912, 265)], parent=SP1)
flow("flow_toEscalation", "timer_reportBackOverdue", "serviceTask_recordEscalation",
     [(600, 418), (600, 480), (670, 480)], parent=SP1)
flow("flow_toFollowUp", "serviceTask_recordEscalation", "userTask_followUpOverdueInvestigation",
     [(770, 480), (820, 480)], parent=SP1)
flow("flow_toFollowedUp", "userTask_followUpOverdueInvestigation", "endEvent_followedUp", [(920, 480), (972, 480)],
     parent=SP1)
flow("flow_toConclude", "userTask_recordCommitteeDecision", "serviceTask_concludeCommitteeDecisions",
     [(825, 360), (870, 360)], parent=SP1)
flow("flow_toCommitteeOutcome", "serviceTask_concludeCommitteeDecisions", "gateway_committeeOutcome",
     [(970, 360), (1025, 360)], parent=SP1)
flow("flow_approved", "gateway_committeeOutcome", "endEvent_decided", [(1075, 360), (1152, 360)],
     name="Bifall i alla", cond=C("committeeOutcome == 'APPROVED'"), label=(1080, 330, 70, 27), parent=SP1)
flow("flow_rejected", "gateway_committeeOutcome", "endEvent_committeeRejected", [(1050, 385), (1050, 480),
     (1152, 480)], name="Avslag i någon nämnd", cond=C("committeeOutcome == 'REJECTED'"),
     label=(1058, 425, 90, 27), parent=SP1)
flow("flow_returned", "gateway_committeeOutcome", "userTask_investigate",
     [(1050, 335), (1050, 200), (600, 200), (600, 320)], name="Återremiss: utred vidare",
     cond=C("committeeOutcome == 'RETURNED'"), label=(930, 180, 140, 14), parent=SP1)
flow("flow_toMarkNotEstablished", "error_notEstablished", "serviceTask_markNotEstablished",
     [(1170, 152), (1170, 90), (1270, 90)])
flow("flow_toNotEstablished", "serviceTask_markNotEstablished", "endEvent_notEstablished", [(1370, 90), (1432, 90)])
flow("flow_toApply", "startEvent_regional", "userTask_applyForSupplementaryAgreement", [(508, 1240), (560, 1240)],
     parent=SP2)
flow("flow_toClassifyPlanned", "userTask_applyForSupplementaryAgreement", "businessRuleTask_classifyPlannedCentre",
     [(660, 1240), (690, 1240)], parent=SP2)
flow("flow_toAssess", "businessRuleTask_classifyPlannedCentre", "userTask_assessSupplementaryAgreement",
     [(840, 1240), (870, 1240)], parent=SP2)
flow("flow_toRecordAgreement", "userTask_assessSupplementaryAgreement", "serviceTask_recordAgreement",
     [(970, 1240), (1010, 1240)], parent=SP2)
flow("flow_toAgreementDecided", "serviceTask_recordAgreement", "endEvent_agreementDecided", [(1110, 1240), (1152, 1240)],
     parent=SP2)
flow("flow_municipalDone", SP1, "gateway_join", [(1240, 360), (1320, 360), (1320, 715)])
flow("flow_regionalDone", SP2, "gateway_join", [(1240, 1240), (1320, 1240), (1320, 765)])
flow("flow_toCoLocation", "gateway_join", "userTask_arrangeCoLocation", [(1345, 740), (1400, 740)])
flow("flow_toRecordCoLocation", "userTask_arrangeCoLocation", "serviceTask_recordCoLocation", [(1500, 740), (1545, 740)])
flow("flow_toClassify", "serviceTask_recordCoLocation", "businessRuleTask_classifyCentre", [(1675, 740), (1720, 740)])
flow("flow_toClassification", "businessRuleTask_classifyCentre", "gateway_classification", [(1820, 740), (1885, 740)])
flow("flow_familyCentre", "gateway_classification", "userTask_launchCentre", [(1935, 740), (2030, 740)],
     name="Familjecentral eller -liknande", label=(1938, 698, 72, 27))
flow("flow_notAFamilyCentre", "gateway_classification", "userTask_decideAfterClassification",
     [(1910, 765), (1910, 850)], name="Inte familjecentral", cond=C("classification == 'NOT_A_FAMILY_CENTRE'"),
     label=(1918, 795, 90, 27))
flow("flow_toAfterClassification", "userTask_decideAfterClassification", "gateway_afterClassification",
     [(1910, 930), (1910, 1005)])
flow("flow_backToCoLocation", "gateway_afterClassification", "userTask_arrangeCoLocation",
     [(1885, 1030), (1450, 1030), (1450, 780)], name="Tillbaka till samlokalisering",
     cond=C("afterClassification == 'BACK_TO_CO_LOCATION'"), label=(1600, 1008, 160, 14))
flow("flow_endCase", "gateway_afterClassification", "serviceTask_endAsNotEstablished", [(1935, 1030), (2020, 1030)],
     name="Avsluta", cond=C("afterClassification == 'END_CASE'"), label=(1950, 1008, 50, 14))
flow("flow_toNotAFamilyCentre", "serviceTask_endAsNotEstablished", "endEvent_notAFamilyCentre",
     [(2120, 1030), (2192, 1030)])
flow("flow_toActivate", "userTask_launchCentre", "serviceTask_activateCentre", [(2130, 740), (2165, 740)])
flow("flow_toEvaluationTimer", "serviceTask_activateCentre", "timer_evaluationDue", [(2295, 740), (2342, 740)])
flow("flow_toEvaluate", "timer_evaluationDue", "userTask_evaluateCentre", [(2378, 740), (2415, 740)])
flow("flow_toRecordEvaluation", "userTask_evaluateCentre", "serviceTask_recordEvaluation", [(2545, 740), (2580, 740)])
flow("flow_toEvaluationOutcome", "serviceTask_recordEvaluation", "gateway_evaluationOutcome",
     [(2680, 740), (2745, 740)])
flow("flow_continue", "gateway_evaluationOutcome", "timer_evaluationDue", [(2770, 765), (2770, 850), (2360, 850),
     (2360, 758)], name="Fortsätt", cond=C("evaluationOutcome == 'CONTINUE'"), label=(2540, 856, 60, 14))
flow("flow_develop", "gateway_evaluationOutcome", "userTask_arrangeCoLocation",
     [(2770, 715), (2770, 630), (1450, 630), (1450, 700)], name="Utveckla: fler verksamheter eller timmar",
     cond=C("evaluationOutcome == 'DEVELOP'"), label=(2080, 608, 220, 14))
flow("flow_close", "gateway_evaluationOutcome", "serviceTask_closeCentre", [(2795, 740), (2860, 740)],
     name="Avveckla", cond=C("evaluationOutcome == 'CLOSE'"), label=(2800, 718, 55, 14))
flow("flow_toClosed", "serviceTask_closeCentre", "endEvent_closed", [(2960, 740), (3032, 740)])

DEFAULTS = {"gateway_classification": "flow_familyCentre"}

groups = [
    ("Group_coLocation", "CategoryValue_coLocation", "Samlokalisering, samverkansavtal och klassning",
     (1380, 660, 635, 330)),
    ("Group_operation", "CategoryValue_operation", "Start och återkommande gemensam utvärdering",
     (2020, 660, 1080, 225)),
]



def shift_right(at, by):
    """Makes room: everything from x = at moves right by `by`; a sub-process, group or the pool it cuts grows."""
    global POOL, groups

    def moved(box):
        x, y, w, h = box
        return (x + by, y, w, h) if x >= at else (x, y, w + by, h) if x + w > at else box

    for n in nodes:
        if n.get("bounds"):
            n["bounds"] = moved(n["bounds"])
        elif n["cx"] >= at:
            n["cx"] += by
            if n.get("label"):
                lx, ly, lw, lh = n["label"]
                n["label"] = (lx + by, ly, lw, lh)
    for f in flows:
        f["points"] = [(x + by if x >= at else x, y) for x, y in f["points"]]
        if f.get("label") and f["label"][0] + f["label"][2] / 2 >= at:
            lx, ly, lw, lh = f["label"]
            f["label"] = (lx + by, ly, lw, lh)
    groups = [(g, c, name, moved(box)) for g, c, name, box in groups]
    POOL = moved(POOL)


def merge_before(step, id, cx, cy, parent, lane, doc, incoming, outgoing_id, outgoing_points):
    """An explicit merge in front of a step that is reached on more than one path (no implicit join): the flows in
    `incoming` (id -> new waypoints) now end at the merge, and one flow leads from it to the step."""
    in_lane(lane)
    node(id, "exclusiveGateway", "gateway", None, cx, cy, parent=parent, doc=doc)
    for f in flows:
        if f["id"] in incoming:
            assert f["tgt"] == step, (f["id"], f["tgt"])
            f["tgt"] = id
            f["points"] = incoming[f["id"]]
    flow(outgoing_id, id, step, outgoing_points, parent=parent)


# Room for the three merges (Camunda Modeler's linter: no implicit joins), then the merges themselves.
shift_right(550, 70)
merge_before("userTask_investigate", "gateway_investigateAgain", 560, 360, SP1, "lane_municipality",
             "Utredningen börjar här, och hit kommer ärendet tillbaka när en nämnd återremitterar det.",
             {"flow_toInvestigate": [(508, 360), (535, 360)],
              "flow_returned": [(1120, 335), (1120, 200), (560, 200), (560, 335)]},
             "flow_toInvestigation", [(585, 360), (620, 360)])
shift_right(1460, 80)
merge_before("userTask_arrangeCoLocation", "gateway_coLocationAgain", 1460, 740, "process", "lane_collaboration",
             "Samlokaliseringen ordnas här efter besluten och avtalet, och igen när samordnaren går tillbaka efter "
             "klassningen eller när utvärderingen vill utveckla familjecentralen.",
             {"flow_toCoLocation": [(1415, 740), (1435, 740)],
              "flow_backToCoLocation": [(2035, 1030), (1460, 1030), (1460, 765)],
              "flow_develop": [(2920, 715), (2920, 630), (1460, 630), (1460, 715)]},
             "flow_toArrangeCoLocation", [(1485, 740), (1550, 740)])
# the group of co-location begins after its merge, so no flow runs along its border
groups = [(g, c, name, (1505, 660, 660, 330)) if g == "Group_coLocation" else (g, c, name, box)
          for g, c, name, box in groups]
shift_right(2470, 80)
merge_before("timer_evaluationDue", "gateway_evaluationAgain", 2500, 740, "process", "lane_collaboration",
             "Väntan på nästa gemensamma utvärdering börjar när familjecentralen startat, och igen efter varje "
             "utvärdering som beslutar att fortsätta.",
             {"flow_toEvaluationTimer": [(2445, 740), (2475, 740)],
              "flow_continue": [(3000, 765), (3000, 850), (2500, 850), (2500, 765)]},
             "flow_toEvaluationWait", [(2525, 740), (2572, 740)])

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
    "start; återkommande gemensam utvärdering. Familjecentralsregistret hålls i takt med ärendet. Diagrammets "
    "banor visar vem som gör vad: kommunen (utredning och nämndbeslut), regionen (tilläggsavtalet) och samverkan "
    "(samordnaren och verksamheterna tillsammans). "
    + retention.sentence(B, ": kommunala beslutsärenden ska kunna granskas av revisionen långt efter beslutet"))

def lane_of(n):
    """The lane of a node: its own, which for a node inside a sub-process is its sub-process's."""
    if n["parent"] != "process":
        parent = next(p for p in nodes if p["id"] == n["parent"])
        assert lane_of(parent) == n["lane"], f'{n["id"]} is not in the lane of its sub-process {parent["id"]}'
    assert n["lane"], f'{n["id"]} is in no lane'
    return n["lane"]


def lane_set_xml(indent):
    s = [f'{indent}<bpmn:laneSet id="LaneSet_familyCentreEstablishment">']
    for lane_id, name, top, height, doc in LANES:
        s.append(f'{indent}  <bpmn:lane id="{lane_id}" name="{escape(name)}">')
        s.append(f"{indent}    {doc_xml(doc)}")
        s.extend(f"{indent}    <bpmn:flowNodeRef>{n['id']}</bpmn:flowNodeRef>" for n in nodes if lane_of(n) == lane_id)
        s.append(f"{indent}  </bpmn:lane>")
    s.append(f"{indent}</bpmn:laneSet>")
    return s


PROCESS_NAME = "Inrättande av familjecentral"
COLLABORATION = "Collaboration_familyCentreEstablishment"
PARTICIPANT = "Participant_familyCentreEstablishment"

lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
    'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
    'id="Definitions_familyCentreEstablishment" targetNamespace="http://familjecentral.se/bpmn" '
    f'exporter="{EXPORTER}" exporterVersion="1" '
    'modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">',
    f'  <bpmn:collaboration id="{COLLABORATION}">',
    f'    <bpmn:participant id="{PARTICIPANT}" name="{PROCESS_NAME}" processRef="{B}" />',
    "  </bpmn:collaboration>",
    f'  <bpmn:process id="{B}" name="{PROCESS_NAME}" isExecutable="true" '
    f'camunda:historyTimeToLive="{retention.history_time_to_live(B)}" '
    'camunda:candidateStarterGroups="samordnare,kommun-utredare">',
    "    " + doc_xml(PROCESS_DOC),
] + lane_set_xml("    ")
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
lines.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="{COLLABORATION}">')


def bounds_xml(b):
    return f'<dc:Bounds x="{b[0]}" y="{b[1]}" width="{b[2]}" height="{b[3]}" />'


lines.append(f'      <bpmndi:BPMNShape id="{PARTICIPANT}_di" bpmnElement="{PARTICIPANT}" isHorizontal="true">'
             f'{bounds_xml(POOL)}</bpmndi:BPMNShape>')
for lane_id, name, top, height, doc in LANES:
    lines.append(f'      <bpmndi:BPMNShape id="{lane_id}_di" bpmnElement="{lane_id}" isHorizontal="true">'
                 f'{bounds_xml((POOL[0] + 30, top, POOL[2] - 30, height))}</bpmndi:BPMNShape>')

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
