"""Knowledge base coverage: how many gold named entities the KB resolves, and to the right one.

    python bench/kb_coverage.py --gold ../shared/gold/dev/dev.jsonl [--labels bench/kb_coverage_labels.tsv]

The gold lists each distinct named mention of an article once, with its ``type`` and its
canonical English ``entity`` name (guideline, "ENTITY"); it gives no offsets. For every
gold entity of type PER, ORG or GPE this finds each occurrence of its text in the article
and runs the knowledge-base part of the pipeline over the whole article (sentences,
tokens, ``EntityMatcher``: alias index, office holder on the article's date, place choice
by the article's country). An occurrence is **resolved** when a mention of a KB record
(actor, country, capital, office, place; not the unnamed groups) overlaps it by at least
half of the shorter span, as the scorer matches spans, and that mention's label is the
gold type. It is **right** when, in addition, the record's canonical name equals the gold
``entity`` after the scorer's name normalization.

Name equality misses spelling variants ("Daraa" / "Dara'a"), so resolved-but-unequal
pairs are listed with ``--list`` as ``doc_id, entity index, ref``; a person labels them
``same`` or ``different`` in a TSV (``--labels``: doc_id, entity index, ref, label; ids
only, no article text), and the report adds the labelled ``same`` pairs to the right ones.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hadath.eval.gold import DocRecord
    from hadath.pipeline import Stage

TYPES = ("PER", "ORG", "GPE")
RECORD_KINDS = ("actor", "country", "capital", "office", "place")
Label = tuple[str, int, str]  # doc_id, entity index in the gold record, system ref


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the KB did with one gold entity."""

    doc_id: str
    index: int
    type: str
    resolved: bool
    right: bool
    ref: str  # the resolved record's ref ("actor:Q22316"), "" when unresolved


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of ``needle`` in ``text``."""
    spans, start = [], text.find(needle)
    while needle and start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / shorter if shorter > 0 else 0.0


def judge(
    doc: DocRecord, matcher_stages: Sequence[Stage], normalize_name: Callable[[str | None], str]
) -> list[Outcome]:
    """Outcomes for the PER/ORG/GPE entities of one gold document."""
    from hadath.model import Article

    article = Article(doc_id=doc.doc_id, text=doc.text, published=doc.published)
    for stage in matcher_stages:
        article = stage(article)
    records = [m for m in article.mentions if m.ref.split(":", 1)[0] in RECORD_KINDS]
    out = []
    for i, ent in enumerate(doc.entities):
        if ent.type not in TYPES:
            continue
        hits = [
            m
            for span in occurrences(doc.text, ent.text)
            for m in records
            if m.label == ent.type and overlap(span, (m.start, m.end)) >= 0.5
        ]
        right = [m for m in hits if normalize_name(m.entity) == normalize_name(ent.entity)]
        best = (right or hits or [None])[0]
        out.append(Outcome(doc.doc_id, i, ent.type, bool(hits), bool(right), best.ref if best else ""))
    return out


def read_labels(path: Path) -> dict[Label, str]:
    """Hand labels: doc_id, entity index, ref, same|different (a header row first)."""
    labels: dict[Label, str] = {}
    with path.open(encoding="utf-8") as rows:
        for lineno, row in enumerate(csv.reader(rows, delimiter="\t"), start=1):
            if lineno == 1 or not row or row[0].startswith("#"):
                continue
            if len(row) != 4 or row[3] not in ("same", "different") or not row[1].isdigit():
                sys.exit(f"{path}:{lineno}: expected doc_id, entity index, ref, same|different")
            labels[(row[0], int(row[1]), row[2])] = row[3]
    return labels


def report(outcomes: list[Outcome], labels: dict[Label, str]) -> None:
    print("type   gold  resolved (some KB record)  right (same name)  + hand-labelled same")
    for t in (*TYPES, "all"):
        rows = [o for o in outcomes if t in (o.type, "all")]
        n = len(rows) or 1
        resolved = sum(o.resolved for o in rows)
        right = sum(o.right for o in rows)
        same = sum(
            labels.get((o.doc_id, o.index, o.ref)) == "same" for o in rows if o.resolved and not o.right
        )
        print(
            f"{t:5} {len(rows):5}  {resolved:5} ({resolved / n:6.1%})          "
            f"{right:5} ({right / n:6.1%})     {right + same:5} ({(right + same) / n:6.1%})"
        )
    unequal = [o for o in outcomes if o.resolved and not o.right]
    checked = [o for o in unequal if (o.doc_id, o.index, o.ref) in labels]
    verdicts = Counter(labels[(o.doc_id, o.index, o.ref)] for o in checked)
    print(
        f"resolved with another name: {len(unequal)}; hand-labelled {len(checked)}: "
        f"{verdicts['same']} same entity, {verdicts['different']} different"
    )
    if checked:
        right = sum(o.right for o in outcomes if o.resolved)
        resolved = sum(o.resolved for o in outcomes)
        est = (right + verdicts["same"] / len(checked) * len(unequal)) / (resolved or 1)
        print(f"estimated share of resolved entities that are the right one: {est:.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True, help="gold JSONL (the guideline's format)")
    parser.add_argument("--labels", type=Path, help="hand labels of resolved-but-unequal pairs (TSV)")
    parser.add_argument("--list", action="store_true", help="print the resolved-but-unequal pairs (ids only)")
    args = parser.parse_args(argv)
    for path in (args.gold, args.labels):
        if path is not None and not path.is_file():
            sys.exit(f"{path}: no such file")

    labels = read_labels(args.labels) if args.labels else {}
    from hadath.errors import HadathError
    from hadath.eval.gold import read_gold
    from hadath.eval.match import normalize_name
    from hadath.kb import load_kb
    from hadath.mentions.entities import EntityMatcher
    from hadath.text.sentences import SentenceSplitter
    from hadath.text.tokens import Tokenizer

    try:
        gold = read_gold(args.gold)
        kb = load_kb()
    except HadathError as err:
        sys.exit(str(err))
    stages = (SentenceSplitter(), Tokenizer(kb.lexicon), EntityMatcher(kb))
    outcomes = [o for doc in gold.values() for o in judge(doc, stages, normalize_name)]
    print(f"command: {' '.join(sys.argv)}")
    print(f"gold: {len(gold)} articles; KB: {len(kb.actors)} actors, {len(kb.places)} places")
    report(outcomes, labels)
    if args.list:
        print("doc_id\tentity\tref")
        for o in outcomes:
            if o.resolved and not o.right:
                print(f"{o.doc_id}\t{o.index}\t{o.ref}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
