"""The HTTP API and dashboard server: ``create_app(db_path)``."""

from hadath.api.app import create_app

__all__ = ["create_app"]
