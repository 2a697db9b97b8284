#!/usr/bin/env bash
# Writes (with GNU awk, for strftime) the two synthetic traces of examples/trace-replay.yaml (see README.md here): one week from
# 2024-01-01T00:00:00Z of a host fleet's CPU utilisation every 15 minutes, and of a storage cluster's IT power every
# 2 hours. Deterministic (awk's sin, 4 and 3 decimals); rerun to check the committed files: `git diff` stays empty.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
awk 'BEGIN {
  pi = atan2(0, -1); print "timestamp_utc,util"
  for (q = 0; q < 7 * 96; q++) {
    h = q / 4; day = int(h / 24)
    u = 0.45 + 0.30 * sin(2 * pi * (h - 8) / 24) + 0.05 * sin(2 * pi * q / 7) - (day >= 5 ? 0.15 : 0)
    if (u < 0.05) u = 0.05; if (u > 1) u = 1
    printf "%s,%.4f\n", strftime("%Y-%m-%dT%H:%M:%SZ", 1704067200 + q * 900, 1), u
  }
}' > trace_host_utilisation_15min.csv
awk 'BEGIN {
  pi = atan2(0, -1); print "timestamp_utc,power_mw"
  for (k = 0; k < 7 * 12; k++) {
    h = 2 * k
    printf "%s,%.3f\n", strftime("%Y-%m-%dT%H:%M:%SZ", 1704067200 + k * 7200, 1), 1.8 + 0.4 * sin(2 * pi * (h - 2) / 24)
  }
}' > trace_storage_power_2h.csv
