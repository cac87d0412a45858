"""Build the generated demo inputs from their committed sources.

* ``examples/warc_src/*.html`` -> ``examples/articles/crawl.warc.gz``: one gzipped WARC
  with an HTTP ``response`` record per page, addressed by the page's canonical URL.
* ``examples/src_cp1256/*.txt`` (UTF-8) -> ``examples/articles/<name>.cp1256.txt``,
  encoded as Windows-1256, as older Arabic sites and archives still serve text.

The output is byte-for-byte reproducible (fixed dates, record ids derived from URLs), so
rerunning it leaves git clean. Usage: ``.venv/bin/python examples/build_examples.py``.
"""

from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
WARC_SOURCES = HERE / "warc_src"
CP1256_SOURCES = HERE / "src_cp1256"
# One fixed crawl time keeps the archive reproducible.
CRAWL_DATE = "2016-09-30T12:00:00Z"
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')


def canonical_url(page: str, fallback: str) -> str:
    """The page's ``<link rel="canonical">`` address, or a made-up one from its file name."""
    match = CANONICAL.search(page)
    return match.group(1) if match else f"https://example.org/{fallback}"


def build_warc(sources: list[Path], target: Path) -> int:
    """Write one gzipped WARC with a response record per HTML file; returns the count."""
    with target.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for path in sources:
            body = path.read_bytes()
            url = canonical_url(body.decode("utf-8"), path.stem)
            http_headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=http_headers,
                warc_headers_dict={
                    "WARC-Date": CRAWL_DATE,
                    "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>",
                },
            )
            writer.write_record(record)
    return len(sources)


def build_cp1256(sources: list[Path], folder: Path) -> list[Path]:
    """Re-encode each UTF-8 source as Windows-1256 into ``folder``; returns the new files."""
    written = []
    for path in sources:
        target = folder / f"{path.stem}.cp1256.txt"
        target.write_bytes(path.read_text(encoding="utf-8").encode("cp1256"))
        written.append(target)
    return written


def main() -> None:
    """Rebuild every generated example file."""
    count = build_warc(sorted(WARC_SOURCES.glob("*.html")), ARTICLES / "crawl.warc.gz")
    encoded = build_cp1256(sorted(CP1256_SOURCES.glob("*.txt")), ARTICLES)
    print(f"crawl.warc.gz: {count} records; Windows-1256: {', '.join(p.name for p in encoded)}")


if __name__ == "__main__":
    main()
