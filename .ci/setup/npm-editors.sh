#!/usr/bin/env bash
# The editors' real clients from npm, for tests/FactsGen.Editors.Tests: yaml-language-server in
# editors/test-clients, and the VS Code extension in editors/vscode, compiled and packaged to
# editors/vscode/factsgen.vsix. Both install exactly what their package-lock.json says (npm ci).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq nodejs npm
fi

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
(cd editors/test-clients && npm ci --no-progress)
if [ -f editors/vscode/package-lock.json ]; then
  (cd editors/vscode && npm ci --no-progress && npm run compile && npm run package)
fi
