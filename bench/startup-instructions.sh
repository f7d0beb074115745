#!/usr/bin/env bash
# bench/startup-instructions.sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Counts the instructions each program runs from exec to its first frame, under
# valgrind's callgrind: a figure that does not move with the machine's load, to compare
# changes by when the wall-clock medians of startup.py are too noisy to tell.
#   bench/startup-instructions.sh BUILD_DIR LARGE_STORE_DIR [RUNS]
set -eu

build=${1:?usage: startup-instructions.sh BUILD_DIR LARGE_STORE_DIR [RUNS]}
large=${2:?usage: startup-instructions.sh BUILD_DIR LARGE_STORE_DIR [RUNS]}
runs=${3:-3}
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)"; exit 2; }

count () {
  local out
  out=$(mktemp)
  xvfb-run -a -s "-screen 0 1280x800x24" \
    env COPROD_BENCH_FIRST_FRAME=1 COPROD_DATA_DIR="$2" GSK_RENDERER=cairo GTK_A11Y=none \
        NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory GDK_BACKEND=x11 \
    valgrind --tool=callgrind --callgrind-out-file="$out" "$1" 2>&1 |
    sed -n 's/.*refs: *//p' | tail -n 1 | tr -d ,
  rm -f "$out"
}

empty=$(mktemp -d)
for i in $(seq "$runs"); do
  bare=$(count "$build/bench/bare-window" "$large")
  big=$(count "$build/src/coprod" "$large")
  rm -rf "$empty/data"
  new=$(count "$build/src/coprod" "$empty/data")
  awk -v b="$bare" -v l="$big" -v e="$new" 'BEGIN {
    printf "bare %d M   coprod large store %d M (%.2fx)   coprod empty store %d M (%.2fx)\n",
           b / 1e6, l / 1e6, l / b, e / 1e6, e / b }'
done
rm -rf "$empty"
