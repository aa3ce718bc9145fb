#!/usr/bin/env bash
# Mutation testing of lympha-core with PIT (profile "mutation" in core/pom.xml): fails when fewer
# than 80 % of the mutants are killed (pit.mutationThreshold). jqwik *Properties classes,
# @Tag("slow") tests and the architecture tests are left out to keep it quick, and the examples
# module is not built. Report: core/target/pit-reports/index.html.
#
# PIT 1.30's incremental history needs a separate history plugin, so every run is a full one.
#
#   .ci/mutation.sh [extra Maven options]
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
echo "== mvn -B -pl core -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage"
mvn -B -pl core -Pmutation -Djacoco.skip=true "$@" \
  test-compile org.pitest:pitest-maven:mutationCoverage
echo "== PIT finished in $(( $(date +%s) - start )) s; report: core/target/pit-reports/index.html"
