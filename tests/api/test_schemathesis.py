"""Property-based conformance: every GET operation, fed by Schemathesis from the app's own OpenAPI
schema, in-process (ASGI), never answers 5xx, an undocumented status, or a body its schema denies.

Random values that the schema allows but the API refuses on meaning (an unknown event type,
a cursor it never made) are fine: they must come back as documented 4xx answers.
"""

from __future__ import annotations

from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import checks as st_checks  # noqa: E402

from hadath.api import create_app  # noqa: E402

from .test_app import GET_PATHS  # noqa: E402

EXAMPLES = 25  # per operation: nine operations stay well under a minute
CHECKS = [
    getattr(st_checks, name)
    for name in (
        "not_a_server_error", "status_code_conformance", "content_type_conformance",
        "response_schema_conformance",
    )
]  # fmt: skip


@pytest.fixture(scope="module")
def api_schema(target: str) -> Any:
    """The schema as the app serves it; requests go to that app in-process (over each backend)."""
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(target))


def test_every_get_operation_is_tested(api_schema: Any) -> None:
    operations = [r.ok() for r in api_schema.include(method="GET").get_all_operations()]
    assert {op.path for op in operations} == GET_PATHS


@pytest.mark.parametrize("path", sorted(GET_PATHS))
def test_get_operation_conforms_to_the_schema(api_schema: Any, path: str) -> None:
    @given(case=api_schema[path]["GET"].as_strategy())
    # derandomize: the same examples on every run, so a failure here is never a fluke of the seed.
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    def check(case: Any) -> None:
        case.call_and_validate(checks=CHECKS)

    check()
