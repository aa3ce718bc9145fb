#!/usr/bin/env bash
# Mutation testing of lympha-core with PIT (profile "mutation" in core/pom.xml): fails when fewer
# than 88 % of the mutants are killed (pit.mutationThreshold). property-law classes (named *Properties),
# @Tag("slow") tests and the architecture test are left out to keep it quick, and the examples
# module is not built. Prints the score, per package, and the wall time.
# Report: core/target/pit-reports/index.html (mutations.xml for tools).
#
# PIT 1.30's incremental history needs a separate history plugin, so every run is a full one.
#
#   .ci/mutation.sh [extra Maven options, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
report=core/target/pit-reports/mutations.xml
rm -f "$report"
echo "== Mutation testing: mvn -B -pl core -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage"
status=0
mvn -B -pl core -Pmutation -Djacoco.skip=true "$@" \
  test-compile org.pitest:pitest-maven:mutationCoverage || status=$?
elapsed=$(( $(date +%s) - start ))

if [ -f "$report" ]; then
  # One <mutation detected='true|false' ...><mutatedClass>io.github.lympha.PKG.Class... per line.
  sed -n "s/.*detected='\([a-z]*\)'.*<mutatedClass>io\.github\.lympha\.\([a-z]*\)\..*/\2 \1/p" "$report" |
    awk '{ n[$1]++; t++; if ($2 == "true") { k[$1]++; kt++ } }
      END {
        for (p in n) printf "   %-12s %5d/%-5d %5.1f %%\n", p, k[p], n[p], 100 * k[p] / n[p] | "sort"
        close("sort")
        printf "== Mutation score: %d/%d killed = %.1f %% (floor %s %%)\n", kt, t, 100 * kt / t, floor
      }' floor="$(sed -n 's:.*<pit.mutationThreshold>\([0-9]*\)</pit.mutationThreshold>.*:\1:p' core/pom.xml)"
else
  echo "== Mutation score: no report ($report missing)"
fi
echo "== PIT finished in ${elapsed} s (load: $(cut -d' ' -f1-3 /proc/loadavg)); report: core/target/pit-reports/index.html"
exit "$status"
