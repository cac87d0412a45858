"""A throwaway PostgreSQL server for the store tests, or the one $HADATH_TEST_PG_URL names.

The server is a fresh cluster in a temporary directory (``initdb`` + ``pg_ctl``), listening
only on a Unix socket in that directory, so it touches no port and no other server. The
binaries are looked up on PATH, then in ``/usr/lib/postgresql/*/bin`` (Debian's
``postgresql`` package). ``initdb`` refuses to run as root, so under root the commands run
as the ``postgres`` user (which that package creates) or else ``nobody``, through
``runuser``. Anything missing means no server, and the PostgreSQL tests skip.

The session makes one database (``CREATE DATABASE``) and each test its own schema in it,
dropped afterwards; with $HADATH_TEST_PG_URL that URL's role needs the CREATEDB privilege,
and nothing else of that server is touched.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ENV_URL = "HADATH_TEST_PG_URL"
START_TIMEOUT_S = 60
ADMIN_USER = "hadath"


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, newest version first; None when absent."""
    found = shutil.which("initdb")
    candidates = [Path(found).resolve().parent] if found else []
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_major, reverse=True)
    candidates.extend(versions)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _major(path: Path) -> int:
    digits = re.sub(r"\D", "", path.parent.name)
    return int(digits or 0)


def run_as() -> tuple[list[str], str | None] | None:
    """(command prefix, user) that runs server commands as a non-root user; None if impossible."""
    if os.geteuid() != 0:
        return [], None
    runuser = shutil.which("runuser")
    if runuser is None:
        return None
    for user in ("postgres", "nobody"):
        try:
            pwd.getpwnam(user)
        except KeyError:
            continue
        return [runuser, "-u", user, "--"], user
    return None


def _free_port() -> int:
    # The server listens on no TCP port; the number only names its socket file.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a cluster in a temporary directory; yields its admin URL; stops and removes it.

    Raises:
        RuntimeError: with the reason, when no server can be started here.
    """
    bindir = find_bindir()
    prefix = run_as()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) not found")
    if prefix is None:
        raise RuntimeError("running as root and no user to run initdb as (runuser, postgres or nobody)")
    command, user = prefix
    # Not under pytest's tmp_path: its parents are private to root, and the socket path must stay short.
    folder = Path(tempfile.mkdtemp(prefix="hadath-pg-"))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, port = folder / "data", _free_port()
    options = (
        f"-k {folder} -p {port} -c listen_addresses='' "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        _run([*command, str(bindir / "initdb"), "-D", str(data), "-U", ADMIN_USER, "--auth=trust",
              "--encoding=UTF8", "--no-locale", "--no-sync"])  # fmt: skip
        _run([*command, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
              "-w", "-t", str(START_TIMEOUT_S), "start"])  # fmt: skip
    except RuntimeError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        yield f"postgresql://{ADMIN_USER}@/postgres?host={folder}&port={port}"
    finally:
        subprocess.run([*command, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True, timeout=START_TIMEOUT_S, check=False)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: list[str]) -> None:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=START_TIMEOUT_S, check=False)
    except (OSError, subprocess.TimeoutExpired) as err:
        raise RuntimeError(f"{Path(args[-1]).name}: {err}") from err
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise RuntimeError(f"{' '.join(args[-3:])} failed: {' / '.join(tail)}")


def with_database(url: str, name: str) -> str:
    """The same server URL, naming another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@contextmanager
def scratch_database(admin_url: str) -> Iterator[str]:
    """A new empty database on the server for the session; yields its URL; drops it afterwards."""
    name = f"hadath_test_{uuid.uuid4().hex[:12]}"  # our own name, never user input
    with _admin(admin_url) as cursor:
        cursor.execute(f"CREATE DATABASE {name}")
    try:
        yield with_database(admin_url, name)
    finally:
        with _admin(admin_url) as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@contextmanager
def scratch_schema(database_url: str) -> Iterator[str]:
    """A new empty schema (much faster to make than a database); yields a URL whose tables go there."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with _admin(database_url) as cursor:
        cursor.execute(f"CREATE SCHEMA {name}")
    parts = urlsplit(database_url)
    query = "&".join(filter(None, (parts.query, f"options=-c%20search_path%3D{name}")))
    try:
        yield urlunsplit(parts._replace(query=query))
    finally:
        with _admin(database_url) as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@contextmanager
def _admin(url: str) -> Iterator[Any]:
    import pg8000.dbapi

    from hadath.store.postgres import parse_url

    conn = pg8000.dbapi.connect(**parse_url(url).connect_args())
    conn.autocommit = True
    try:
        yield conn.cursor()
    finally:
        conn.close()


def database_or_skip() -> Iterator[str]:
    """A scratch database on $HADATH_TEST_PG_URL's server or a throwaway one; skips the tests when none.

    For package-scoped fixtures: ``yield from pgserver.database_or_skip()``.
    """
    import contextlib

    import pytest

    pytest.importorskip("pg8000")
    with contextlib.ExitStack() as stack:
        admin = os.environ.get(ENV_URL)
        if not admin:
            try:
                admin = stack.enter_context(throwaway_server())
            except RuntimeError as err:
                pytest.skip(f"no PostgreSQL server: {err}")
        yield stack.enter_context(scratch_database(admin))


@contextmanager
def new_target(request: Any, backend: str, sqlite_file: Path) -> Iterator[str]:
    """An empty store location: ``sqlite_file``, or a fresh schema in the ``pg_database_url`` fixture's database."""
    if backend == "sqlite":
        yield str(sqlite_file)
        return
    with scratch_schema(request.getfixturevalue("pg_database_url")) as url:
        yield url
