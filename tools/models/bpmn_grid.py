"""Tiny grid layout helper that writes the referral BPMN models with complete DI (shapes, edges, labels).

Used by referral.py; run `python3 tools/models/generate.py` after changing a model, then check it with
ModelConventionsTest, LanesTest and tools/bpmn-render.

Every model is drawn as one pool (a collaboration with one participant for the process) cut into lanes, one per
organisation (`Model.lane`): a lane is a band of grid rows, every flow node names its lane (a boundary event lies in
its host's), and the pool is as wide as what is drawn in it.
"""
from xml.sax.saxutils import escape

from exporter import EXPORTER

COL, ROW, X0, Y0 = 170, 140, 180, 120
POOL_HEADER, LANE_MARGIN = 30, 30  # the pool's name band on the left; free space between the drawing and a border
SIZES = {'start': (36, 36), 'end': (36, 36), 'boundary': (36, 36), 'throw': (36, 36), 'xor': (50, 50),
         'userTask': (100, 80), 'serviceTask': (100, 80), 'businessRuleTask': (100, 80), 'callActivity': (100, 80)}


def X(c):
    return X0 + c * COL


def Y(r):
    return Y0 + r * ROW


def a(s):
    return escape(s, {'"': '&quot;'})


class Node:
    def __init__(self, id, kind, name, cx, cy, doc=None, attrs=None, inner='', label=None, parent=None,
                 attached=None, size=None, lane=None):
        self.id, self.kind, self.name, self.cx, self.cy, self.lane = id, kind, name, cx, cy, lane
        self.doc, self.attrs, self.inner, self.label, self.parent, self.attached = doc, attrs or {}, inner, label, parent, attached
        self.w, self.h = size or SIZES[kind]

    @property
    def x(self):
        return self.cx - self.w / 2

    @property
    def y(self):
        return self.cy - self.h / 2

    def port(self, p):
        return {'r': (self.cx + self.w / 2, self.cy), 'l': (self.cx - self.w / 2, self.cy),
                't': (self.cx, self.cy - self.h / 2), 'b': (self.cx, self.cy + self.h / 2)}[p]


class Flow:
    def __init__(self, id, src, tgt, name=None, cond=None, sp='r', tp='l', via=None, label=None, parent=None):
        self.id, self.src, self.tgt, self.name, self.cond = id, src, tgt, name, cond
        self.sp, self.tp, self.via, self.label, self.parent = sp, tp, via or [], label, parent


class Model:
    def __init__(self, pid, name, doc, attrs, ext='', roots=''):
        self.pid, self.name, self.doc, self.attrs, self.ext, self.roots = pid, name, doc, attrs, ext, roots
        self.nodes, self.flows, self.defaults, self.subs = {}, [], {}, {}
        self.lanes = []

    def lane(self, id, name, top, bottom):
        """A lane of the pool (id lane_<organisation>, a Swedish name) over the grid rows top..bottom (inclusive);
        lanes are listed from the top down and follow each other without a gap."""
        self.lanes.append((id, name, top, bottom))

    def node(self, id, kind, name, cx, cy, **kw):
        n = Node(id, kind, name, cx, cy, **kw)
        self.nodes[id] = n
        return n

    def lane_of(self, n):
        """The lane a top-level node lies in: its own, its host's (boundary events), or the only lane."""
        if n.attached:
            return self.lane_of(self.nodes[n.attached])
        if n.lane:
            return n.lane
        if len(self.lanes) == 1:
            return self.lanes[0][0]
        raise ValueError(f'{self.pid}: {n.id} names no lane')

    def sub(self, id, name, x, y, w, h, doc, attrs=None, parent=None):
        n = Node(id, 'subProcess', name, x + w / 2, y + h / 2, doc=doc, attrs=attrs, size=(w, h), parent=parent)
        self.nodes[id] = n
        return n

    def flow(self, id, src, tgt, name=None, cond=None, default=False, **kw):
        f = Flow(id, src, tgt, name, cond, **kw)
        if f.parent is None:
            f.parent = self.nodes[src].parent
        self.flows.append(f)
        if default:
            self.defaults[src] = id
        return f

    def points(self, f):
        s, t = self.nodes[f.src], self.nodes[f.tgt]
        p1, p2 = s.port(f.sp), t.port(f.tp)
        pts = [p1] + list(f.via)
        last = pts[-1]
        if not f.via:
            horizontal_s = f.sp in 'rl'
            horizontal_t = f.tp in 'rl'
            if p1[0] == p2[0] or p1[1] == p2[1]:
                pass
            elif horizontal_s and horizontal_t:
                mx = (p1[0] + p2[0]) / 2
                pts += [(mx, p1[1]), (mx, p2[1])]
            elif horizontal_s and not horizontal_t:
                pts += [(p2[0], p1[1])]
            elif not horizontal_s and horizontal_t:
                pts += [(p1[0], p2[1])]
            else:
                my = (p1[1] + p2[1]) / 2
                pts += [(p1[0], my), (p2[0], my)]
        pts.append(p2)
        return pts

    def label_bounds(self, f, pts):
        if f.label:
            return f.label
        w = max(30, len(f.name) * 6.2)
        (x1, y1), (x2, y2) = pts[0], pts[1]
        if y1 == y2:  # horizontal first segment: above it, just after the source
            return (min(x1, x2) + 6, y1 - 20, w, 14)
        return (x1 + 6, (y1 + y2) / 2 - 7 if abs(y2 - y1) < 60 else (y1 + (12 if y2 > y1 else -26)), w, 14)

    def node_xml(self, n, indent):
        i = ' ' * indent
        tag = {'start': 'startEvent', 'end': 'endEvent', 'boundary': 'boundaryEvent', 'throw': 'intermediateThrowEvent',
               'xor': 'exclusiveGateway',
               'userTask': 'userTask', 'serviceTask': 'serviceTask', 'businessRuleTask': 'businessRuleTask',
               'callActivity': 'callActivity', 'subProcess': 'subProcess'}[n.kind]
        attrs = dict(n.attrs)
        if n.kind == 'xor' and n.id in self.defaults:
            attrs['default'] = self.defaults[n.id]
        if n.attached:
            attrs['attachedToRef'] = n.attached
        attr = ''.join(f' {k}="{a(str(v))}"' for k, v in attrs.items())
        name = f' name="{a(n.name)}"' if n.name else ''
        out = [f'{i}<bpmn:{tag} id="{n.id}"{name}{attr}>']
        if n.doc:
            out.append(f'{i}  <bpmn:documentation>{escape(n.doc)}</bpmn:documentation>')
        event = n.kind in ('start', 'end', 'boundary', 'throw')
        if n.inner and not event:  # extension elements come before the flows ...
            out.append('\n'.join(i + '  ' + line for line in n.inner.strip('\n').split('\n')))
        for f in self.flows:
            if f.tgt == n.id:
                out.append(f'{i}  <bpmn:incoming>{f.id}</bpmn:incoming>')
        for f in self.flows:
            if f.src == n.id:
                out.append(f'{i}  <bpmn:outgoing>{f.id}</bpmn:outgoing>')
        if n.inner and event:  # ... event definitions after them
            out.append('\n'.join(i + '  ' + line for line in n.inner.strip('\n').split('\n')))
        if n.kind == 'subProcess':
            out.append(self.children_xml(n.id, indent + 2))
        out.append(f'{i}</bpmn:{tag}>')
        return '\n'.join(out)

    def children_xml(self, parent, indent):
        i = ' ' * indent
        out = [self.node_xml(n, indent) for n in self.nodes.values() if n.parent == parent]
        for f in self.flows:
            if f.parent == parent:
                name = f' name="{a(f.name)}"' if f.name else ''
                if f.cond:
                    out.append(f'{i}<bpmn:sequenceFlow id="{f.id}"{name} sourceRef="{f.src}" targetRef="{f.tgt}">\n'
                               f'{i}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f.cond)}'
                               f'</bpmn:conditionExpression>\n{i}</bpmn:sequenceFlow>')
                else:
                    out.append(f'{i}<bpmn:sequenceFlow id="{f.id}"{name} sourceRef="{f.src}" targetRef="{f.tgt}" />')
        return '\n'.join(out)

    def lanes_xml(self):
        top = [n for n in self.nodes.values() if n.parent is None]
        out = [f'    <bpmn:laneSet id="laneSet_{self.pid}">']
        for lane_id, name, _, _ in self.lanes:
            out.append(f'      <bpmn:lane id="{lane_id}" name="{a(name)}">')
            out += [f'        <bpmn:flowNodeRef>{n.id}</bpmn:flowNodeRef>' for n in top if self.lane_of(n) == lane_id]
            out.append('      </bpmn:lane>')
        out.append('    </bpmn:laneSet>')
        return '\n'.join(out)

    def extent(self):
        """The left and right edge of everything drawn: shapes, their labels, flows and flow labels."""
        xs = []
        for n in self.nodes.values():
            xs += [n.x, n.x + n.w]
            lb = self.node_label(n)
            if lb and n.name:
                xs += [lb[0], lb[0] + lb[2]]
        for f in self.flows:
            pts = self.points(f)
            xs += [p[0] for p in pts]
            if f.name:
                lb = self.label_bounds(f, pts)
                xs += [lb[0], lb[0] + lb[2]]
        return min(xs), max(xs)

    def pool_di(self):
        """The pool and its lanes, drawn around the grid rows of each lane."""
        left, right = self.extent()
        x = left - LANE_MARGIN - POOL_HEADER
        w = right + LANE_MARGIN - x
        top, bottom = Y(self.lanes[0][2]) - ROW / 2, Y(self.lanes[-1][3]) + ROW / 2
        out = [f'      <bpmndi:BPMNShape id="participant_{self.pid}_di" bpmnElement="participant_{self.pid}" '
               'isHorizontal="true">',
               f'        <dc:Bounds x="{x:g}" y="{top:g}" width="{w:g}" height="{bottom - top:g}" />',
               '      </bpmndi:BPMNShape>']
        for lane_id, _, first, last in self.lanes:
            ly, lh = Y(first) - ROW / 2, (last - first + 1) * ROW
            out += [f'      <bpmndi:BPMNShape id="{lane_id}_di" bpmnElement="{lane_id}" isHorizontal="true">',
                    f'        <dc:Bounds x="{x + POOL_HEADER:g}" y="{ly:g}" width="{w - POOL_HEADER:g}" height="{lh:g}" />',
                    '      </bpmndi:BPMNShape>']
        return out

    def node_label(self, n):
        if n.label:
            return n.label
        if n.kind in ('start', 'end', 'boundary', 'throw'):
            return (n.cx - 50, n.cy + 22, 100, 27)
        if n.kind == 'xor':
            return (n.cx - 60, n.cy - 60, 120, 27)
        return None

    def xml(self):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
               'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
               'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
               'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:modeler="http://camunda.org/schema/modeler/1.0" '
               f'id="definitions_{self.pid}" targetNamespace="http://familycentre.se/bpmn" exporter="{EXPORTER}" '
               'exporterVersion="1" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">']
        if self.roots:
            out.append('\n'.join('  ' + line for line in self.roots.strip('\n').split('\n')))
        out.append(f'  <bpmn:collaboration id="collaboration_{self.pid}">')
        out.append(f'    <bpmn:participant id="participant_{self.pid}" name="{a(self.name)}" processRef="{self.pid}" />')
        out.append('  </bpmn:collaboration>')
        attr = ''.join(f' {k}="{a(str(v))}"' for k, v in self.attrs.items())
        out.append(f'  <bpmn:process id="{self.pid}" name="{a(self.name)}" isExecutable="true"{attr}>')
        out.append(f'    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>')
        if self.ext:
            out.append('\n'.join('    ' + line for line in self.ext.strip('\n').split('\n')))
        out.append(self.lanes_xml())
        out.append(self.children_xml(None, 4))
        out.append('  </bpmn:process>')
        out.append(f'  <bpmndi:BPMNDiagram id="diagram_{self.pid}">')
        out.append(f'    <bpmndi:BPMNPlane id="plane_{self.pid}" bpmnElement="collaboration_{self.pid}">')
        out.extend(self.pool_di())
        order = [n for n in self.nodes.values() if n.kind == 'subProcess'] + \
                [n for n in self.nodes.values() if n.kind not in ('subProcess', 'boundary')] + \
                [n for n in self.nodes.values() if n.kind == 'boundary']
        for n in order:
            extra = ' isMarkerVisible="true"' if n.kind == 'xor' else ''
            extra += ' isExpanded="true"' if n.kind == 'subProcess' else ''
            out.append(f'      <bpmndi:BPMNShape id="{n.id}_di" bpmnElement="{n.id}"{extra}>')
            out.append(f'        <dc:Bounds x="{n.x:g}" y="{n.y:g}" width="{n.w}" height="{n.h}" />')
            lb = self.node_label(n)
            if lb and n.name:
                out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{lb[0]:g}" y="{lb[1]:g}" width="{lb[2]:g}" '
                           f'height="{lb[3]:g}" /></bpmndi:BPMNLabel>')
            out.append('      </bpmndi:BPMNShape>')
        for f in self.flows:
            pts = self.points(f)
            out.append(f'      <bpmndi:BPMNEdge id="{f.id}_di" bpmnElement="{f.id}">')
            for (px, py) in pts:
                out.append(f'        <di:waypoint x="{px:g}" y="{py:g}" />')
            if f.name:
                lb = self.label_bounds(f, pts)
                out.append(f'        <bpmndi:BPMNLabel><dc:Bounds x="{lb[0]:g}" y="{lb[1]:g}" width="{lb[2]:g}" '
                           f'height="{lb[3]:g}" /></bpmndi:BPMNLabel>')
            out.append('      </bpmndi:BPMNEdge>')
        out.append('    </bpmndi:BPMNPlane>')
        out.append('  </bpmndi:BPMNDiagram>')
        out.append('</bpmn:definitions>')
        return '\n'.join(out) + '\n'
