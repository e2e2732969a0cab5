#!/usr/bin/env bash
# Installs everything zi-check needs on a Debian machine (run as root for the system packages):
# Tesseract with Indonesian and English data (OCR of scans), fonts for the test fixtures, Chromium
# for the HTML report's browser tests, and a virtual environment in .venv with zi-check and its
# test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium (+ its driver): the HTML report's tests open it in a real headless browser
packages=(tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng fonts-dejavu-core chromium chromium-driver)
python3 -c "import ensurepip, venv" 2>/dev/null || packages+=(python3-venv)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (apt-get, as root); continuing without them" >&2
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "setup: ready (.venv/bin/zi-check)" >&2
