#!/usr/bin/env bash
# Debian's Chromium, for the review site's browser tests (tests/FactsGen.Cli.Tests/Report/BrowserTests.cs).
# Nothing to do when it is there; else one apt-get update, then the install.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
/usr/bin/chromium --version
