#!/usr/bin/env bash
# Usage: apt-install.sh COMMAND PACKAGE...
# Installs Debian packages unless COMMAND is already on the PATH (idempotent), with sudo when
# not root.
set -euo pipefail
command_name="$1"
shift
if command -v "$command_name" >/dev/null 2>&1; then
  echo "$command_name is installed: $(command -v "$command_name")"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-install.sh: apt-get not found; install $* by hand" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "apt-install.sh: run as root or install sudo" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q "$@"
