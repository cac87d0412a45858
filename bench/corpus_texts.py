"""Article texts of a JSONL(.gz) corpus, for the benchmark scripts (a file or a folder of them)."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path


def corpus_files(corpus: Path) -> list[Path]:
    """The JSONL(.gz) files of a corpus directory (or the one file given)."""
    if corpus.is_file():
        return [corpus]
    files = sorted(p for p in corpus.glob("*.jsonl*") if p.is_file())
    if not files:
        sys.exit(f"{corpus}: no .jsonl or .jsonl.gz files")
    return files


def read_texts(corpus: Path, limit: int) -> list[str]:
    """The first ``limit`` non-empty article texts of the corpus."""
    texts: list[str] = []
    for path in corpus_files(corpus):
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                text = str(json.loads(line).get("text") or "")
                if text.strip():
                    texts.append(text)
                if len(texts) == limit:
                    return texts
    return texts
