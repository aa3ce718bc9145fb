#!/usr/bin/env bash
# The release gates that go beyond `mvn -B verify`, in order; run after it (they build offline
# where they can, from what verify resolved). Each step fails the script on its own.
#
#   .ci/run-gates.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# NullAway's full JSpecify mode needs JDK 22+ (core/pom.xml switches it on there). JDK 17 builds
# run NullAway in its standard mode; where a JDK 25 is installed, compile once more with it.
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$jdk25/bin/java" ]; then
  echo "== NullAway, JSpecify mode (JDK 25): mvn -B -q -o -pl core clean compile"
  JAVA_HOME="$jdk25" mvn -B -q -o -pl core clean compile
else
  echo "== NullAway, JSpecify mode: skipped, no JDK at $jdk25"
fi

.ci/reproducible.sh
.ci/staging.sh
# Mutation testing (.ci/mutation.sh, PIT with an 80 % floor) takes about 15 minutes on two busy
# cores, which would push CI toward its 30-minute budget; it runs when LYMPHA_MUTATION=1.
if [ "${LYMPHA_MUTATION:-0}" = 1 ]; then
  .ci/mutation.sh
else
  echo "== Mutation testing: skipped (set LYMPHA_MUTATION=1 to run .ci/mutation.sh)"
fi
