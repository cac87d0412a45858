"""List gazetteer names that look like common words, for a person to check into the stoplist.

    python scripts/place_stoplist_candidates.py CORPUS.jsonl.gz [-n 5000] [--min-count 20]

Counts, over the first N articles of a JSONL(.gz) corpus, how often each one-word place name
of the gazetteer stands as a whole word (a leading و allowed) and how often a place cue or a
fused ب comes right before it. A frequent name that rarely follows a cue is usually a word
(كان، بيان) rather than a place (حلب); the output (count, cue share, name, places) is a list
to read, not a verdict: what goes into ``lexicon/ar/not_places.txt`` is a person's call.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from hadath.kb import load_kb
from hadath.kb.index import alias_key
from hadath.kb.names import not_places
from hadath.mentions.place_guard import place_cues
from hadath.text.normalize import normalize

_WORD = re.compile(r"[\u0621-\u064A]+")


def corpus_words(path: Path, limit: int) -> list[list[str]]:
    """Normalized Arabic words of the first ``limit`` article texts."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") if path.name.endswith(".gz") else path.open() as f:
        for line, _ in zip(f, range(limit), strict=False):
            out.append(_WORD.findall(normalize(json.loads(line).get("text") or "")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-n", type=int, default=5000)
    parser.add_argument("--min-count", type=int, default=20)
    args = parser.parse_args()
    kb = load_kb()
    stop, cues = not_places(), place_cues()
    places_of: dict[str, list[str]] = {}
    for p in kb.places.values():
        for name in p.names:
            key = alias_key(name)
            if len(key) == 1 and key not in stop:
                places_of.setdefault(key[0], []).append(f"{p.country}/{p.precision}/{p.population}")
    seen, cued = Counter[str](), Counter[str]()
    for words in corpus_words(args.corpus, args.n):
        for i, w in enumerate(words):
            for form, fused in ((w, False), (w[1:], w[:1] == "ب"), (w[1:], False), (w[2:], w[:2] == "وب")):
                if form in places_of:
                    seen[form] += 1
                    before = words[i - 1] if i else ""
                    cued[form] += fused or before in cues or before[1:] in cues
                    break
    for name, count in seen.most_common():
        if count >= args.min_count:
            print(f"{count}\t{cued[name] / count:.2f}\t{name}\t{' '.join(places_of[name][:3])}")


if __name__ == "__main__":
    main()
