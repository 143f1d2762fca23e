#!/usr/bin/env node
// Render BPMN 2.0 files with bpmn-js in headless (system) Chromium and check
// the rendered picture for layout faults (overlaps, overflowing text, flows
// drawn through shapes, shapes sticking out of their pool/lane/subprocess).
//
// Usage: node tools/bpmn-render/render.mjs <outDir> <file.bpmn|dir> [...]
//        node tools/bpmn-render/render.mjs --export-svg <outDir> <file.bpmn|dir> [...]
// Exit:  0 = all files clean, 1 = at least one problem, 2 = usage/setup error.
//
// --export-svg writes, instead of PNGs and checks, one SVG per file as bpmn-js draws it, for the auditor's
// handbook: <outDir>/<processKey>.svg, its steps linked to the handbook's sections (#step-<id>), and the SHA-256 of
// the BPMN file it was drawn from in data-bpmn-sha256 (HandbookDiagramsTest compares it with the file).

import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { readFile, readdir, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const VIEWER_JS = path.join(HERE, 'node_modules/bpmn-js/dist/bpmn-viewer.production.min.js');
const CSS = ['diagram-js.css', 'bpmn-js.css'].map(f => path.join(HERE, 'node_modules/bpmn-js/dist/assets', f));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const BPMN_JS_VERSION = JSON.parse(await readFile(path.join(HERE, 'node_modules/bpmn-js/package.json'), 'utf8')).version;
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'
];

// Viewport: diagram at scale 1.0 plus padding, within these limits (px).
const PAD = 30, MIN_W = 1200, MIN_H = 600, MAX_W = 5000, MAX_H = 5000;

const PAGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; padding: 0; width: 100%; height: 100%; overflow: hidden; background: #fff; }
  #canvas { width: 100%; height: 100%; }
</style></head><body><div id="canvas"></div></body></html>`;

// ---------------------------------------------------------------------------
// Command line

async function collectFiles(args) {
  const files = [];
  async function walk(p) {
    const st = await stat(p);
    if (st.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) {
        if (e === 'node_modules' || e.startsWith('.')) continue;
        const child = path.join(p, e);
        const cst = await stat(child);
        if (cst.isDirectory() || e.toLowerCase().endsWith('.bpmn')) await walk(child);
      }
    } else {
      files.push(p);
    }
  }
  for (const a of args) await walk(a);
  return files;
}

// ---------------------------------------------------------------------------
// Code run inside the page (serialised by playwright, so it must be
// self-contained). Imports one diagram and returns what Node needs.

async function pageImport({ xml, diagramId }) {
  const viewer = window.__viewer || (window.__viewer = new window.BpmnJS({ container: '#canvas' }));
  try {
    const result = diagramId ? await viewer.open(diagramId) : await viewer.importXML(xml);
    const warnings = (result.warnings || []).map(w => w.message);
    const defs = viewer.getDefinitions();
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');

    // Every flow element / participant the model defines, to spot ones without DI.
    const modelled = [];
    const walk = (container) => {
      for (const fe of container.flowElements || []) {
        if (fe.$instanceOf('bpmn:FlowNode') || fe.$instanceOf('bpmn:SequenceFlow')) modelled.push(fe.id);
        if (fe.flowElements) walk(fe);
      }
    };
    for (const re of defs.rootElements || []) {
      if (re.$instanceOf('bpmn:Process')) walk(re);
      if (re.$instanceOf('bpmn:Collaboration')) (re.participants || []).forEach(p => modelled.push(p.id));
    }
    return {
      warnings,
      diagrams: (defs.diagrams || []).map(d => d.id),
      roots: canvas.getRootElements().map(r => r.id),
      drawn: registry.getAll().map(e => e.id),
      modelled
    };
  } catch (err) {
    return { error: err.message, warnings: (err.warnings || []).map(w => w.message) };
  }
}

// Activate one root plane and return its content bounding box (diagram units).
function pageShowRoot(rootId) {
  const viewer = window.__viewer;
  const canvas = viewer.get('canvas');
  canvas.setRootElement(viewer.get('elementRegistry').get(rootId));
  canvas.resized();
  canvas.zoom(1);
  const { inner } = canvas.viewbox();
  return { x: inner.x, y: inner.y, width: inner.width, height: inner.height };
}

// Fit the active plane into the (already resized) viewport, then run the
// layout checks on the rendered SVG. Returns { scale, problems }.
function pageFitAndCheck({ pad }) {
  const viewer = window.__viewer;
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');

  // --- fit: fit-viewport, then shrink a little if needed to keep a margin ---
  canvas.resized();
  canvas.zoom('fit-viewport', 'auto');
  const vb = canvas.viewbox();
  if (vb.scale < 1) {
    const k = Math.min((vb.outer.width - 2 * pad) / vb.outer.width, (vb.outer.height - 2 * pad) / vb.outer.height);
    canvas.zoom(vb.scale * k); // zooms around the viewport centre
  }
  const scale = canvas.viewbox().scale;

  // --- helpers ---
  const root = canvas.getRootElement();
  const TOL = 1;        // px of overlap tolerated (anti-aliasing, font ascent)
  const SHRINK = 2;     // flows may touch a shape's outline, not its interior
  const is = (el, type) => !!(el.businessObject && el.businessObject.$instanceOf && el.businessObject.$instanceOf(type));
  const isLabel = el => el.type === 'label';
  const isConn = el => !!el.waypoints;
  const isExpandedSub = el => is(el, 'bpmn:SubProcess') && !!(el.di && (el.di.isExpanded || el.di.$instanceOf('bpmndi:BPMNPlane')));
  const isContainer = el => is(el, 'bpmn:Participant') || is(el, 'bpmn:Lane') || isExpandedSub(el);
  const isNode = el => !isLabel(el) && !isConn(el) && el !== root && el.parent &&
    (is(el, 'bpmn:FlowNode') || is(el, 'bpmn:DataObjectReference') || is(el, 'bpmn:DataStoreReference') ||
     is(el, 'bpmn:TextAnnotation'));
  const inPlane = el => el !== root && canvas.findRoot(el) === root;
  const rect = el => ({ x: el.x, y: el.y, width: el.width, height: el.height });
  const overlap = (a, b) =>
    Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > TOL &&
    Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > TOL;
  const inside = (a, b) => a.x >= b.x - TOL && a.y >= b.y - TOL &&
    a.x + a.width <= b.x + b.width + TOL && a.y + a.height <= b.y + b.height + TOL;
  const isAncestor = (anc, el) => { for (let p = el.parent; p; p = p.parent) if (p === anc) return true; return false; };
  const attached = (a, b) => a.host === b || b.host === a;

  // Real bounding box of an SVG element, in diagram coordinates.
  const viewport = canvas._viewport || document.querySelector('#canvas svg .viewport');
  const toDiagram = viewport.getCTM().inverse();
  function svgBox(node) {
    const bb = node.getBBox();
    const m = toDiagram.multiply(node.getCTM());
    const pts = [[bb.x, bb.y], [bb.x + bb.width, bb.y], [bb.x, bb.y + bb.height], [bb.x + bb.width, bb.y + bb.height]]
      .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m));
    const xs = pts.map(p => p.x), ys = pts.map(p => p.y);
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  }
  function textBox(el) {
    const gfx = registry.getGraphics(el);
    const text = gfx && gfx.querySelector('.djs-visual text');
    if (!text || !text.textContent.trim()) return null;
    const b = svgBox(text);
    return b.width > 0 && b.height > 0 ? b : null;
  }
  const name = el => (el.businessObject && el.businessObject.name || '').replace(/\s+/g, ' ').trim();
  const fmt = b => `${Math.round(b.x)},${Math.round(b.y)} ${Math.round(b.width)}x${Math.round(b.height)}`;

  // Does segment p->q cross the interior of an axis-aligned box?
  function segmentHitsRect(p, q, b) {
    const poly = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]];
    return clipConvex(p, q, poly);
  }

  // Segment p->q against a shape's interior (rect, diamond for gateways,
  // circle for events), shrunk by SHRINK so touching the outline is fine.
  function segmentHits(p, q, el) {
    const cx = el.x + el.width / 2, cy = el.y + el.height / 2;
    const hw = el.width / 2 - SHRINK, hh = el.height / 2 - SHRINK;
    if (hw <= 0 || hh <= 0) return false;
    if (is(el, 'bpmn:Event')) { // distance from centre to segment < radius
      const r = Math.min(hw, hh), dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
      const t = len2 ? Math.max(0, Math.min(1, ((cx - p.x) * dx + (cy - p.y) * dy) / len2)) : 0;
      return Math.hypot(p.x + t * dx - cx, p.y + t * dy - cy) < r;
    }
    const poly = is(el, 'bpmn:Gateway')
      ? [[cx, cy - hh], [cx + hw, cy], [cx, cy + hh], [cx - hw, cy]]
      : [[cx - hw, cy - hh], [cx + hw, cy - hh], [cx + hw, cy + hh], [cx - hw, cy + hh]];
    return clipConvex(p, q, poly);
  }

  // Cyrus-Beck: does segment p->q pass through the convex polygon, given
  // clockwise in screen coordinates (y down)?
  function clipConvex(p, q, poly) {
    let t0 = 0, t1 = 1;
    const d = { x: q.x - p.x, y: q.y - p.y };
    for (let i = 0; i < poly.length; i++) {
      const [ax, ay] = poly[i], [bx, by] = poly[(i + 1) % poly.length];
      const nx = by - ay, ny = -(bx - ax);             // outward normal
      const num = nx * (ax - p.x) + ny * (ay - p.y);   // >= 0 means p on inner side
      const den = nx * d.x + ny * d.y;
      if (Math.abs(den) < 1e-9) { if (num < 0) return false; continue; }
      const t = num / den;
      if (den < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
    return t1 - t0 > 1e-6;
  }

  // --- collect the elements of the active plane ---
  const all = registry.filter(inPlane);
  const nodes = all.filter(isNode);
  const solid = nodes.filter(el => !isContainer(el));          // things that must not be covered
  const labels = all.filter(el => isLabel(el) && el.labelTarget).map(el => ({ el, owner: el.labelTarget, box: textBox(el) }))
    .filter(l => l.box);
  const problems = [];
  const add = (kind, ids, message, detail) => problems.push(detail ? { kind, ids, message, detail } : { kind, ids, message });

  // 1. overlapping shapes (flow nodes, data objects, annotations; pools among themselves)
  const overlapCandidates = nodes.concat(all.filter(el => is(el, 'bpmn:Participant') && !isLabel(el)));
  for (let i = 0; i < overlapCandidates.length; i++) {
    for (let j = i + 1; j < overlapCandidates.length; j++) {
      const a = overlapCandidates[i], b = overlapCandidates[j];
      if (is(a, 'bpmn:Participant') !== is(b, 'bpmn:Participant')) continue;
      if (isAncestor(a, b) || isAncestor(b, a) || attached(a, b)) continue;
      if (overlap(rect(a), rect(b))) add('shape-overlap', [a.id, b.id], 'shapes overlap');
    }
  }

  // 2. external labels over shapes or over other labels
  for (const l of labels) {
    for (const s of solid) {
      if (overlap(l.box, rect(s))) {
        add('label-overlap', [l.owner.id, s.id], 'label overlaps shape', `label "${name(l.owner)}" at ${fmt(l.box)}`);
      }
    }
  }
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (overlap(labels[i].box, labels[j].box)) {
        add('label-overlap', [labels[i].owner.id, labels[j].owner.id], 'labels overlap',
          `"${name(labels[i].owner)}" at ${fmt(labels[i].box)}, "${name(labels[j].owner)}" at ${fmt(labels[j].box)}`);
      }
    }
  }

  // 2b. external labels struck through by a line (any flow other than the label's own)
  const shrink = (b, d) => ({ x: b.x + d, y: b.y + d, width: b.width - 2 * d, height: b.height - 2 * d });
  for (const l of labels) {
    const box = shrink(l.box, TOL);
    if (box.width <= 0 || box.height <= 0) continue;
    for (const c of all.filter(el => isConn(el) && el !== l.owner)) {
      const wps = c.waypoints || [];
      for (let k = 0; k + 1 < wps.length; k++) {
        if (segmentHitsRect(wps[k], wps[k + 1], box)) {
          add('label-crossed', [l.owner.id, c.id], 'label is crossed by a flow line', `label "${name(l.owner)}" at ${fmt(l.box)}`);
          break;
        }
      }
    }
  }

  // 3. shapes sticking out of their participant / lane / expanded subprocess
  for (const el of all) {
    if (isLabel(el) || isConn(el) || !el.parent || el.parent === root) continue;
    const parent = el.parent;
    if (isContainer(parent) && !inside(rect(el), rect(parent))) {
      add('outside-container', [el.id, parent.id], 'shape sticks out of its container', `${fmt(el)} vs ${fmt(parent)}`);
    }
  }
  for (const lane of all.filter(el => is(el, 'bpmn:Lane') && !isLabel(el))) {
    for (const ref of lane.businessObject.flowNodeRef || []) {
      const el = registry.get(ref.id);
      if (el && inPlane(el) && !inside(rect(el), rect(lane))) {
        add('outside-container', [el.id, lane.id], 'shape sticks out of its lane', `${fmt(el)} vs ${fmt(lane)}`);
      }
    }
  }

  // 4. sequence / message flows drawn through a shape that is not their source or target
  for (const c of all.filter(el => isConn(el) && (is(el, 'bpmn:SequenceFlow') || is(el, 'bpmn:MessageFlow')))) {
    const wps = c.waypoints || [];
    for (const s of solid) {
      if (s === c.source || s === c.target) continue;
      for (let k = 0; k + 1 < wps.length; k++) {
        if (segmentHits(wps[k], wps[k + 1], s)) {
          add('flow-through-shape', [c.id, s.id], 'flow passes through a shape that is not its source or target', `segment ${k + 1}`);
          break;
        }
      }
    }
  }

  // 5. task / call activity / collapsed subprocess text overflowing its box
  for (const el of nodes.filter(el => is(el, 'bpmn:Activity') && !isExpandedSub(el))) {
    const b = textBox(el);
    if (b && !inside(b, rect(el))) {
      add('label-overflow', [el.id], 'text overflows its shape', `"${name(el)}": text ${fmt(b)} vs shape ${fmt(el)}`);
    }
  }

  // 6. external labels cut by the border of a pool, lane, expanded subprocess or group (the label's own excepted):
  //    a label is either inside the container or outside it, never across its border
  const borders = all.filter(el => !isLabel(el) && !isConn(el) && (isContainer(el) || is(el, 'bpmn:Group')));
  for (const l of labels) {
    const box = shrink(l.box, TOL);
    if (box.width <= 0 || box.height <= 0) continue;
    for (const c of borders) {
      if (c === l.owner) continue;
      if (overlap(box, rect(c)) && !inside(box, rect(c))) {
        add('label-cut-by-container', [l.owner.id, c.id], 'label is cut by the border of a container or group',
          `label "${name(l.owner)}" at ${fmt(l.box)} vs ${fmt(c)}`);
      }
    }
  }

  // 7. a task's type icon or marker (user, service, rule, multi-instance ...) drawn over a line of its text
  for (const el of nodes.filter(el => is(el, 'bpmn:Activity') && !isExpandedSub(el))) {
    const gfx = registry.getGraphics(el);
    const visual = gfx && gfx.querySelector('.djs-visual');
    const text = visual && visual.querySelector('text');
    if (!text) continue;
    const lines = [...text.querySelectorAll('tspan')].filter(t => t.textContent.trim()).map(t => ({ t, box: svgBox(t) }));
    const icons = [...visual.querySelectorAll('path, circle, ellipse, polyline, polygon, line')]
      .filter(n => !text.contains(n)).map(svgBox).filter(b => b.width > 0 && b.height > 0);
    let hit = null;
    for (const line of lines) {
      const box = shrink(line.box, TOL);
      const icon = icons.find(b => overlap(box, b));
      if (icon) { hit = { line, icon }; break; }
    }
    if (hit) {
      add('icon-over-text', [el.id], 'a task icon or marker is drawn over its text',
        `"${hit.line.t.textContent.trim()}" at ${fmt(hit.line.box)} vs icon at ${fmt(hit.icon)}`);
    }
  }

  return { scale, problems };
}

// ---------------------------------------------------------------------------
// Render + check one file. Returns its report entry.

async function renderFile(context, file, outDir, usedNames) {
  const started = Date.now();
  const entry = { file, images: [], problems: [] };
  const add = (kind, ids, message, detail) =>
    entry.problems.push(detail ? { kind, ids, message, detail: String(detail).replace(/\s+/g, ' ').trim() } : { kind, ids, message });

  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', err => pageErrors.push(err.message));
  try {
    await page.setViewportSize({ width: MIN_W, height: MIN_H });
    await page.setContent(PAGE_HTML);
    for (const css of CSS) await page.addStyleTag({ path: css });
    await page.addScriptTag({ path: VIEWER_JS });

    const xml = await readFile(file, 'utf8');
    let base = path.basename(file).replace(/\.bpmn(20)?(\.xml)?$/i, '');
    for (let n = 2; usedNames.has(base); n++) base = `${path.basename(file).replace(/\.bpmn$/i, '')}-${n}`;
    usedNames.add(base);

    // Import the first diagram, then every other BPMNDiagram in the file.
    const first = await page.evaluate(pageImport, { xml });
    if (first.error) {
      add('import-error', [], 'import failed', first.error);
      first.warnings.forEach(w => add('import-warning', [], 'import warning', w));
      return entry;
    }
    const drawn = new Set(), doneRoots = new Set();
    const queue = [null, ...first.diagrams.slice(1)];
    for (const diagramId of queue) {
      const imp = diagramId ? await page.evaluate(pageImport, { diagramId }) : first;
      if (imp.error) { add('import-error', [diagramId], 'opening diagram failed', imp.error); continue; }
      imp.warnings.forEach(w => add('import-warning', [], 'import warning', w));
      imp.drawn.forEach(id => drawn.add(id));

      // One PNG per root plane (main process/collaboration, drilled-down subprocesses).
      for (const rootId of imp.roots) {
        if (doneRoots.has(rootId)) continue;
        doneRoots.add(rootId);
        const inner = await page.evaluate(pageShowRoot, rootId);
        if (!inner.width || !inner.height) continue; // empty plane
        const width = Math.min(MAX_W, Math.max(MIN_W, Math.ceil(inner.width + 2 * PAD)));
        const height = Math.min(MAX_H, Math.max(MIN_H, Math.ceil(inner.height + 2 * PAD)));
        await page.setViewportSize({ width, height });
        const { scale, problems } = await page.evaluate(pageFitAndCheck, { pad: PAD });
        const png = path.join(outDir, doneRoots.size === 1 ? `${base}.png` : `${base}.${rootId}.png`);
        await page.screenshot({ path: png });
        entry.images.push({ png, root: rootId, width, height, scale });
        for (const p of problems) {
          entry.problems.push(doneRoots.size === 1 ? p : { ...p, message: `${p.message} [plane ${rootId}]` });
        }
      }
    }
    const missing = first.modelled.filter(id => !drawn.has(id));
    if (missing.length) add('missing-di', missing, 'elements not drawn (no BPMNShape/BPMNEdge)');
    pageErrors.forEach(e => add('page-error', [], 'page error', e));
  } catch (err) {
    add('render-error', [], 'render failed', err.message.split('\n')[0]);
  } finally {
    await page.close();
    entry.ms = Date.now() - started;
  }
  return entry;
}

// ---------------------------------------------------------------------------
// Export (--export-svg): the main plane as bpmn-js draws it, as a standalone SVG.

// In the page: the first diagram's main plane as SVG, with what only an interactive viewer needs taken out (hit
// areas, outlines), marker ids made stable (bpmn-js numbers them at random), and every flow node wrapped in a link
// to its section in the handbook. Returns { key, name, svg }.
async function pageExportSvg() {
  const viewer = window.__viewer;
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const root = canvas.getRootElements()[0];
  canvas.setRootElement(root);
  const bo = root.businessObject;
  // the process the plane shows: the plane's own, or the first pool's that has steps
  const process = bo.$instanceOf('bpmn:Collaboration')
    ? (bo.participants || []).map(p => p.processRef).find(p => p && (p.flowElements || []).length) : bo;
  const nodes = new Set(registry.filter(el => !el.waypoints && el.type !== 'label' && el.businessObject &&
    el.businessObject.$instanceOf('bpmn:FlowNode')).map(el => el.id));

  const { svg } = await viewer.saveSVG();
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const out = doc.documentElement;
  out.querySelectorAll('.djs-hit, .djs-outline').forEach(n => n.remove());
  for (const g of out.querySelectorAll('g.djs-element[data-element-id]')) {
    const id = g.getAttribute('data-element-id');
    if (!nodes.has(id)) continue;
    const a = doc.createElementNS(SVG_NS, 'a');
    a.setAttribute('href', `#step-${id}`);
    g.replaceWith(a);
    a.appendChild(g);
  }
  const name = (process && process.name) || (process && process.id) || bo.id;
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = name;
  out.insertBefore(title, out.firstChild);
  out.setAttribute('role', 'img');
  out.setAttribute('aria-label', name);
  let text = new XMLSerializer().serializeToString(out);
  [...text.matchAll(/<marker id="([^"]+)"/g)].forEach((m, i) => { text = text.split(m[1]).join(`arrow-${i + 1}`); });
  return { key: process ? process.id : bo.id, name, svg: text };
}

async function exportFile(context, file, outDir) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: MIN_W, height: MIN_H });
    await page.setContent(PAGE_HTML);
    for (const css of CSS) await page.addStyleTag({ path: css });
    await page.addScriptTag({ path: VIEWER_JS });
    const bytes = await readFile(file);
    const imp = await page.evaluate(pageImport, { xml: bytes.toString('utf8') });
    if (imp.error) throw new Error(`import failed: ${imp.error}`);
    const { key, svg } = await page.evaluate(pageExportSvg);
    const source = path.relative(process.cwd(), file).split(path.sep).join('/');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const header = '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<!-- ${source} as bpmn-js ${BPMN_JS_VERSION} draws it, exported for the auditor's handbook by ` +
      'tools/bpmn-render/export-handbook-diagrams.sh. Do not edit: change the model, then export again. -->\n';
    const tagged = svg.replace(/^<svg /, `<svg class="diagram" data-bpmn-source="${source}" data-bpmn-sha256="${sha}" `);
    const target = path.join(outDir, `${key}.svg`);
    await writeFile(target, header + tagged + '\n');
    return target;
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const exportSvg = args[0] === '--export-svg';
  const [outDir, ...inputs] = exportSvg ? args.slice(1) : args;
  if (!outDir || !inputs.length) {
    console.error('usage: node tools/bpmn-render/render.mjs [--export-svg] <outDir> <file.bpmn|dir> [more ...]');
    return 2;
  }
  let files;
  try {
    files = await collectFiles(inputs);
  } catch (err) {
    console.error(`error: ${err.message}`);
    return 2;
  }
  if (!files.length) {
    console.error('error: no .bpmn files found');
    return 2;
  }
  await mkdir(outDir, { recursive: true });

  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bpmn-render-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: MIN_W, height: MIN_H },
      deviceScaleFactor: 1,
      offline: true
    });
  } catch (err) {
    console.error(`error: cannot start Chromium at ${CHROMIUM}: ${err.message.split('\n')[0]}`);
    await rm(userDataDir, { recursive: true, force: true });
    return 2;
  }
  // Belt and braces: the page must never touch the network.
  await context.route('**/*', route => route.abort());

  if (exportSvg) {
    try {
      for (const file of files) console.log(`${file}: ${await exportFile(context, file, outDir)}`);
    } catch (err) {
      console.error(`error: ${err.message.split('\n')[0]}`);
      return 1;
    } finally {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
    console.log(`bpmn-render: ${files.length} diagram(s) exported to ${outDir}`);
    return 0;
  }

  const report = { ok: true, files: [] };
  const usedNames = new Set();
  try {
    for (const file of files) {
      const entry = await renderFile(context, file, outDir, usedNames);
      report.files.push(entry);
      if (entry.problems.length) report.ok = false;
      const imgs = entry.images.map(i => i.png).join(', ') || 'no image';
      console.log(`${file}: ${entry.problems.length ? `${entry.problems.length} problem(s)` : 'OK'} (${imgs}, ${entry.ms} ms)`);
      for (const p of entry.problems) {
        console.log(`${file}: ${p.message}${p.ids.length ? `: ${p.ids.join(', ')}` : ''}${p.detail ? ` (${p.detail})` : ''}`);
      }
    }
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  await writeFile(path.join(outDir, 'render-report.json'), JSON.stringify(report, null, 2) + '\n');
  const bad = report.files.filter(f => f.problems.length).length;
  console.log(`bpmn-render: ${files.length} file(s) checked, ${files.length - bad} clean, ${bad} with problems`);
  return report.ok ? 0 : 1;
}

process.exitCode = await main();
