# shellcheck shell=bash
# Sourced by scripts/test before the Maven build: the HTML report tests open reports in a real headless
# Chromium through ChromeDriver (Debian's chromium and chromium-driver packages). Installs them when missing
# (as root, with apt-get) and exports the paths the tests read. Without them the browser tests fail in CI.
wattplan_chromium="${WATTPLAN_CHROMIUM:-/usr/bin/chromium}"
wattplan_chromedriver="${WATTPLAN_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ ! -x "$wattplan_chromium" ] || [ ! -x "$wattplan_chromedriver" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing chromium and chromium-driver for the HTML report tests (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "== chromium or chromedriver is missing ($wattplan_chromium, $wattplan_chromedriver) and this is not root" \
      "with apt-get: install Debian's chromium and chromium-driver, or set WATTPLAN_CHROMIUM and" \
      "WATTPLAN_CHROMEDRIVER; the HTML report tests fail without them in CI and are skipped elsewhere" >&2
  fi
fi
export WATTPLAN_CHROMIUM="$wattplan_chromium"
export WATTPLAN_CHROMEDRIVER="$wattplan_chromedriver"
# Selenium must never download a driver or a browser: the paths above are given explicitly.
export SE_OFFLINE=true
echo "== browser for the report tests: $("$WATTPLAN_CHROMIUM" --version 2>/dev/null || echo "none at $WATTPLAN_CHROMIUM")"
unset wattplan_chromium wattplan_chromedriver
