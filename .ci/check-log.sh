#!/usr/bin/env bash
# Fails when a build log contains text addressed to AI agents or telling its reader to disregard
# instructions or ignore test results, so that no dependency can slip such text into the logs that
# people's tools read. Prints every matching line with its number.
#
#   .ci/check-log.sh LOG
set -euo pipefail
log=${1:?usage: .ci/check-log.sh LOG}
pattern='ai[ -]?agent|as an ai|language model|disregard (all |any |the |previous |prior )?(instructions|results|tests)|ignore (all |any |the |previous |prior )*(instructions|results|test results|failures)'
if grep -inE "$pattern" "$log"; then
  echo "check-log: $log contains text addressed to AI agents or telling the reader to ignore instructions (lines above)" >&2
  exit 1
fi
echo "check-log: $log is clean"
