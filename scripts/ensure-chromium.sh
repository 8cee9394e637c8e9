#!/usr/bin/env bash
# Install Debian's Chromium and its WebDriver when they are missing, for the
# end-to-end test of the Neo4j Browser guide (tests/test_browser_e2e.py).
# Why Debian's packages: the machines reach Debian's archive but no browser
# download site, and Selenium then needs nothing fetched at run time.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; then
  exit 0
fi

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "ensure-chromium: need root (or sudo) to apt-get install chromium" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
"$CHROMIUM" --version
"$CHROMEDRIVER" --version
