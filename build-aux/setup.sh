#!/bin/sh
# build-aux/setup.sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything Coprod needs to build, run and test on Debian 12, with the one
# apt-get line of DESIGN.md, and a colour emoji font: families write emoji, and the
# meeting summary PDF shows a box with a number for any character no font has.
# librsvg2-common is GTK's SVG loader: GTK only recommends it, and without it the app
# icon on the first page is the "missing image" picture.
# Run as root, or as a user who may use sudo.
set -eu

packages="build-essential pkg-config meson ninja-build gettext libgtk-4-dev \
libadwaita-1-dev libsqlite3-dev libpoppler-glib-dev poppler-utils desktop-file-utils \
appstream xvfb xauth fonts-cantarell fonts-dejavu-core librsvg2-common \
fonts-noto-color-emoji"

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "Installing what Coprod needs takes root, and this system has no sudo: run \"su -c $0\" instead." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update
# shellcheck disable=SC2086
$as_root apt-get install -y --no-install-recommends $packages
