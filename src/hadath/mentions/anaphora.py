"""Definite head nouns that refer back to an organisation named earlier in the article.

News names an organisation once in full (مركز الملك سلمان للإغاثة، تنظيم داعش، قيادة العمليات
المشتركة) and then by its head noun alone, definite or with a demonstrative: المركز، التنظيم،
هذه القيادة. Such a noun becomes a mention of the latest earlier organisation whose name
starts with that noun, so that events told with it get the right actor.

Only organisations named by two words or more are antecedents, and the anaphor must carry
the article or follow a demonstrative: a bare indefinite "مركز" starts a new name. Heads of
state parts (القوات، الحكومة، السلطات) are left alone: they name any state's forces or
government, not only the last one named.
"""

from __future__ import annotations

from collections.abc import Sequence

from hadath.mentions.groups import is_sector_head
from hadath.model import Article, Mention, Token
from hadath.pipeline import Stage
from hadath.text.normalize import normalize

DEMONSTRATIVES = frozenset(normalize(w) for w in ("هذا", "هذه", "ذلك", "تلك"))
ANTECEDENT_KINDS = ("actor", "group", "unknown")


def _head(mention: Mention) -> str:
    """The normalized first word of a multiword organisation name, without the article."""
    words = normalize(mention.text).split()
    if len(words) < 2:
        return ""
    head = words[0][2:] if words[0].startswith("ال") else words[0]
    return head if len(head) >= 3 else ""


def _is_antecedent(m: Mention) -> bool:
    return m.kind == "actor" and m.ref.split(":", 1)[0] in ANTECEDENT_KINDS and m.label in ("ORG", "")


def _definite(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    return "ال" in tok.prefixes or (i > 0 and tokens[i - 1].norm in DEMONSTRATIVES)


def _bare_stem(tok: Token) -> str:
    return tok.stem[2:] if tok.stem.startswith("ال") else tok.stem


def anaphors(tokens: Sequence[Token], mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Mentions for head nouns that refer back to an earlier organisation (article order)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    spans = [(m.start, m.end) for m in ordered]
    latest: dict[str, Mention] = {}
    found: list[Mention] = []
    k = 0
    for i, tok in enumerate(tokens):
        while k < len(ordered) and ordered[k].start < tok.start:
            if _is_antecedent(ordered[k]) and (head := _head(ordered[k])):
                latest[head] = ordered[k]
            k += 1
        if not tok.is_word or any(s < tok.end and tok.start < e for s, e in spans):
            continue
        antecedent = latest.get(_bare_stem(tok))
        if antecedent is None or not _definite(tokens, i) or is_sector_head(tok):
            continue
        start = tok.end - len(_surface_stem(text[tok.start : tok.end], tok))
        found.append(
            Mention(
                start,
                tok.end,
                text[start : tok.end],
                "actor",
                "",
                antecedent.ref,
                antecedent.entity,
                tok.sentence,
                f"anaphora:{antecedent.start}",
            )
        )
    return found


def _surface_stem(surface: str, tok: Token) -> str:
    """The surface characters of a token from its article on (والمركز -> المركز)."""
    at = surface.find("ال")
    return surface[at:] if "ال" in tok.prefixes and at >= 0 else surface


class AnaphoraLinker(Stage):
    """Adds mentions for head nouns that refer back to an organisation (after names are found)."""

    name = "anaphora"
    requires = ("tokens", "mentions")
    assigns = ("mentions",)

    def process(self, article: Article) -> Article:
        found = anaphors(article.tokens, article.mentions, article.text)
        article.mentions = sorted(article.mentions + found, key=lambda m: (m.start, -m.end))
        self.stats.update("anaphors", len(found))
        return article
