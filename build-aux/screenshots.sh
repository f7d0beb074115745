#!/usr/bin/env bash
# build-aux/screenshots.sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Renders every view of Coprod to PNG under Xvfb, at laptop size and at 400 px wide:
#   build-aux/screenshots.sh BUILD_DIR OUTPUT_DIR [VIEW...]
# and the shared screen's scenes in each theme at 1920×1080 (all views, or "shared").
set -eu

build=${1:?usage: screenshots.sh BUILD_DIR OUTPUT_DIR [VIEW...]}
out=${2:?usage: screenshots.sh BUILD_DIR OUTPUT_DIR [VIEW...]}
shift 2
views=${*:-welcome people meetings words actions actions-history actions-search new-action edit-action meeting-actions who-came live-review live-round end-check exercise-write exercise-write-one exercise-compare exercise-answer person meeting meeting-words agenda agenda-item-words empty-agenda agenda-item live new-team team-settings recovery empty-team}

mkdir -p "$out"
export GSETTINGS_BACKEND=memory GTK_A11Y=none NO_AT_BRIDGE=1 GSK_RENDERER=cairo GDK_BACKEND=x11
export GSETTINGS_SCHEMA_DIR="$build/data"

for view in $views; do
  [ "$view" = shared ] && continue
  for size in 1280x800 400x800; do
    width=${size%x*}
    height=${size#*x}
    xvfb-run -a -s "-screen 0 1920x1080x24" \
      "$build/tests/coprod-screenshot" --view="$view" --width="$width" --height="$height" \
      --output="$out/$view-$size.png"
  done
done

# The shared screen, at projector size, in each theme.
case " $views " in
  *" shared "*|*" welcome people "*)
    for scene in welcome agenda current overrun introductions actions actions-many actions-long \
                 review review-cannot review-long expectations-drafting expectations-mirror \
                 expectations-mirror-many expectations-mirror-long expectations-responses \
                 expectations-responses-many expectations-responses-long words words-many \
                 words-none current-words blank; do
      for theme in light dark yellow; do
        xvfb-run -a -s "-screen 0 2560x1440x24" \
          "$build/tests/coprod-screenshot" --view="shared-$scene" --theme="$theme" \
          --width=1920 --height=1080 --output="$out/shared-$scene-$theme.png"
      done
    done
    ;;
esac
