"""A compiled cache of the parsed knowledge base and its alias index, on local disk.

Parsing every YAML and TSV file and building the alias index costs seconds once the data
holds thousands of actors and places; every worker process pays it again. The cache keeps
the finished objects as pickles named by a key that covers everything they were made from:
the content of every data file of every layer, and the code that reads them (see
:func:`code_version`). Change a file or an overlay and the key changes, so a cache entry is
never stale; it only goes unused.

Where: ``$HADATH_CACHE_DIR``, else ``$XDG_CACHE_HOME/hadath``, else ``~/.cache/hadath``.
``HADATH_CACHE_DIR=off`` turns the cache off. A directory that cannot be created or
written means no cache, silently (the loader works as before). Files are written to a
temporary name and renamed into place, so a concurrent reader sees a whole file or none;
a file that cannot be read back (truncated, corrupt, from another Python) is ignored and
rebuilt. Only the newest :data:`KEEP_PER_NAME` entries of each kind are kept.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
CACHE_ENV = "HADATH_CACHE_DIR"
DISABLED = "off"
KEEP_PER_NAME = 8
FORMAT = 1  # bump when what is pickled changes shape in a way the code hash would not see
PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Code that decides what the cached objects hold: the readers, schema and index (kb/) and the
# normalization and clitic rules that names go through (text/).
CODE_DIRS = ("kb", "text")


def cache_dir() -> Path | None:
    """The cache directory the environment asks for, or None when the cache is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return None if configured.strip().lower() in ("", DISABLED) else Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "hadath"


@functools.cache
def code_version() -> str:
    """The package version, Python's, the pickle format and a hash of the code behind the objects."""
    from hadath import __version__

    digest = hashlib.sha256(f"{__version__}\0{FORMAT}\0{pickle.HIGHEST_PROTOCOL}\0".encode())
    for sub in CODE_DIRS:
        for path in sorted((PACKAGE_DIR / sub).glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cache_key(*parts: str) -> str:
    """One key from the code version and the given parts (data hashes, names)."""
    digest = hashlib.sha256(code_version().encode())
    for part in parts:
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """SHA-256 over the names and bytes of files (missing ones count as empty)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def _entry(directory: Path, name: str, key: str) -> Path:
    return directory / f"{name}-{key[:40]}.pickle"


def read_entry(name: str, key: str) -> Any | None:
    """The cached object, or None when absent, unreadable or not the one asked for."""
    directory = cache_dir()
    if directory is None:
        return None
    path = _entry(directory, name, key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    gc.disable()  # unpickling makes many small objects; collections midway only cost time
    try:
        stored_key, value = pickle.loads(data)
    except Exception as err:  # any broken pickle is a cache miss, never a failure
        logger.debug("ignoring unreadable cache file %s: %s", path, err)
        return None
    finally:
        gc.enable()
    return value if stored_key == key else None


def write_entry(name: str, key: str, value: Any) -> None:
    """Store an object atomically; any failure leaves the cache as it was."""
    directory = cache_dir()
    if directory is None:
        return
    tmp_name = ""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=directory, prefix=f".{name}-", suffix=".tmp", delete=False
        ) as tmp:
            tmp_name = tmp.name
            pickle.dump((key, value), tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp_name, _entry(directory, name, key))
        tmp_name = ""
        _prune(directory, name)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError) as err:
        logger.debug("not caching %s in %s: %s", name, directory, err)
    finally:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)


def _prune(directory: Path, name: str) -> None:
    """Keep the newest entries of one kind; older data versions would only fill the disk."""
    entries = sorted(directory.glob(f"{name}-*.pickle"), key=_mtime, reverse=True)
    for old in entries[KEEP_PER_NAME:]:
        old.unlink(missing_ok=True)  # a reader that has it open still reads it whole


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The object stored under ``name``/``key``, built and stored when missing."""
    value = read_entry(name, key)
    if value is not None:
        return value
    value = build()
    write_entry(name, key, value)
    return value


__all__ = ["CACHE_ENV", "cache_dir", "cache_key", "cached", "code_version", "files_digest"]
