#!/usr/bin/env bash
# Release-like staging check: deploys lympha-core (and its parent POM) into a directory,
# target/staging, exactly as a release deploy lays them out for a repository, and fails unless
# every piece a repository like Maven Central requires is there: POM, jar, sources jar, javadoc
# jar, each with .sha1 and .md5 checksums that match, and POM metadata (name, description, url,
# licence, developers, scm). No repository URL and no signing key are involved: signing and
# publishing happen outside this repository (docs/releasing.md).
#
#   .ci/staging.sh [extra Maven options]
set -euo pipefail
cd "$(dirname "$0")/.."
staging="$PWD/target/staging"
rm -rf "$staging"

echo "== mvn -B -q -DskipTests -pl core -am clean deploy -DaltDeploymentRepository=local::file:target/staging"
mvn -B -q -DskipTests -Djacoco.skip=true -pl core -am clean deploy \
  -DaltDeploymentRepository="local::file:$staging" "$@"

fail=0
problem() {
  echo "MISSING: $*"
  fail=1
}

# One version directory per artifact; a SNAPSHOT deploy names files with a timestamp instead of
# -SNAPSHOT, so files are found by their suffix.
artifact_dir() {
  local dir="$staging/io/github/lympha/$1"
  local versions
  versions=$(find "$dir" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort)
  if [ "$(printf '%s\n' "$versions" | grep -c .)" -ne 1 ]; then
    echo "expected exactly one version of $1 in $dir, found: ${versions:-none}" >&2
    return 1
  fi
  printf '%s\n' "$versions"
}

# The single file in $1 whose name matches $2 (a find -name pattern), minus the classifier jars.
one_file() {
  local found
  found=$(find "$1" -maxdepth 1 -type f -name "$2" ! -name '*.sha1' ! -name '*.md5' \
    ! -name '*.asc' $3 | sort)
  if [ "$(printf '%s\n' "$found" | grep -c .)" -ne 1 ]; then
    return 1
  fi
  printf '%s\n' "$found"
}

check_checksums() {
  local file="$1" sum
  for algo in sha1 md5; do
    if [ ! -f "$file.$algo" ]; then
      problem "$(basename "$file").$algo"
      continue
    fi
    sum=$("${algo}sum" "$file" | cut -d' ' -f1)
    if [ "$(tr -d ' \n' < "$file.$algo")" != "$sum" ]; then
      echo "WRONG: $(basename "$file").$algo does not match the file"
      fail=1
    fi
  done
}

core=$(artifact_dir lympha-core) || exit 1
parent=$(artifact_dir lympha-parent) || exit 1
echo "== staged lympha-core $(basename "$core"):"
(cd "$core" && ls -1 | sed 's/^/   /')

declare -A piece
piece[pom]=$(one_file "$core" '*.pom' '') || problem "lympha-core POM"
piece[jar]=$(one_file "$core" '*.jar' "! -name *-sources.jar ! -name *-javadoc.jar ! -name *-tests.jar") \
  || problem "lympha-core jar"
piece[sources]=$(one_file "$core" '*-sources.jar' '') || problem "lympha-core -sources.jar"
piece[javadoc]=$(one_file "$core" '*-javadoc.jar' '') || problem "lympha-core -javadoc.jar"
parent_pom=$(one_file "$parent" '*.pom' '') || problem "lympha-parent POM"

for f in "${piece[@]}" ${parent_pom:-}; do
  [ -n "$f" ] && check_checksums "$f"
done

# What is inside the jars.
has_entry() {
  # grep without -q reads all of unzip's output, so pipefail sees no SIGPIPE.
  unzip -Z1 "$1" | grep -x "$2" > /dev/null || problem "$2 in $(basename "$1")"
}
if [ -n "${piece[jar]:-}" ]; then
  has_entry "${piece[jar]}" module-info.class
  has_entry "${piece[jar]}" META-INF/LICENSE
  has_entry "${piece[jar]}" io/github/lympha/anatomy/Anatomy.class
fi
if [ -n "${piece[sources]:-}" ]; then
  has_entry "${piece[sources]}" module-info.java
  has_entry "${piece[sources]}" io/github/lympha/anatomy/Anatomy.java
fi
if [ -n "${piece[javadoc]:-}" ]; then
  has_entry "${piece[javadoc]}" index.html
  has_entry "${piece[javadoc]}" element-list
fi

# The metadata Central requires; lympha-core inherits most of it from lympha-parent.
pom_has() {
  grep -q "$2" "$1" || problem "$3 in $(basename "$1")"
}
if [ -n "${piece[pom]:-}" ]; then
  pom_has "${piece[pom]}" '<name>' "<name>"
  pom_has "${piece[pom]}" '<description>' "<description>"
  pom_has "${piece[pom]}" '<artifactId>lympha-parent</artifactId>' "parent reference"
fi
if [ -n "${parent_pom:-}" ]; then
  pom_has "$parent_pom" '<url>https://github.com/lympha/lympha</url>' "<url>"
  pom_has "$parent_pom" '<name>Apache-2.0</name>' "Apache-2.0 <license>"
  pom_has "$parent_pom" '<developer>' "<developers>"
  pom_has "$parent_pom" '<connection>scm:git:' "<scm>"
  pom_has "$parent_pom" '<issueManagement>' "<issueManagement>"
fi

# Nothing else is published: the examples skip deploy.
others=$(find "$staging/io/github/lympha" -mindepth 1 -maxdepth 1 -type d \
  ! -name lympha-core ! -name lympha-parent)
if [ -n "$others" ]; then
  echo "UNEXPECTED: staged artifacts besides lympha-core and lympha-parent: $others"
  fail=1
fi

if [ "$fail" -ne 0 ]; then
  echo "FAIL: the staged lympha-core is incomplete; see $staging"
  exit 1
fi
echo "OK: lympha-core stages with pom, jar, sources, javadoc and matching .sha1/.md5"
