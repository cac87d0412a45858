"""Knowledge base speed: load time (cold and warm), alias matching tokens/s per core, RSS.

    python bench/kb_speed.py --corpus ../shared/corpus [-n 300] [--loads 5] [--passes 5]

- **load**: each timing runs in a fresh Python process (``--loads`` of them, median
  reported): ``load_kb()`` and then ``build_alias_index()``. *Cold* points the compiled
  cache (``HADATH_CACHE_DIR``) at an empty directory, so the data files are parsed (and the
  cache written); *warm* reuses one directory filled by a first run, as a second
  ``hadath run`` on the same data would.
- **RSS**: resident memory of such a fresh process once the knowledge base and its alias
  index are loaded (and the peak it reached on the way).
- **matching**: ``AliasIndex.find_all`` over the tokenized sentences of the first ``-n``
  articles of the corpus (tokenizing is done before the clock starts); one warm-up pass,
  then ``--passes`` timed single-threaded passes, median tokens/s. The number of matches
  must agree across passes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus_texts import read_texts

# Run by the fresh processes: time the load and the index, report memory, print JSON.
CHILD = """
import json, resource, time
t0 = time.perf_counter()
from hadath.kb import load_kb
from hadath.kb.names import build_alias_index
t1 = time.perf_counter()
kb = load_kb()
t2 = time.perf_counter()
index = build_alias_index(kb)
t3 = time.perf_counter()
rss_kb = 0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss_kb = int(line.split()[1])
print(json.dumps({
    "import_s": t1 - t0, "load_s": t2 - t1, "index_s": t3 - t2,
    "rss_mb": rss_kb / 1024, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "actors": len(kb.actors), "places": len(kb.places), "aliases": len(index),
}))
"""


def fresh_load(cache_dir: Path) -> dict[str, float]:
    """One load in a new process with the given cache directory."""
    env = {**os.environ, "HADATH_CACHE_DIR": str(cache_dir)}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"load in a fresh process failed: {done.stderr.strip().splitlines()[-1:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def load_runs(loads: int) -> dict[str, list[dict[str, float]]]:
    """``loads`` cold runs (each with an empty cache) and ``loads`` warm runs (a filled one)."""
    runs: dict[str, list[dict[str, float]]] = {"cold": [], "warm": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(loads):
            runs["cold"].append(fresh_load(Path(tmp) / f"cold{i}"))
        warm_dir = Path(tmp) / "warm"
        fresh_load(warm_dir)  # fills the cache
        for _ in range(loads):
            runs["warm"].append(fresh_load(warm_dir))
    return runs


def report_loads(runs: dict[str, list[dict[str, float]]]) -> None:
    first = runs["cold"][0]
    print(
        f"knowledge base: {first['actors']:.0f} actors, {first['places']:.0f} places, "
        f"{first['aliases']:.0f} aliases"
    )
    for mode, rows in runs.items():
        med = {k: statistics.median(r[k] for r in rows) for k in ("load_s", "index_s", "rss_mb", "peak_mb")}
        spread = f"{min(r['load_s'] for r in rows):.2f}-{max(r['load_s'] for r in rows):.2f}"
        print(
            f"{mode:4} ({len(rows)} fresh processes, median): load_kb {med['load_s']:.2f} s (range {spread}), "
            f"alias index {med['index_s']:.2f} s, load+index {med['load_s'] + med['index_s']:.2f} s, "
            f"RSS {med['rss_mb']:.0f} MiB (peak {med['peak_mb']:.0f} MiB)"
        )


def matching_rate(texts: list[str], passes: int) -> None:
    """Tokenize once, then time alias matching alone over every sentence."""
    from hadath.kb import load_kb
    from hadath.kb.names import build_alias_index
    from hadath.model import Article
    from hadath.text.sentences import SentenceSplitter
    from hadath.text.tokens import Tokenizer, tokens_by_sentence

    kb = load_kb()
    index = build_alias_index(kb)
    splitter, tokenizer = SentenceSplitter(), Tokenizer(kb.lexicon)
    sentences = [
        s for text in texts for s in tokens_by_sentence(tokenizer(splitter(Article("", text))).tokens)
    ]
    words = sum(len(s) for s in sentences)

    def one_pass() -> tuple[float, int]:
        start = time.perf_counter()
        found = sum(len(index.find_all(s)) for s in sentences)
        return time.perf_counter() - start, found

    seconds, found = one_pass()
    print(f"matching: {len(texts)} articles, {len(sentences)} sentences, {words} tokens, {found} matches")
    print(f"  warm-up pass (empty clitic cache): {words / seconds:,.0f} tokens/s")
    rates = []
    for _ in range(passes):
        seconds, again = one_pass()
        if again != found:
            sys.exit(f"matches differ across passes: {found} then {again}")
        rates.append(words / seconds)
    print(
        f"  {passes} passes, one core: median {statistics.median(rates):,.0f} tokens/s "
        f"(range {min(rates):,.0f}-{max(rates):,.0f})"
    )
    print(f"  this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="a corpus directory or JSONL(.gz) file")
    parser.add_argument("-n", type=int, default=300, help="articles for the matching passes")
    parser.add_argument("--loads", type=int, default=5, help="fresh processes per load mode")
    parser.add_argument("--passes", type=int, default=5, help="timed matching passes")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: no such file or directory")
    print(f"command: {' '.join(sys.argv)}")
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs (shared)")
    report_loads(load_runs(args.loads))
    matching_rate(read_texts(args.corpus, args.n), args.passes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
