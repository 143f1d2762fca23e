#!/usr/bin/env bash
# Exports the diagrams the auditor's handbook shows, as bpmn-js draws them: one SVG per BPMN file, named after its
# process, for processes/ (src/main/resources/handbook/diagrams, served by the application) and for the handbook
# tests' fixtures (src/test/resources/handbook/diagrams). Run from anywhere after a model changed, and commit the
# SVGs with the model; HandbookDiagramsTest fails while an SVG was drawn from another version of its BPMN file.
set -euo pipefail
cd "$(dirname "$0")/../.."
export_to() {
  rm -f "$1"/*.svg
  node tools/bpmn-render/render.mjs --export-svg "$1" "$2"
}
export_to src/main/resources/handbook/diagrams processes
export_to src/test/resources/handbook/diagrams src/test/resources/handbook/processes
