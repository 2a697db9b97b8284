#!/usr/bin/env bash
# Sourced by ./wattplan and the bench scripts (after setting WATTPLAN_ROOT to the repository):
# wattplan_build WHAT MAVEN-ARGS... builds quietly. It prints one
# line ("building WHAT, about a minute"), tries Maven offline first (fast when the dependencies are cached), then
# online (a first build downloads them), and shows Maven's output only when the build really fails: the offline
# attempt's "[ERROR] Non-resolvable import POM ... offline mode" is not a failure when the online one succeeds.
wattplan_build() {
  local what="$1" log status=0
  shift
  echo "wattplan: building $what, about a minute" >&2
  log="$(mktemp "${TMPDIR:-/tmp}/wattplan-build.XXXXXX")"
  (cd "$WATTPLAN_ROOT" && mvn -q -B -ntp -o "$@") >"$log" 2>&1 \
    || (cd "$WATTPLAN_ROOT" && mvn -q -B -ntp "$@") >"$log" 2>&1 \
    || status=$?
  if [ "$status" -eq 0 ]; then
    rm -f "$log"
    return 0
  fi
  cat "$log" >&2
  rm -f "$log"
  echo "wattplan: building $what failed (Maven's output above); 'mvn $*' in $WATTPLAN_ROOT repeats it." >&2
  return "$status"
}
