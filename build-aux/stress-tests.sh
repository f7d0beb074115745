#!/bin/sh
# build-aux/stress-tests.sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the whole test suite as a busy machine would: five times in a row while two
# CPU-bound processes compete for the cores, then five times with four tests at once.
# A test that waits a fixed time and then looks fails here sooner or later; one that
# waits for what it expects does not. Exits non-zero if any run had a failure.
#
# Usage: build-aux/stress-tests.sh [BUILD_DIR]   (default: build-test, set up if missing)
set -u
cd "$(dirname "$0")/.."
build=${1:-build-test}
runs=5

[ -d "$build" ] || meson setup "$build" --werror || exit 1
meson compile -C "$build" || exit 1

hogs=""
stop_hogs () {
  [ -n "$hogs" ] && kill $hogs 2>/dev/null
  hogs=""
}
trap stop_hogs EXIT INT TERM

failed=0
started=$(date +%s)

run () {
  label=$1
  shift
  if meson test -C "$build" --no-rebuild --print-errorlogs "$@" > "$build/stress-$label.log" 2>&1
  then
    echo "$label: passed ($(grep -E '^Ok:' "$build/stress-$label.log" | tr -s ' '))"
  else
    failed=$((failed + 1))
    echo "$label: FAILED, see $build/stress-$label.log:"
    grep -E '^ *[0-9]+/[0-9]+ .* (FAIL|ERROR|TIMEOUT)' "$build/stress-$label.log"
  fi
}

sh -c 'while :; do :; done' &
hogs="$!"
sh -c 'while :; do :; done' &
hogs="$hogs $!"
for i in $(seq "$runs"); do
  run "loaded-$i"
done
stop_hogs

for i in $(seq "$runs"); do
  run "parallel-$i" --num-processes 4
done

echo "$((2 * runs)) runs in $(( $(date +%s) - started )) s: $((2 * runs - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
