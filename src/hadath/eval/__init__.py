"""Evaluation against gold files in the format of the gold annotation guideline.

``evaluate(gold_path, system_path)`` scores a system output file; without a system file it
runs the pipeline over the gold texts and scores what it produces. The scoring follows the
guideline's "How this is scored" exactly (see :mod:`hadath.eval.score`), so the numbers
agree with the reference scorer.

Example:
    >>> result = evaluate("gold.jsonl", "system.jsonl")  # doctest: +SKIP
    >>> result.levels["type"].f1  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hadath.errors import DataError
from hadath.eval.gold import DocRecord, parse_record, read_gold, read_system
from hadath.eval.score import LEVELS, PRF, Accuracy, ArticleScore, EvalResult, score
from hadath.model import Article

if TYPE_CHECKING:
    from hadath.pipeline import Pipeline

logger = logging.getLogger(__name__)

__all__ = [
    "LEVELS", "PRF", "Accuracy", "ArticleScore", "EvalResult", "evaluate", "read_gold",
    "read_system", "run_system", "score", "write_jsonl",
]  # fmt: skip


def _article(doc: DocRecord) -> Article:
    return Article(doc_id=doc.doc_id, text=doc.text, title=doc.title, published=doc.published)


def _empty_record(article: Article, reason: str) -> dict[str, Any]:
    # A crash is a miss, not an abort: the article predicts nothing and says why.
    return {"doc_id": article.doc_id, "text": article.text, "events": [], "quotes": [],
            "entities": [], "error": reason}  # fmt: skip


def run_system(gold: Iterable[DocRecord], pipeline: Pipeline | None = None) -> list[dict[str, Any]]:
    """Run the pipeline on each gold article's text and return its gold-format records.

    Args:
        gold: the gold records (their ``doc_id``, ``text``, ``title``, ``published`` are used).
        pipeline: the pipeline to run; by default ``Pipeline.default(on_error="skip")``, so
            an article the pipeline fails on counts as predicting nothing.

    Returns:
        One ``Article.to_dict()`` record per gold article, in gold order.
    """
    if pipeline is None:
        from hadath.pipeline import Pipeline

        pipeline = Pipeline.default(on_error="skip")
    records: list[dict[str, Any]] = []
    failed = 0
    for out in pipeline.pipe(_article(doc) for doc in gold):
        if isinstance(out, Article):
            records.append(out.to_dict())
        else:
            failed += 1
            records.append(_empty_record(out.article, out.reason))
    if failed:
        logger.warning("the pipeline failed on %d of %d gold articles", failed, len(records))
    return records


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records as UTF-8 JSONL, Arabic unescaped, one record a line."""
    with Path(path).open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def evaluate(
    gold_path: str | Path,
    system_path: str | Path | None = None,
    pipeline: Pipeline | None = None,
    *,
    save_system: str | Path | None = None,
    corpus: str | Path | None = None,
) -> EvalResult:
    """Score a system against a gold file.

    Args:
        gold_path: the gold JSONL file.
        system_path: the system output JSONL file; when None, the pipeline is run on the
            gold texts instead.
        pipeline: the pipeline to run when there is no system file (default pipeline if None).
        save_system: where to write the records the pipeline produced (JSONL); only
            meaningful when the pipeline runs.
        corpus: the corpus an offsets-only gold file was annotated on (see
            :mod:`hadath.eval.offsets`).

    Returns:
        The scores, overall, per event type and per article.

    Raises:
        DataError: a malformed gold or system line.
        ValueError: both ``system_path`` and ``save_system`` given.
    """
    gold = read_gold(gold_path, corpus)
    if system_path is not None:
        if save_system is not None:
            raise ValueError("save_system applies only when the pipeline runs (no system file)")
        return score(gold, read_system(system_path))
    records = run_system(gold.values(), pipeline)
    if save_system is not None:
        write_jsonl(save_system, records)
    return score(gold, _parse_output(records))


def _parse_output(records: Iterable[dict[str, Any]]) -> dict[str, DocRecord]:
    """The pipeline's records as system records; a malformed one is a pipeline bug."""
    system: dict[str, DocRecord] = {}
    for n, record in enumerate(records, 1):
        try:
            system[str(record["doc_id"])] = parse_record(record, strict=False)
        except ValueError as err:
            raise DataError("<pipeline output>", n, str(err)) from err
    return system
