#!/usr/bin/env bash
# Reproducible-build check for lympha-core: builds the jar, sources jar and javadoc jar twice, in
# two copies of the source tree at different paths, and fails unless both builds are byte for byte
# identical. Catches timestamps, file order, absolute paths or anything else that varies between
# builds (project.build.outputTimestamp in the parent POM pins the archive timestamps).
#
# Run from anywhere, after a build has resolved the plugins (it runs Maven offline):
#   .ci/reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/reproducible"
rm -rf "$work"
mkdir -p "$work"

# The tracked and new (not ignored) files, without build output: what a fresh clone would hold.
copy_tree() {
  local dest="$1"
  mkdir -p "$dest"
  git -C "$root" ls-files -z --cached --others --exclude-standard \
    | tar -C "$root" --null --no-recursion --ignore-failed-read -T - -cf - \
    | tar -xf - -C "$dest"
}

# Both builds run at once (2 cores; each is mostly one javac), each in its own copy.
pids=()
for run in a b; do
  copy_tree "$work/$run/src"
  echo "== build $run: mvn -B -q -o -pl core -DskipTests package  (in target/reproducible/$run/src)"
  (cd "$work/$run/src" \
    && mvn -B -q -o -pl core -DskipTests -Dmaven.test.skip=true -Djacoco.skip=true package) \
    > "$work/$run/build.log" 2>&1 &
  pids+=($!)
done
for i in 0 1; do
  run=$([ "$i" = 0 ] && echo a || echo b)
  if ! wait "${pids[$i]}"; then
    echo "FAIL: build $run failed; the end of target/reproducible/$run/build.log:"
    grep -v '\[exports\]' "$work/$run/build.log" | tail -n 40
    exit 1
  fi
  mkdir -p "$work/$run/jars"
  cp "$work/$run/src/core/target/"lympha-core-*.jar "$work/$run/jars/"
done

status=0
checked=0
for kind in "" "-sources" "-javadoc"; do
  case "$kind" in
    "") a=$(ls "$work"/a/jars/lympha-core-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$') ;;
    *) a=$(ls "$work"/a/jars/lympha-core-*"$kind".jar) ;;
  esac
  name=$(basename "$a")
  b="$work/b/jars/$name"
  if [ ! -f "$b" ]; then
    echo "MISSING: $name was built once but not twice"
    status=1
    continue
  fi
  if cmp -s "$a" "$b"; then
    echo "same      $(sha256sum "$a" | cut -c1-16)…  $name"
  else
    echo "DIFFERENT $name:"
    sha256sum "$a" "$b"
    # Which entries differ (CRC and size per entry):
    diff <(unzip -v "$a" | awk 'NR>3 {print $1, $7, $8}') \
         <(unzip -v "$b" | awk 'NR>3 {print $1, $7, $8}') | head -n 40 || true
    status=1
  fi
  checked=$((checked + 1))
done

if [ "$checked" -ne 3 ]; then
  echo "expected to compare 3 jars (jar, sources, javadoc), compared $checked"
  status=1
fi
if [ "$status" -ne 0 ]; then
  echo "FAIL: lympha-core's build is not reproducible; both builds are in $work"
  exit 1
fi
echo "OK: lympha-core jar, sources jar and javadoc jar are reproducible"
