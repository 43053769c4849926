#!/usr/bin/env bash
# The test suite (what CI runs, through .ci/run). The page's browser test drives Debian's chromium
# through Debian's chromedriver; they are installed from Debian packages when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "build/test.sh: installing chromium and chromium-driver (Debian packages) for the browser test" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update
    apt-get install -y --no-install-recommends chromium chromium-driver
  elif command -v sudo >/dev/null; then
    sudo apt-get update
    sudo apt-get install -y --no-install-recommends chromium chromium-driver
  else
    echo "build/test.sh: need root or sudo to install chromium and chromium-driver" >&2
    exit 1
  fi
fi
exec mvn -B verify "$@"
