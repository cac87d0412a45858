"""Single-core throughput of the language layer: normalize, sentences, tokens with clitics.

    python bench/text_layer.py CORPUS.jsonl.gz [-n 2000] [--warmup 100] [--repeat 3]

Loads the knowledge base's lexicon (timed on its own), warms the caches up on the first
``--warmup`` articles, then runs ``--repeat`` timed passes over N articles: the normalized
view with its offset map, sentence splitting and tokenization with clitic segmentation.
Prints tokens/s per pass with the spread, and a checksum of every token's offsets, stem
and clitics that must agree across passes, so "faster" cannot mean "broken".
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import statistics
import sys
import time
from pathlib import Path

from corpus_texts import read_texts

from hadath.kb import load_kb
from hadath.model import Article
from hadath.text.normalize import normalize_with_map
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def one_pass(texts: list[str], splitter: SentenceSplitter, tokenizer: Tokenizer) -> tuple[float, int, str]:
    """Seconds, tokens and checksum of one pass over the texts."""
    digest = hashlib.sha256()
    tokens = 0
    start = time.perf_counter()
    for text in texts:
        normalize_with_map(text)
        article = tokenizer(splitter(Article("", text)))
        tokens += len(article.tokens)
        for t in article.tokens:
            digest.update(f"{t.start},{t.end},{t.stem},{'+'.join(t.prefixes)},{t.suffix};".encode())
    return time.perf_counter() - start, tokens, digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-n", type=int, default=2000, help="articles per pass")
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"command: {' '.join(sys.argv)}\npython {platform.python_version()} on {platform.machine()}")
    t0 = time.perf_counter()
    lexicon = load_kb().lexicon
    print(f"kb load: {time.perf_counter() - t0:.2f} s ({len(lexicon)} lexicon words)")
    texts = read_texts(args.corpus, args.n)
    splitter, tokenizer = SentenceSplitter(), Tokenizer(lexicon)
    one_pass(texts[: args.warmup], splitter, tokenizer)
    rates, sums = [], set()
    for i in range(args.repeat):
        seconds, tokens, checksum = one_pass(texts, splitter, tokenizer)
        rates.append(tokens / seconds)
        sums.add(checksum)
        print(
            f"pass {i + 1}: {len(texts)} articles, {tokens} tokens, {seconds:.2f} s, {tokens / seconds:,.0f} tokens/s"
        )
    spread = statistics.stdev(rates) if len(rates) > 1 else 0.0
    print(f"tokens/s: mean {statistics.mean(rates):,.0f} ± {spread:,.0f}; checksum {'/'.join(sorted(sums))}")
    return 0 if len(sums) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
