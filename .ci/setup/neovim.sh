#!/usr/bin/env bash
# Debian's neovim, for the headless test in tests/FactsGen.Editors.Tests; installed only when missing.
set -euo pipefail
if ! command -v nvim >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  # Another install may hold dpkg's lock for a while; wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq neovim
fi
