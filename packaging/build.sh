#!/usr/bin/env bash
# Build the stand-alone Planner (dist/Planner/, and an archive of it) on a
# Linux machine with Python 3.11+, pip and git, then run the smoke test on
# the result and report its size.
#
#   bash packaging/build.sh
#
# Installs with apt-get what is missing: binutils (objdump, objcopy) that
# PyInstaller calls, the system libraries Qt loads (they are copied into the
# bundle, so they must be here when it is built), Xvfb for the smoke test's
# window on an X server, and desktop-file-utils to check the menu entry.
# Python packages go into .venv-build, apart from the development .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
packages=(
    binutils libc-bin desktop-file-utils xvfb xauth
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libcups2
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libwayland-client0 libwayland-cursor0
)
missing=()
if command -v dpkg >/dev/null; then
    for package in "${packages[@]}"; do
        # (dpkg -s also answers for a removed package whose settings stayed)
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "== Installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
for tool in ldd objdump objcopy; do
    command -v "$tool" >/dev/null || { echo "build.sh: PyInstaller needs $tool (binutils, libc-bin)" >&2; exit 1; }
done

echo "== Python environment .venv-build"
[ -x .venv-build/bin/python ] || "$python" -m venv .venv-build
# setuptools' own build folder would carry files deleted since into the wheel.
rm -rf build/lib build/bdist.*
.venv-build/bin/pip install -q --disable-pip-version-check '.[build]'
# The same version number as before does not make pip reinstall: this does.
.venv-build/bin/pip install -q --disable-pip-version-check --no-deps --force-reinstall .

echo "== The window's catalogues (.ts -> .qm)"
.venv-build/bin/python packaging/compile_translations.py

echo "== PyInstaller"
.venv-build/bin/pyinstaller --noconfirm --log-level WARN build_installer.spec

echo "== The application menu entry"
desktop-file-validate dist/Planner/planner.desktop
echo "dist/Planner/planner.desktop is valid"

echo "== Smoke test"
.venv-build/bin/python packaging/smoke_test.py dist/Planner/planner

version=$(.venv-build/bin/python -c 'from importlib.metadata import version; print(version("planner"))')
archive="dist/Planner-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" Planner
echo "== Size"
du -sh dist/Planner
du -sh dist/Planner/_internal/* | sort -h | tail -8
echo "$archive: $(du -h "$archive" | cut -f1) to download"
