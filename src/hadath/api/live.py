"""The API and dashboard served from a background thread, for browser tests and screenshots.

``hadath serve`` is the way to run the server; this is for code that needs one for a while
inside its own process (a test session, ``scripts/screenshots.py``) and must know its address.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from hadath.api.app import create_app
from hadath.errors import StoreError

START_TIMEOUT = 20.0  # seconds for the server to open its store and listen


@contextmanager
def serving(db: str, *, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve the store ``db`` on a free port of ``host`` until the block ends.

    Yields:
        The base URL, such as ``http://127.0.0.1:54321``.

    Raises:
        StoreError: the server did not start (a bad store, or no port) in time.
    """
    # The socket is bound here, on port 0, and handed to uvicorn: the port is known before
    # the server starts, and no other process can take it in between.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="hadath-serve", daemon=True)
    thread.start()
    try:
        _wait_started(server, thread)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _wait_started(server: uvicorn.Server, thread: threading.Thread) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise StoreError("the dashboard server did not start (see the log above)")
        time.sleep(0.02)
