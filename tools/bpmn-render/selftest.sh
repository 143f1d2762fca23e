#!/usr/bin/env bash
# Self-test: fixtures/good.bpmn must pass, fixtures/overlapping.bpmn must fail
# with the expected element ids. Usage: tools/bpmn-render/selftest.sh [outDir]
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="${1:-$(mktemp -d -t bpmn-render-selftest.XXXXXX)}"

if [ ! -d "$HERE/node_modules/bpmn-js" ] || [ ! -d "$HERE/node_modules/playwright-core" ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$HERE" --no-audit --no-fund || exit 2
fi

passed=0 failed=0
ok()  { echo "selftest: ok: $*"; passed=$((passed + 1)); }
bad() { echo "selftest: FAIL: $*"; failed=$((failed + 1)); }

# 1. the tidy diagram renders and passes
node "$HERE/render.mjs" "$OUT/good" "$HERE/fixtures/good.bpmn"; rc=$?
if [ $rc -eq 0 ] && [ -s "$OUT/good/good.png" ]; then ok "good.bpmn passes ($OUT/good/good.png)"
else bad "good.bpmn: exit $rc, expected 0 and a PNG"; fi

# 2. the broken diagram fails, naming the right elements
node "$HERE/render.mjs" "$OUT/overlapping" "$HERE/fixtures/overlapping.bpmn"; rc=$?
if [ $rc -ne 1 ] || [ ! -s "$OUT/overlapping/overlapping.png" ]; then
  bad "overlapping.bpmn: exit $rc, expected 1 and a PNG"
elif node -e '
  const r = require(process.argv[1]);
  const ps = r.files[0].problems;
  const has = (kind, ...ids) => ps.some(p => p.kind === kind && ids.every(id => p.ids.includes(id)));
  const want = [
    ["shape-overlap", "Task_Check", "Task_Ship"],
    ["label-overlap", "Flow_Yes", "Task_Check"],
    ["label-overlap", "Flow_Yes", "Task_Ship"]
  ];
  const missing = want.filter(w => !has(...w));
  if (missing.length) { console.error("missing:", JSON.stringify(missing)); process.exit(1); }
' "$OUT/overlapping/render-report.json"; then
  ok "overlapping.bpmn fails with shape-overlap Task_Check/Task_Ship and label-overlap Flow_Yes"
else
  bad "overlapping.bpmn: report lacks the expected problems"
fi

# 3. labels cut by a sub-process or group border, and a task icon over its text, fail with their own kinds
node "$HERE/render.mjs" "$OUT/new-rules" "$HERE/fixtures/label-cut.bpmn" "$HERE/fixtures/icon-over-text.bpmn"; rc=$?
if [ $rc -ne 1 ]; then
  bad "label-cut.bpmn, icon-over-text.bpmn: exit $rc, expected 1"
elif node -e '
  const r = require(process.argv[1]);
  const ps = r.files.flatMap(f => f.problems);
  const has = (kind, ...ids) => ps.some(p => p.kind === kind && ids.every(id => p.ids.includes(id)));
  const want = [
    ["label-cut-by-container", "EndEvent_KeptOffer", "SubProcess_Work"],
    ["label-cut-by-container", "Flow_ToDone", "Group_Phase"],
    ["icon-over-text", "Task_LongName"]
  ];
  const missing = want.filter(w => !has(...w));
  if (missing.length || has("icon-over-text", "Task_ShortName")) { console.error("missing:", JSON.stringify(missing)); process.exit(1); }
' "$OUT/new-rules/render-report.json"; then
  ok "label-cut.bpmn and icon-over-text.bpmn fail with label-cut-by-container and icon-over-text"
else
  bad "label-cut.bpmn / icon-over-text.bpmn: report lacks the expected problems"
fi

echo "selftest: $passed passed, $failed failed"
[ $failed -eq 0 ]
