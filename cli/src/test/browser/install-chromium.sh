#!/usr/bin/env bash
# Installs the headless browser the preview's browser test drives (Debian's chromium package).
# Idempotent: does nothing when /usr/bin/chromium is already there. CI runs this before
# `mvn -B verify`; with CI=true the browser test fails instead of skipping when chromium is missing.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium is installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium.sh: apt-get not found; install Chromium at /usr/bin/chromium (or set CHROMIUM)" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "install-chromium.sh: run as root or install sudo" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q chromium
/usr/bin/chromium --version
