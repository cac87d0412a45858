"""Shared fixtures for the ingest tests: a short Arabic article written for these tests."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

TITLE = "الجيش اللبناني يعزز انتشاره على الحدود الشمالية"
PARAGRAPHS = (
    "أعلنت قيادة الجيش اللبناني صباح اليوم الأربعاء أنها أرسلت تعزيزات عسكرية إلى قرى عكار "
    "الحدودية بعد اشتباكات متقطعة مع مهربين مسلحين خلال الليل.",
    "وقال بيان صادر عن مديرية التوجيه إن الوحدات المنتشرة أوقفت ثلاثة أشخاص وصادرت كميات من "
    "الأسلحة الخفيفة من دون أن تسجل إصابات في صفوف العسكريين.",
    "من جهته دعا محافظ عكار سكان البلدات الحدودية إلى التعاون مع القوى الأمنية والإبلاغ عن أي "
    "تحركات مشبوهة في المنطقة.",
)
BODY = "\n\n".join(PARAGRAPHS)
ENGLISH = (
    "The city council approved a new budget on Tuesday after a long debate about road repairs.\n\n"
    "Several members said the plan would raise local taxes, while the mayor promised more buses."
)
PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15"
    b"\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND"
    b"\xaeB`\x82"
)


def page(body: str = BODY, *, head: str = "", title: str = TITLE) -> str:
    """A small HTML page around ``body`` paragraphs."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes | str], Path]:
    """Write bytes or UTF-8 text to ``tmp_path/name`` (folders made) and return the path."""

    def _write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def warc_bytes(records: list[tuple[str, str, bytes, str]], *, gzip: bool = True) -> bytes:
    """A WARC file of ``(type, uri, payload, content_type)`` records built with warcio."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for rec_type, uri, payload, content_type in records:
        if rec_type == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(payload), http_headers=http
            )
        else:
            record = writer.create_warc_record(
                uri, rec_type, payload=io.BytesIO(payload), warc_content_type=content_type
            )
        writer.write_record(record)
    return buffer.getvalue()
