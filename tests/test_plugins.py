"""Third-party parsers: the worked example of docs/extending.md, discovered as a plugin.

The plugin module, its test and its pyproject.toml are taken from the page itself, so the
documentation cannot drift from what works.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import eurasec
from eurasec import registry

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "extending.md"
SAMPLE = """Title: Putin and Kim sign a defence pact
Date: 2024-06-19T14:30+09:00

Vladimir Putin said the treaty was a breakthrough document.
"""
ENTRY_POINTS = """\
[eurasec.parsers]
headers = eurasec_headers:HeadersParser
zz-broken = eurasec_broken_plugin:Parser
"""
BROKEN = 'raise ImportError("No module named \'lxml\'")\n'
MODULES = ("eurasec_headers", "eurasec_broken_plugin", "eurasec_clash")


def examples() -> dict[str, str]:
    """The code blocks of docs/extending.md marked ``<!-- example: NAME -->``."""
    text = DOC.read_text(encoding="utf-8")
    found = re.findall(r"<!-- example: (\S+) -->\n```\w*\n(.*?)```", text, re.DOTALL)
    return dict(found)


def make_dist(where: Path, name: str, entry_points: str, modules: dict[str, str]) -> Path:
    """Lay out an installed distribution: modules plus a .dist-info with entry points."""
    where.mkdir(parents=True, exist_ok=True)
    for module, code in modules.items():
        (where / f"{module}.py").write_text(code, encoding="utf-8")
    info = where / f"{name.replace('-', '_')}-1.0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0.0\n",
                                   encoding="utf-8")
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")
    return where


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fresh registries (no built-in serializers), and the plugin modules forgotten after."""
    monkeypatch.setattr(registry, "_parsers", registry._new_parser_registry())
    monkeypatch.setattr(registry, "_serializers", registry._Registry(
        "serializer", "eurasec.serializers", list, registry._check_serializer))
    yield
    for module in MODULES:
        sys.modules.pop(module, None)


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated: None) -> Path:
    """The docs' plugin and a broken one, importable with their entry points."""
    where = make_dist(tmp_path / "site", "eurasec-headers", ENTRY_POINTS, {
        "eurasec_headers": examples()["eurasec_headers.py"],
        "eurasec_broken_plugin": BROKEN,
    })
    monkeypatch.syspath_prepend(str(where))
    return where


def run_cli(*args: str, pythonpath: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run ``python -m eurasec`` in a fresh interpreter with ``pythonpath`` in front."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(pythonpath), *filter(None, [os.environ.get("PYTHONPATH")])])}
    return subprocess.run([sys.executable, "-m", "eurasec", *args], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120, check=False)


def test_docs_hold_the_example() -> None:
    """docs/extending.md has the module, its test and the pyproject with the entry point."""
    found = examples()
    assert set(found) == {"eurasec_headers.py", "test_headers.py", "pyproject.toml"}
    assert 'headers = "eurasec_headers:HeadersParser"' in found["pyproject.toml"]
    assert '[project.entry-points."eurasec.parsers"]' in found["pyproject.toml"]


def test_guess_and_parse_auto_find_the_plugin(plugin: Path) -> None:
    """guess_parser and parse(format="auto") pick the plugin, with extraction run."""
    assert eurasec.guess_parser(SAMPLE).name == "headers"
    assert eurasec.guess_parser(SAMPLE, filename="a.hdr").name == "headers"
    assert eurasec.guess_parser(SAMPLE, filename="a.txt").name == "headers"
    article = eurasec.parse(SAMPLE, format="auto")
    assert article.format == "headers"
    assert article.title == "Putin and Kim sign a defence pact"
    parser = eurasec.get_parser("hdr")
    assert article == eurasec.annotate(parser.parse(SAMPLE))
    assert eurasec.from_json(eurasec.to_json(article)) == article
    assert [p.name for p in eurasec.parsers()] == ["text", "notes", "scraped", "headers"]


def test_the_docs_test_file_passes(plugin: Path) -> None:
    """The plugin's own tests from docs/extending.md (check_parser included) pass."""
    namespace: dict[str, Any] = {"__name__": "test_headers"}
    exec(compile(examples()["test_headers.py"], "test_headers.py", "exec"), namespace)
    tests = [f for name, f in namespace.items() if name.startswith("test_")]
    assert len(tests) == 3
    for test in tests:
        test()


def test_broken_plugin_names_its_entry_point(plugin: Path) -> None:
    """A plugin that fails to import raises PluginError naming it; the others still work."""
    assert eurasec.get_parser("headers").name == "headers"
    with pytest.raises(eurasec.PluginError) as info:
        eurasec.get_parser("zz-broken")
    message = str(info.value)
    assert "'zz-broken = eurasec_broken_plugin:Parser'" in message
    assert "eurasec.parsers" in message
    assert "eurasec-headers 1.0.0" in message
    assert "ImportError: No module named 'lxml'" in message
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value.__cause__, ImportError)
    assert [str(e) for e in eurasec.plugin_errors()] == [message]
    with pytest.raises(eurasec.UnknownFormatError, match="failed to load: zz-broken"):
        eurasec.get_parser("nope")
    assert eurasec.guess_parser(SAMPLE).name == "headers"


def test_clashing_and_misnamed_plugins_are_refused(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   isolated: None) -> None:
    """A plugin may not take a built-in's name, and its entry point must carry its name."""
    clash = ("from eurasec.formats.notes import NotesParser\n"
             "class Parser(NotesParser):\n    name = 'text'\n    aliases = ()\n")
    where = make_dist(tmp_path / "site", "eurasec-clash",
                      "[eurasec.parsers]\ntext = eurasec_clash:Parser\n"
                      "renamed = eurasec_clash:Parser\n", {"eurasec_clash": clash})
    monkeypatch.syspath_prepend(str(where))
    assert type(eurasec.get_parser("text")).__name__ == "TextFormatParser"
    errors = [str(e) for e in eurasec.plugin_errors()]
    assert len(errors) == 2
    assert "'renamed = eurasec_clash:Parser'" in errors[0]
    assert "named 'renamed' but the parser calls itself 'text'" in errors[0]
    assert "'text' is already registered" in errors[1]
    with pytest.raises(eurasec.PluginError, match="renamed"):
        eurasec.get_parser("renamed")


def test_cli_from_auto_uses_the_plugin(plugin: Path, tmp_path: Path) -> None:
    """``eurasec parse --from auto`` in a fresh process discovers and uses the plugin."""
    (tmp_path / "a.hdr").write_text(SAMPLE, encoding="utf-8")
    done = run_cli("parse", "--from", "auto", "a.hdr", pythonpath=plugin, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["format"] == "headers"
    assert data["title"] == "Putin and Kim sign a defence pact"
    assert data["source"] == "a.hdr"


def test_cli_reports_the_broken_plugin(plugin: Path, tmp_path: Path) -> None:
    """``--from`` a broken plugin fails with a message naming the entry point."""
    (tmp_path / "a.hdr").write_text(SAMPLE, encoding="utf-8")
    done = run_cli("parse", "--from", "zz-broken", "a.hdr", pythonpath=plugin, cwd=tmp_path)
    assert done.returncode == 1
    assert "zz-broken = eurasec_broken_plugin:Parser" in done.stderr


def test_pip_installed_package_from_the_docs(tmp_path: Path) -> None:
    """The docs' project installs with pip and the CLI finds its parser in a fresh process."""
    if shutil.which("pip", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pip is not available")
    pytest.importorskip("hatchling")
    project = tmp_path / "eurasec-headers"
    (project / "tests").mkdir(parents=True)
    found = examples()
    (project / "pyproject.toml").write_text(found["pyproject.toml"], encoding="utf-8")
    (project / "eurasec_headers.py").write_text(found["eurasec_headers.py"], encoding="utf-8")
    (project / "tests" / "test_headers.py").write_text(found["test_headers.py"],
                                                      encoding="utf-8")
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps",
         "--no-build-isolation", "--disable-pip-version-check", "--target", str(site),
         str(project)], capture_output=True, text=True, timeout=300, check=False)
    assert install.returncode == 0, install.stderr
    (tmp_path / "a.hdr").write_text(SAMPLE, encoding="utf-8")
    done = run_cli("parse", "--from", "auto", "--no-extract", "a.hdr", pythonpath=site,
                   cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["format"] == "headers"
