"""List the quote finder's misses on a gold file, by cause, to guide general fixes.

Every gold quote the system did not match is put in one class:

- ``no quote``: no system quote overlaps its content at all;
- ``span short`` / ``span long``: a system quote overlaps it, but by less than half of the
  shorter span (the system's content is shorter / longer than the gold one);
- ``speaker missing`` / ``speaker wrong``: the content matches, the speaker does not.

System quotes left unmatched are listed as ``extra``. Prints to the terminal only: gold text
is never written out.

With ``--context N`` each row also shows the N characters of the article before the gold
(or system) content, where the cue and the speaker usually are.

Usage: ``python bench/quote_misses.py GOLD.jsonl [--only CLASS] [--summary] [--context N]
[--system OUT.jsonl]``
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from hadath.eval import read_gold, run_system
from hadath.eval.gold import Arg, DocRecord, QuoteRecord, parse_record
from hadath.eval.match import MIN_OVERLAP, args_match, greedy_match, overlap

Span = tuple[int, int]


def _speaker(quote: QuoteRecord) -> list[Arg]:
    return [quote.speaker or Arg()]


def _who(quote: QuoteRecord) -> str:
    if quote.speaker is None:
        return "-"
    s = quote.speaker
    return f"{s.span.text or ''}={s.entity or ''}/{s.country}/{s.sector}"


def _clip(text: str, width: int = 110) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width // 2] + " … " + text[-width // 2 :]


def _before(quote: QuoteRecord, doc: str, width: int) -> str:
    """The ``width`` characters of ``doc`` before the quote's content."""
    span = quote.content.locate(doc)
    if span is None or width <= 0:
        return ""
    return doc[max(0, span[0] - width) : span[0]].replace("\n", " ⏎ ")


def _cause(gold: QuoteRecord, system: list[QuoteRecord], doc: str) -> tuple[str, QuoteRecord | None]:
    """The miss class of one unmatched gold quote, and the system quote nearest to it."""
    g_span = gold.content.locate(doc)
    scored = [(overlap(g_span, s.content.locate(doc)), s) for s in system]
    scored = [(o, s) for o, s in scored if o > 0]
    if not scored or g_span is None:
        return "no quote", None
    best, nearest = max(scored, key=lambda pair: pair[0])
    if best < MIN_OVERLAP:
        s_span = nearest.content.locate(doc) or (0, 0)
        shorter = s_span[1] - s_span[0] < g_span[1] - g_span[0]
        return ("span short" if shorter else "span long"), nearest
    if nearest.speaker is None:
        return "speaker missing", nearest
    return "speaker wrong", nearest


def _misses(
    gold: DocRecord, system: DocRecord
) -> tuple[list[tuple[str, QuoteRecord, QuoteRecord | None]], list]:
    doc = gold.text

    def accept(g: QuoteRecord, s: QuoteRecord) -> bool:
        return overlap(g.content.locate(doc), s.content.locate(doc)) >= MIN_OVERLAP and args_match(
            _speaker(g), _speaker(s), doc
        )

    pairs = greedy_match(gold.quotes, system.quotes, accept)
    matched_gold = {id(g) for g, _ in pairs}
    matched_sys = {id(s) for _, s in pairs}
    free_sys = [s for s in system.quotes if id(s) not in matched_sys]
    misses = [(*_cause(g, free_sys, doc), g) for g in gold.quotes if id(g) not in matched_gold]
    return [(cause, g, s) for cause, s, g in misses], [s for s in free_sys]


def _records(gold: dict[str, DocRecord], system_path: Path | None) -> list[dict]:
    if system_path is not None and system_path.exists():
        return [json.loads(line) for line in system_path.read_text(encoding="utf-8").splitlines() if line]
    return run_system(gold.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--only", default="", help="only this class (e.g. 'no quote', extra)")
    parser.add_argument("--summary", action="store_true", help="counts only")
    parser.add_argument("--system", type=Path, help="a saved system JSONL instead of running")
    parser.add_argument("--context", type=int, default=0, help="show this many characters before the content")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    counts: Counter[str] = Counter()
    for record in _records(gold, args.system):
        g_doc = gold[str(record["doc_id"])]
        s_doc = parse_record(record, strict=False)
        misses, extras = _misses(g_doc, s_doc)
        rows = [(cause, g, s) for cause, g, s in misses] + [("extra", None, s) for s in extras]
        for cause, g, s in rows:
            counts[cause] += 1
            if args.summary or (args.only and cause != args.only):
                continue
            print(f"[{cause}] {g_doc.doc_id}")
            for label, quote in (("gold", g), ("system", s)):
                if quote is None:
                    continue
                print(f"   {label + ':':7} {quote.cue} | {_who(quote)} | {_clip(quote.content.text or '')}")
                if args.context:
                    print(f"   {'before:':7} …{_before(quote, g_doc.text, args.context)}")
    for cause, n in counts.most_common():
        print(f"{n:4d}  {cause}")


if __name__ == "__main__":
    main()
