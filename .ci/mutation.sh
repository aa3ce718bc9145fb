#!/usr/bin/env bash
# Mutation testing of lympha-core with PIT (profile "mutation" in core/pom.xml): fails when fewer
# than 80 % of the mutants are killed (pit.mutationThreshold). jqwik *Properties classes,
# @Tag("slow") tests and the architecture tests are left out to keep it quick, and the examples
# module is not built. Report: core/target/pit-reports/index.html.
#
# PIT's incremental history (-DwithHistory, kept in the temp directory) lets a later run on the
# same machine skip mutants whose class and tests did not change; PIT_HISTORY=0 turns it off.
#
#   .ci/mutation.sh [extra Maven options]
set -euo pipefail
cd "$(dirname "$0")/.."

history=()
if [ "${PIT_HISTORY:-1}" != 0 ]; then
  history=(-DwithHistory)
fi

start=$(date +%s)
echo "== mvn -B -pl core -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage"
mvn -B -pl core -Pmutation -Djacoco.skip=true "${history[@]}" "$@" \
  test-compile org.pitest:pitest-maven:mutationCoverage
echo "== PIT finished in $(( $(date +%s) - start )) s; report: core/target/pit-reports/index.html"
