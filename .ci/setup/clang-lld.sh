#!/usr/bin/env bash
# Debian's clang and lld: Native AOT links with them (tests/FactsGen.PackageTests/AotPublishTests.cs
# publishes a consumer with PublishAot=true). Installed only when missing.
set -euo pipefail
if ! command -v clang >/dev/null || ! command -v ld.lld >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Another install may hold dpkg's lock for a while; wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq clang lld >/dev/null
fi
clang --version | head -n 1
