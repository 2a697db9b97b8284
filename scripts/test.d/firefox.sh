# shellcheck shell=bash
# Sourced by scripts/test before the Maven build: FirefoxSmokeTest opens the web page in Debian's firefox-esr and
# drives it over WebDriver BiDi (Firefox's own protocol; Debian has no geckodriver package, so Selenium cannot).
# Installs firefox-esr when missing (as root, with apt-get) and exports the path the test reads; without it the
# test is skipped.
wattplan_firefox="${WATTPLAN_FIREFOX:-/usr/bin/firefox}"
if [ ! -x "$wattplan_firefox" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing firefox-esr for the web page's Firefox test (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  else
    echo "== firefox is missing ($wattplan_firefox) and this is not root with apt-get: install Debian's" \
      "firefox-esr or set WATTPLAN_FIREFOX; the Firefox test is skipped without it" >&2
  fi
fi
export WATTPLAN_FIREFOX="$wattplan_firefox"
echo "== Firefox for the page test: $("$WATTPLAN_FIREFOX" --version 2>/dev/null || echo "none at $WATTPLAN_FIREFOX")"
unset wattplan_firefox
