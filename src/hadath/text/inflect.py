"""Inflection generator: from a lemma and its present stem, the forms news text uses.

Lexicons list lemmas (قصف/يقصف، التقى/يلتقي، دعا/يدعو، رد/يرد، قال/يقول); this module
makes the normalized past and present forms of the persons news reports in (3rd person,
1st person plural and singular), jussive forms used after لم, and the dual and plural of
nouns. Clitics (و، س، ال، pronoun suffixes) are not generated: the matcher strips them
from the text with :mod:`hadath.text.clitics`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hadath.text.normalize import normalize

FormKind = Literal["past", "present", "noun"]
_PAST_SOUND = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم", "تما", "تن")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SOUND = ("", "ون", "ان", "ين", "ن", "وا", "ا")
_LONG_VOWELS = "اوي"
_JUSSIVE_PREFIXES = ("ي", "ت")


@dataclass(frozen=True, slots=True)
class Form:
    """What a generated form is: its kind and whether it is plural or dual."""

    kind: FormKind
    plural: bool = False


def past_forms(lemma: str) -> dict[str, Form]:
    """Past-tense forms of a verb given its 3rd person masculine singular."""
    s = normalize(lemma)
    forms: dict[str, Form] = {}
    if s.endswith(("ي", "ا")) and len(s) >= 3:  # defective: التقى، دعا، رمى
        base, weak = s[:-1], ("و" if s.endswith("ا") else "ي")
        for suffix, plural in (
            ("", False),
            ("ت", False),
            ("تا", False),
            ("وا", True),
            (weak + "ا", False),
            (weak + "نا", True),
            (weak + "ت", False),
            (weak + "تم", True),
            (weak + "ن", True),
        ):
            forms.setdefault(base + suffix if suffix else s, Form("past", plural))
        return forms
    for suffix in _PAST_SOUND:
        forms.setdefault(s + suffix, Form("past", suffix in ("وا", "ن", "نا", "تم", "تن")))
    if (len(s) == 3 and s[1] == "ا") or (len(s) > 3 and s[-2] == "ا" and s[0] == "ا"):
        # hollow: قال -> قلت، قلنا; أدان -> أدنا
        short = s[:-2] + s[-1]
        for suffix in ("ت", "نا", "تم", "ن"):
            forms.setdefault(short + suffix, Form("past", suffix != "ت"))
    if len(s) == 2:
        # doubled verbs are written without shadda (رد، شن): their 1st person repeats the letter
        doubled = s + s[-1]
        for suffix in ("ت", "نا", "تم"):
            forms.setdefault(doubled + suffix, Form("past", suffix != "ت"))
    return forms


def present_forms(present: str) -> dict[str, Form]:
    """Present-tense forms (indicative, subjunctive, jussive) from the 3rd person singular."""
    p = normalize(present)
    if len(p) < 3 or p[0] not in _PRESENT_PREFIXES:
        return {}
    body = p[1:]
    forms: dict[str, Form] = {}
    for prefix in _PRESENT_PREFIXES:
        for suffix in _PRESENT_SOUND:
            # defective: يلتقي -> يلتقون
            weak_drop = body[-1] in "يو" and suffix in ("ون", "وا", "ين")
            stem = prefix + (body[:-1] if weak_drop else body)
            forms.setdefault(stem + suffix, Form("present", suffix in ("ون", "وا", "ن")))
        if prefix not in _JUSSIVE_PREFIXES:
            continue  # news reports third persons; 1st-person jussives collide with nouns (نشر، لندن)
        if body[-1] in "يوا":
            forms.setdefault(prefix + body[:-1], Form("present"))  # jussive لم يلتق
        if len(body) == 3 and body[1] in _LONG_VOWELS:
            forms.setdefault(prefix + body[0] + body[2], Form("present"))  # jussive لم يقل
    return forms


def noun_forms(lemma: str, plurals: list[str] | tuple[str, ...] = ()) -> dict[str, Form]:
    """A noun or masdar, its dual, its sound feminine plural and the given broken plurals."""
    n = normalize(lemma)
    forms: dict[str, Form] = {n: Form("noun")}
    if n.endswith("ه"):  # teh marbuta (normalized)
        base = n[:-1]
        forms.setdefault(base + "تان", Form("noun", True))
        forms.setdefault(base + "تين", Form("noun", True))
        forms.setdefault(base + "ات", Form("noun", True))
    else:
        forms.setdefault(n + "ان", Form("noun", True))
        forms.setdefault(n + "ين", Form("noun", True))
        forms.setdefault(n + "ا", Form("noun"))  # accusative tanween: اجتماعا
        if n.endswith("ء"):
            forms.setdefault(n[:-1] + "ات", Form("noun", True))
    for plural in plurals:
        forms.setdefault(normalize(plural), Form("noun", True))
    return forms


def verb_forms(lemma: str, present: str = "") -> dict[str, Form]:
    """All generated forms of a verb, past and present."""
    forms = past_forms(lemma)
    for form, info in present_forms(present).items():
        forms.setdefault(form, info)
    return forms
