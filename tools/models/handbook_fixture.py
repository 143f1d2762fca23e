"""src/test/resources/handbook/processes/fixture/handbookFixtureReferral.bpmn, the handbook tests' fixture model.

Its semantics are written by hand in handbook_fixture.bpmn.in; its DI is computed here from a grid. Written by
tools/models/generate.py (see tools/models/README.md).
"""
from pathlib import Path

from exporter import EXPORTER

HERE = Path(__file__).resolve().parent
OUT = 'src/test/resources/handbook/processes/fixture/handbookFixtureReferral.bpmn'

shapes = []   # (id, x, y, w, h, label_bounds or None, extra attrs)
edges = []    # (id, [(x,y)...], label_bounds or None)

def task(id, cx, cy, w=100, h=80):
    shapes.append((id, cx - w / 2, cy - h / 2, w, h, None, ''))

def event(id, cx, cy, label=None):
    shapes.append((id, cx - 18, cy - 18, 36, 36, label, ''))

def gateway(id, cx, cy, label=None):
    shapes.append((id, cx - 25, cy - 25, 50, 50, label, ' isMarkerVisible="true"'))

def box(id, x, y, w, h, extra=''):
    shapes.append((id, x, y, w, h, None, extra))

def edge(id, points, label=None):
    edges.append((id, points, label))

# pool and lanes
box('participant_referral', 100, 60, 1400, 940, ' isHorizontal="true"')
box('lane_bvc', 130, 60, 1370, 200, ' isHorizontal="true"')
box('lane_system', 130, 260, 1370, 200, ' isHorizontal="true"')
box('lane_social', 130, 460, 1370, 340, ' isHorizontal="true"')
box('lane_coordinator', 130, 800, 1370, 200, ' isHorizontal="true"')

event('startEvent_referralReceived', 200, 160, (165, 185, 70, 27))
task('businessRuleTask_classifyNeed', 330, 360)
gateway('gateway_needLevel', 480, 360, (390, 300, 80, 27))
task('userTask_reportConcern', 630, 160)
event('endEvent_concernReported', 780, 160, (745, 185, 70, 27))
task('serviceTask_registerUniversalSupport', 630, 360)
event('endEvent_universalSupportRegistered', 780, 360, (745, 385, 70, 27))
task('userTask_assessSupport', 630, 560)
event('timer_reportBack', 610, 600, (506, 622, 86, 14))
event('timer_assessmentOverdue', 660, 600, (682, 622, 52, 27))
task('serviceTask_remindOfficial', 450, 740)
event('endEvent_officialReminded', 330, 740, (295, 765, 70, 27))
task('userTask_escalateAssessment', 660, 900)
event('endEvent_assessmentEscalated', 790, 900, (755, 925, 70, 27))
box('subProcess_provideSupport', 740, 480, 450, 240, ' isExpanded="true"')
event('startEvent_supportStarted', 790, 560, (760, 585, 60, 27))
task('callActivity_parentingProgramme', 900, 560)
gateway('gateway_programmeCompleted', 1020, 560, (985, 505, 70, 27))
event('endEvent_supportGiven', 1130, 560, (1100, 585, 60, 14))
event('endEvent_programmeAborted', 1130, 650, (1095, 675, 70, 27))
event('error_programmeAborted', 960, 720, (982, 738, 70, 27))
event('message_consentWithdrawn', 1080, 720, (1102, 738, 70, 27))
event('endEvent_supportAborted', 960, 900, (925, 925, 70, 27))
event('endEvent_consentWithdrawn', 1080, 900, (1045, 925, 70, 27))
event('endEvent_supportCompleted', 1260, 560, (1225, 585, 70, 27))
box('subProcess_annualReview', 1150, 830, 320, 150, ' isExpanded="true"')
event('timer_annualReview', 1200, 910, (1170, 935, 60, 14))
task('userTask_annualReview', 1300, 910)
event('endEvent_annualReviewDone', 1410, 910, (1375, 935, 70, 27))

edge('flow_toClassify', [(218, 160), (330, 160), (330, 320)])
edge('flow_toNeedLevel', [(380, 360), (455, 360)])
edge('flow_concern', [(480, 335), (480, 160), (580, 160)], (488, 230, 76, 14))
edge('flow_universal', [(505, 360), (580, 360)], (512, 340, 62, 14))
edge('flow_targeted', [(480, 385), (480, 560), (580, 560)], (488, 470, 60, 14))
edge('flow_toConcernReported', [(680, 160), (762, 160)])
edge('flow_toUniversalRegistered', [(680, 360), (762, 360)])
edge('flow_toProvideSupport', [(680, 560), (740, 560)])
edge('flow_toRemind', [(610, 618), (610, 740), (500, 740)])
edge('flow_toOfficialReminded', [(400, 740), (348, 740)])
edge('flow_toEscalate', [(660, 618), (660, 860)])
edge('flow_toAssessmentEscalated', [(710, 900), (772, 900)])
edge('flow_toProgramme', [(808, 560), (850, 560)])
edge('flow_toProgrammeCompleted', [(950, 560), (995, 560)])
edge('flow_programmeCompleted', [(1045, 560), (1112, 560)], (1060, 540, 20, 14))
edge('flow_programmeAborted', [(1020, 585), (1020, 650), (1112, 650)], (1028, 610, 50, 14))
edge('flow_toSupportAborted', [(960, 738), (960, 882)])
edge('flow_toConsentWithdrawn', [(1080, 738), (1080, 882)])
edge('flow_toSupportCompleted', [(1190, 560), (1242, 560)])
edge('flow_toAnnualReviewTask', [(1218, 910), (1250, 910)])
edge('flow_toAnnualReviewDone', [(1350, 910), (1392, 910)])

def fmt(v):
    return str(int(v)) if v == int(v) else str(v)

di = []
for id, x, y, w, h, label, extra in shapes:
    di.append(f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{extra}>\n'
              f'        <dc:Bounds x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" />')
    if label:
        lx, ly, lw, lh = label
        di.append(f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{lx}" y="{ly}" width="{lw}" height="{lh}" />\n'
                  f'        </bpmndi:BPMNLabel>')
    di.append('      </bpmndi:BPMNShape>')
for id, points, label in edges:
    di.append(f'      <bpmndi:BPMNEdge id="{id}_di" bpmnElement="{id}">')
    for x, y in points:
        di.append(f'        <di:waypoint x="{x}" y="{y}" />')
    if label:
        lx, ly, lw, lh = label
        di.append(f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{lx}" y="{ly}" width="{lw}" height="{lh}" />\n'
                  f'        </bpmndi:BPMNLabel>')
    di.append('      </bpmndi:BPMNEdge>')

TEMPLATE = (HERE / 'handbook_fixture.bpmn.in').read_text(encoding='utf-8')
XML = TEMPLATE.replace('@DI@', '\n'.join(di)).replace('@EXPORTER@', EXPORTER)


def write(out):
    """Writes the fixture under the folder out (the repository root, or an empty folder to compare with)."""
    target = out / OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(XML, encoding='utf-8')
    return [OUT]
