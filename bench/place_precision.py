"""Precision of place matches on a corpus, against matches a person labelled.

    python bench/place_precision.py --corpus DIR_OR_FILE --labels bench/places/labels.jsonl [--json]
    python bench/place_precision.py --corpus DIR_OR_FILE --sample 300 --seed 4 > to_label.txt

``--labels``: one JSON line per labelled match, ``{"doc": ARTICLE_ID, "start": S, "end": E,
"ref": PLACE_ID, "label": L, "split": "tune"|"held"}``, offsets into the record's ``text``,
``label`` one of ``correct`` (a place, and the gazetteer entry it resolved to is the right
one), ``wrong_entry`` (a place, but another entry) and ``not_place`` (a word or a name that
is no place here). The labelled articles are run through the matcher again; a label counts
where the same span still resolves to the same place. Reports precision (correct / counted)
overall, per split and per precision level of the place, and how many labelled matches are
no longer made or now resolve elsewhere. ``held`` labels are never used to choose a rule.

``--sample N``: draws articles at random (``--seed``), one place match from each, until N;
prints each with its context for reading (to the terminal, never into the repository) and a
label line to fill in. Only ids, offsets and labels are kept in the labels file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hadath import Article, Pipeline
from hadath.kb import KnowledgeBase, load_kb
from hadath.mentions.entities import EntityMatcher
from hadath.model import Mention
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer

LABELS = ("correct", "wrong_entry", "not_place")
CONTEXT_CHARS = 70


def corpus_records(corpus: Path) -> Iterator[dict[str, Any]]:
    """Records with a text from a JSONL(.gz) file or every such file in a directory."""
    files = sorted(corpus.glob("*.jsonl*")) if corpus.is_dir() else [corpus]
    if not files or not all(f.is_file() for f in files):
        sys.exit(f"{corpus}: no JSONL corpus file")
    for path in files:
        opener = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line) if line.strip() else None
                if isinstance(record, dict) and record.get("text") and record.get("id"):
                    yield record


def matcher(kb: KnowledgeBase) -> Pipeline:
    """The stages up to name matching: enough to see every place match."""
    return Pipeline([SentenceSplitter(), Tokenizer(kb.lexicon), EntityMatcher(kb)])


def place_mentions(pipe: Pipeline, record: dict[str, Any]) -> list[Mention]:
    article = pipe(Article(doc_id=record["id"], text=record["text"], published=record.get("published")))
    return [m for m in article.mentions if m.kind == "place"]


def split_of(doc: str) -> str:
    """Half the articles are held out, by a hash of their id (stable across runs)."""
    return "held" if hashlib.sha256(doc.encode()).digest()[0] % 2 else "tune"


def sample(corpus: Path, n: int, seed: int) -> None:
    records = list(corpus_records(corpus))
    random.Random(seed).shuffle(records)
    kb = load_kb()
    pipe, rng, taken = matcher(kb), random.Random(seed + 1), 0
    for record in records:
        if taken == n:
            break
        mentions = place_mentions(pipe, record)
        if not mentions:
            continue
        m = rng.choice(mentions)
        place = kb.places[m.ref.partition(":")[2]]
        text = record["text"]
        before = text[max(0, m.start - CONTEXT_CHARS) : m.start].replace("\n", " ")
        after = text[m.end : m.end + CONTEXT_CHARS].replace("\n", " ")
        print(f"#{taken} {before} [[{m.text}]] {after}")
        print(f"#  -> {place.name} ({place.country}, {place.precision}, pop {place.population})")
        label = {"doc": record["id"], "start": m.start, "end": m.end, "ref": place.id, "label": "?",
                 "split": split_of(record["id"])}  # fmt: skip
        print(json.dumps(label, ensure_ascii=False))
        taken += 1


def read_labels(path: Path) -> list[dict[str, Any]]:
    labels = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            label = json.loads(line)
            ok = label["label"] in LABELS and isinstance(label["start"], int) and label["doc"]
        except (json.JSONDecodeError, KeyError, TypeError):
            ok = False
        if not ok:
            sys.exit(f"{path}:{number}: not a label line (doc, start, end, ref, label in {LABELS})")
        labels.append(label)
    return labels


def score(corpus: Path, labels: list[dict[str, Any]]) -> dict[str, Any]:
    """Counted, correct and precision per group; matches no longer made or resolved elsewhere."""
    kb = load_kb()
    pipe = matcher(kb)
    wanted = {label["doc"] for label in labels}
    now: dict[tuple[str, int, int], str] = {}
    for record in corpus_records(corpus):
        if record["id"] in wanted:
            for m in place_mentions(pipe, record):
                now[(record["id"], m.start, m.end)] = m.ref.partition(":")[2]
    counted, correct, fate = Counter[str](), Counter[str](), Counter[str]()
    for label in labels:
        ref = now.get((label["doc"], label["start"], label["end"]))
        if ref is None:
            fate[f"dropped_{label['label']}"] += 1
            continue
        if ref != label["ref"]:
            fate["resolved_elsewhere"] += 1
            continue
        place = kb.places.get(ref)
        for group in ("all", f"split:{label['split']}", f"precision:{place.precision if place else '?'}"):
            counted[group] += 1
            correct[group] += label["label"] == "correct"
    return {
        "labels": len(labels),
        "groups": {
            g: {"counted": counted[g], "correct": correct[g], "precision": round(correct[g] / counted[g], 3)}
            for g in sorted(counted)
        },
        "not_counted": dict(fate),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.sample:
        sample(args.corpus, args.sample, args.seed)
        return
    if not args.labels or not args.labels.is_file():
        sys.exit(f"{args.labels}: no labels file (give --labels, or --sample N to draw one)")
    report = score(args.corpus, read_labels(args.labels))
    if args.json:
        print(json.dumps(report, indent=1))
        return
    print(f"{'group':<22}{'counted':>8}{'correct':>8}{'precision':>10}")
    for group, row in report["groups"].items():
        print(f"{group:<22}{row['counted']:>8}{row['correct']:>8}{row['precision']:>10.3f}")
    print("not counted:", ", ".join(f"{k} {v}" for k, v in sorted(report["not_counted"].items())) or "none")


if __name__ == "__main__":
    main()
