#!/usr/bin/env python3
# check-potfiles.py
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that po/POTFILES.in lists every file with translatable strings, and nothing else.

Usage: check-potfiles.py SOURCE_ROOT

Every file under src/ and data/ that contains a string for translators must be in
POTFILES.in, or its strings silently never reach the translation template. Every line of
POTFILES.in must name a file that exists, or xgettext fails when the template is made.
Exits 1 and lists the offending files otherwise.
"""

import pathlib
import re
import sys

SEARCHED_FOLDERS = ("src", "data")
SEARCHED_SUFFIXES = (".c", ".h", ".ui", ".in", ".xml")

# The glib preset's keywords. For _ () and its friends only a call with a string literal
# counts, since that is all xgettext can extract.
C_MARKED_STRING = re.compile(
    r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_)\s*\(\s*"'
    r"|(?<![A-Za-z0-9_])(?:g_dngettext|g_dpgettext2|ngettext)\s*\("
)
UI_TRANSLATABLE = re.compile(r"""\btranslatable\s*=\s*["'](?:yes|true|1)["']""", re.IGNORECASE)
DESKTOP_TRANSLATABLE = re.compile(
    r"^(?:Name|GenericName|Comment|Keywords|X-GNOME-FullName|Meaning|AlsoKnownAs)\s*=", re.MULTILINE
)
METAINFO_TRANSLATABLE = re.compile(
    r"<(?:name|summary|description|developer_name|caption|keyword)\b"
)
GSCHEMA_TRANSLATABLE = re.compile(r"<(?:summary|description)\b|<default\b[^>]*\bl10n=")


def strip_c_comments_and_strings(text):
    """Return C source without comments and with every literal emptied to "" or ''.

    This keeps a word in a comment or inside a string from looking like a call.
    """
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def has_translatable_strings(path):
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False

    if name.endswith((".c", ".h")):
        return C_MARKED_STRING.search(strip_c_comments_and_strings(text)) is not None
    if name.endswith((".desktop.in", ".desktop")):
        return DESKTOP_TRANSLATABLE.search(text) is not None
    if name.endswith((".metainfo.xml.in", ".appdata.xml.in", ".metainfo.xml", ".appdata.xml")):
        return METAINFO_TRANSLATABLE.search(text) is not None
    if name.endswith((".gschema.xml", ".gschema.xml.in")):
        return GSCHEMA_TRANSLATABLE.search(text) is not None
    # .ui templates, and any other XML or .in file that holds GtkBuilder markup.
    return UI_TRANSLATABLE.search(text) is not None


def read_potfiles(potfiles_in):
    listed = []
    for line in potfiles_in.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("[encoding:"):
            continue
        # Drop a "[type: gettext/glade]" prefix.
        line = re.sub(r"^\[[^\]]*\]\s*", "", line)
        if line and not line.startswith("#"):
            listed.append(line)
    return listed


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} SOURCE_ROOT", file=sys.stderr)
        return 2

    root = pathlib.Path(argv[1]).resolve()
    potfiles_in = root / "po" / "POTFILES.in"
    if not potfiles_in.is_file():
        print(f"{potfiles_in} does not exist", file=sys.stderr)
        return 1

    listed = read_potfiles(potfiles_in)
    absent = sorted(p for p in set(listed) if not (root / p).is_file())

    needed = set()
    for folder in SEARCHED_FOLDERS:
        for path in (root / folder).rglob("*"):
            relative = path.relative_to(root)
            if any(part.startswith(".") for part in relative.parts):
                continue
            if (path.is_file() and path.name.endswith(SEARCHED_SUFFIXES)
                    and has_translatable_strings(path)):
                needed.add(relative.as_posix())
    missing = sorted(needed - set(listed))

    if missing:
        print("These files have translatable strings but are not in po/POTFILES.in:")
        for p in missing:
            print(f"  {p}")
    if absent:
        print("po/POTFILES.in names files that do not exist:")
        for p in absent:
            print(f"  {p}")
    if missing or absent:
        return 1

    print(f"po/POTFILES.in lists all {len(needed)} files with translatable strings.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
