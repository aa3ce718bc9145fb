#!/usr/bin/env bash
# The release gates that go beyond `mvn -B verify`, in order; run after it (they build offline
# where they can, from what verify resolved). Each step fails the script on its own. Mutation
# testing (.ci/mutation.sh) is a step of its own in .ci/run.
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
