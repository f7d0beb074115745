#!/bin/sh
# build-aux/setup.sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs everything Coprod needs to build, run and test on Debian 12, with the one
# apt-get line of DESIGN.md, and a colour emoji font: families write emoji, and the
# meeting summary PDF shows a box with a number for any character no font has.
# Run as root, or as a user who may use sudo.
set -eu

packages="build-essential pkg-config meson ninja-build gettext libgtk-4-dev \
libadwaita-1-dev libsqlite3-dev libpoppler-glib-dev poppler-utils desktop-file-utils \
appstream xvfb xauth fonts-cantarell fonts-dejavu-core fonts-noto-color-emoji"

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
else
  as_root="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update
# shellcheck disable=SC2086
$as_root apt-get install -y --no-install-recommends $packages
