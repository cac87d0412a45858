"""The vendored dashboard assets: what manifest.json lists is what the folder holds, byte for
byte, under licences that let the package ship them; and the package data takes them along."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "hadath" / "dashboard" / "vendor"
MANIFEST = json.loads((VENDOR / "manifest.json").read_text(encoding="utf-8"))
PERMISSIVE = {"ISC", "MIT", "BSD-3-Clause", "BSD-2-Clause", "Apache-2.0", "OFL-1.1"}
NOT_LISTED = {"manifest.json", "README.md"}  # the folder's own description


@pytest.mark.parametrize("name", sorted(MANIFEST["files"]))
def test_vendor_file_matches_the_manifest(name: str) -> None:
    digest = hashlib.sha256((VENDOR / name).read_bytes()).hexdigest()
    assert digest == MANIFEST["files"][name], (
        f"{name} differs from the build: run scripts/vendor_dashboard.sh"
    )


def test_vendor_folder_holds_nothing_unlisted() -> None:
    present = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()}
    assert present - NOT_LISTED == set(MANIFEST["files"])


def test_vendor_licences_are_permissive_and_shipped() -> None:
    for package, info in MANIFEST["packages"].items():
        assert info["license"] in PERMISSIVE, package
        licence_file = f"licenses/{package.replace('@fontsource/', '')}.txt"
        assert licence_file in MANIFEST["files"], package


def test_vendor_versions_are_the_locked_ones() -> None:
    lock = json.loads((ROOT / "frontend" / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    for package, info in MANIFEST["packages"].items():
        assert lock[f"node_modules/{package}"]["version"] == info["version"], package


def test_package_data_takes_the_dashboard_along() -> None:
    # setuptools ships the files these globs match under src/hadath (** is any depth, none included).
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["hadath"]
    package = VENDOR.parents[1]
    shipped = {path for pattern in patterns for path in package.glob(pattern)}
    for path in (package / "dashboard").rglob("*"):
        if path.is_file():
            assert path in shipped, path.relative_to(package)
