#!/usr/bin/env bash
# Installs Node.js and npm for the app-card tests (Debian's nodejs and npm), unless npm is there.
# CI runs this before `mvn -B verify`; with CI=true the app-card tests fail instead of skipping
# when npm is missing.
set -euo pipefail
"$(dirname "$0")/../.ci/apt-install.sh" npm nodejs npm
node --version
