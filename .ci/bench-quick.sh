#!/usr/bin/env bash
# Quick run of the JMH suite (docs/performance.md) so the benchmarks never rot: every benchmark
# runs once, briefly (1 warm-up and 1 measurement iteration of 200 ms, 1 fork). Timings on a
# shared CI machine are noise, so this fails only on errors: a benchmark that throws fails the
# run (-foe true), as does a build or JMH error. Takes under a minute. From the repo root:
#   .ci/bench-quick.sh            (builds examples/target/lympha.jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=examples/target/lympha.jar
if [[ ! -f "$jar" ]]; then
  mvn -B -q -DskipTests package
fi

echo "== Benchmarks (quick): java -cp $jar org.openjdk.jmh.Main io.github.lympha.bench"
java -cp "$jar" org.openjdk.jmh.Main 'io\.github\.lympha\.bench\.' \
  -f 1 -wi 1 -i 1 -w 200ms -r 200ms -foe true

echo "== Footprint of the standard anatomy"
java -Djdk.attach.allowAttachSelf=true -cp "$jar" io.github.lympha.bench.AnatomyFootprint
