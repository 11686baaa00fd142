#!/usr/bin/env bash
# Put the built Planner into this user's application menu (Linux desktops):
# the menu entry into ~/.local/share/applications, the icon into
# ~/.local/share/icons/hicolor/256x256/apps. Nothing else changes.
#
#   packaging/install-desktop.sh [FOLDER]    FOLDER: the built Planner (default: dist/Planner)
#   packaging/install-desktop.sh --remove    take the entry and the icon out again
#
# A copy of this script sits in the built folder too: run ./install-desktop.sh
# there after unpacking it wherever it is to stay. Run it again after moving the folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$share/applications/planner.desktop"
icon="$share/icons/hicolor/256x256/apps/planner.png"

refresh() {
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true; fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$icon"
    refresh
    echo "Removed Planner from the application menu."
    exit 0
fi

# The folder that holds the program: the argument, else the one this script is in
# (inside the built folder), else dist/Planner beside the sources.
if [ $# -gt 0 ]; then
    bundle=$(cd "$1" && pwd)
elif [ -x "$here/planner" ] && [ -d "$here/_internal" ]; then
    bundle=$here
else
    bundle=$(cd "$here/.." && pwd)/dist/Planner
fi
program="$bundle/planner"
if [ ! -x "$program" ]; then
    echo "install-desktop.sh: $program not found; build Planner first (packaging/build.sh)" >&2
    exit 1
fi
case "$program" in
    *[\"\`\$\\%\|\&]*) echo "install-desktop.sh: move Planner to a folder whose path has none of \" \` \$ \\ % | &" >&2; exit 1 ;;
esac

mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
install -m 644 "$bundle/_internal/resources/icons/planner.png" "$icon"
# The entry names the program by its full path: the folder is not on PATH.
sed -e "s|^Exec=.*|Exec=\"$program\"|" -e "s|^TryExec=.*|TryExec=$program|" "$here/planner.desktop" > "$entry.new"
mv "$entry.new" "$entry"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
refresh
echo "Planner is in the application menu ($entry runs $program)."
