"""The README's library example runs and prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_python_example_output() -> None:
    block = re.search(
        r"```python\n(from hadath import Pipeline.*?)```", README.read_text(encoding="utf-8"), re.S
    )
    assert block, "README lost its library example"
    code = block.group(1)
    expected = [ln[2:] for ln in code.splitlines() if ln.startswith("# ")]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {})
    assert out.getvalue().splitlines() == expected
