"""Inflection generator: from a lemma and its present stem, the forms news text uses.

Lexicons list lemmas (قصف/يقصف، التقى/يلتقي، دعا/يدعو، رد/يرد، قال/يقول); this module
makes the normalized past forms of every person, gender and number, present forms
(indicative, subjunctive and jussive; 1st-person jussives are left out because they
collide with common nouns: نشر، لندن), the passives written with other letters
(قيل، يدعى), participles, the masdars of derived patterns, and the dual and plural of
nouns. Every :class:`Form` says its person, so a matcher can keep the 3rd person only.
Negation particles (لم، لن، ما) stay separate words; the future س/سوف is a clitic or a
word that the matcher reads. Clitics (و، س، ال، pronoun suffixes) are not generated: the matcher strips them
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


Voice = Literal["active", "passive"]
# Person of each past suffix; ت is read as 3rd feminine (also 1st/2nd singular).
_PAST_PERSON: dict[str, int] = {
    "": 3,
    "ت": 3,
    "ا": 3,
    "تا": 3,
    "وا": 3,
    "ن": 3,
    "نا": 1,
    "تم": 2,
    "تما": 2,
    "تن": 2,
}
# Person of each present prefix; ت is read as 3rd feminine (also 2nd person).
_PRESENT_PERSON: dict[str, int] = {"ي": 3, "ت": 3, "ن": 1, "ا": 1}
# The prefixes of a third person present (يجتمع، تعقد), as news tells acts to come.
THIRD_PERSON_PRESENT_PREFIXES: tuple[str, ...] = tuple(
    p for p, person in _PRESENT_PERSON.items() if person == 3
)


@dataclass(frozen=True, slots=True)
class Form:
    """What a generated form is: kind, number, person (1, 2, 3) and voice.

    A form shared by several persons (قصفت: she / I / you) carries the 3rd person,
    the one news reports in, so ``person == 3`` selects what a news matcher needs.
    """

    kind: FormKind
    plural: bool = False
    person: int = 3
    voice: Voice = "active"


def past_forms(lemma: str) -> dict[str, Form]:
    """Past-tense forms of a verb given its 3rd person masculine singular."""
    s = normalize(lemma)
    forms: dict[str, Form] = {}
    if _final_hamza(lemma):
        # قرأ: sound, its hamza seated on و before و (قرؤوا) as well as on alef (قرأوا)
        forms[s[:-1] + "وا"] = Form("past", True)
    elif s.endswith(("ي", "ا")) and len(s) >= 3:  # defective: التقى، دعا، رمى
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
            person = 1 if suffix.endswith("نا") else 2 if suffix.endswith("تم") else 3
            forms.setdefault(base + suffix if suffix else s, Form("past", plural, person))
        return forms
    for suffix in _PAST_SOUND:
        forms.setdefault(
            s + suffix, Form("past", suffix in ("وا", "ن", "نا", "تم", "تن"), _PAST_PERSON[suffix])
        )
    if (len(s) == 3 and s[1] == "ا") or (len(s) > 3 and s[-2] == "ا" and s[0] == "ا"):
        # hollow: قال -> قلت، قلنا; أدان -> أدنا
        short = s[:-2] + s[-1]
        for suffix in ("ت", "نا", "تم", "ن"):
            forms.setdefault(
                short + suffix, Form("past", suffix != "ت", _PAST_PERSON[suffix] if suffix != "ت" else 1)
            )
    if len(s) == 2:
        # doubled verbs are written without shadda (رد، شن): their 1st person repeats the letter
        doubled = s + s[-1]
        for suffix in ("ت", "نا", "تم"):
            forms.setdefault(
                doubled + suffix, Form("past", suffix != "ت", _PAST_PERSON[suffix] if suffix != "ت" else 1)
            )
    return forms


def _final_hamza(word: str) -> bool:
    """Whether a word as written ends in a hamza (قرأ، يقرأ، بدأ), which normalization hides."""
    letters = word.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return letters[-1:] in ("أ", "ء", "ؤ", "ئ")


def present_forms(present: str) -> dict[str, Form]:
    """Present-tense forms (indicative, subjunctive, jussive) from the 3rd person singular."""
    p = normalize(present)
    if len(p) < 3 or p[0] not in _PRESENT_PREFIXES:
        return {}
    body = p[1:]
    hamza = _final_hamza(present)
    forms: dict[str, Form] = {}
    for prefix in _PRESENT_PREFIXES:
        if hamza:  # يقرأ: يقرؤون، يقرؤوا (the hamza on و)
            for suffix in ("ون", "وا"):
                forms.setdefault(
                    prefix + body[:-1] + "و" + suffix, Form("present", True, _PRESENT_PERSON[prefix])
                )
        for suffix in _PRESENT_SOUND:
            # defective: يلتقي -> يلتقون
            weak_drop = not hamza and body[-1] in "يو" and suffix in ("ون", "وا", "ين")
            stem = prefix + (body[:-1] if weak_drop else body)
            forms.setdefault(
                stem + suffix, Form("present", suffix in ("ون", "وا", "ن"), _PRESENT_PERSON[prefix])
            )
        if prefix not in _JUSSIVE_PREFIXES:
            continue  # news reports third persons; 1st-person jussives collide with nouns (نشر، لندن)
        if body[-1] in "يوا" and not hamza:
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


def verb_forms(
    lemma: str, present: str = "", *, persons: tuple[int, ...] = (1, 2, 3), passive: bool = False
) -> dict[str, Form]:
    """All generated forms of a verb, past and present.

    Args:
        lemma: the past 3rd person masculine singular (قصف، التقى، قال، رد).
        present: the present 3rd person masculine singular (يقصف، يلتقي، يقول، يرد).
        persons: keep only forms of these persons; ``(3,)`` is what news reports in.
        passive: add the passive forms whose letters differ from the active ones
            (قيل، يقال، دعي، يدعى); the others are written like the active.
    """
    forms = past_forms(lemma)
    for form, info in present_forms(present).items():
        forms.setdefault(form, info)
    if passive:
        for form, info in passive_forms(lemma, present).items():
            forms.setdefault(form, info)
    return {f: i for f, i in forms.items() if i.person in persons}


def passive_forms(lemma: str, present: str = "") -> dict[str, Form]:
    """Passive forms written with other letters than the active: hollow and defective verbs.

    قال -> قيل، قيلت، يقال، تقال; باع -> بيع; دعا -> دعي، دعيت، يدعى; رمى -> رمي، يرمى.
    Sound verbs' passives (قُصف، يُقصف) are the active letters, already generated.
    """
    s, p = normalize(lemma), normalize(present)
    forms: dict[str, Form] = {}
    if len(s) == 3 and s[1] == "ا":  # hollow
        for suffix, plural in (("", False), ("ت", False), ("وا", True)):
            forms[s[0] + "ي" + s[2] + suffix] = Form("past", plural, 3, "passive")
        for prefix in _JUSSIVE_PREFIXES:
            forms[prefix + s[0] + "ا" + s[2]] = Form("present", False, 3, "passive")
    elif len(s) == 3 and s[-1] in "اي" and len(p) == 4:  # defective
        for suffix, plural in (("ي", False), ("يت", False), ("وا", True)):
            forms[s[:-1] + suffix] = Form("past", plural, 3, "passive")
        for prefix in _JUSSIVE_PREFIXES:
            forms[prefix + p[1:-1] + "ي"] = Form("present", False, 3, "passive")
            forms[prefix + p[1:-1] + "ون"] = Form("present", True, 3, "passive")
    return forms


def participles(lemma: str, present: str = "") -> dict[str, Form]:
    """Active and passive participles (kind ``noun``) with their feminine and plurals.

    Form I from the lemma: قصف -> قاصف، مقصوف; قال -> قايل (قائل); رد -> راد، مردود;
    رمى -> رام، مرمي; دعا -> داع، مدعو. Derived forms from the present, ي -> م:
    يستهدف -> مستهدف، يتهم -> متهم (active and passive share their letters).
    """
    s, p = normalize(lemma), normalize(present)
    bases: list[tuple[str, Voice]] = []
    if len(s) == 3 and s[1] == "ا":  # hollow
        bases = [(s[0] + "اي" + s[2], "active"), ("م" + s[0] + "و" + s[2], "passive")]
    elif len(s) == 3 and s[-1] in "اي":  # defective
        bases = [(s[0] + "ا" + s[1], "active"), ("م" + s[:2] + ("و" if s[-1] == "ا" else "ي"), "passive")]
    elif len(s) == 3:
        bases = [(s[0] + "ا" + s[1:], "active"), ("م" + s[:2] + "و" + s[2], "passive")]
    elif len(s) == 2:  # doubled, written without shadda
        bases = [(s[0] + "ا" + s[1], "active"), ("م" + s[0] + s[1] + "و" + s[1], "passive")]
    elif len(p) >= 4 and p[0] == "ي":
        bases = [("م" + p[1:], "active")]
    forms: dict[str, Form] = {}
    for base, voice in bases:
        for form, info in noun_forms(base).items():
            forms.setdefault(form, Form("noun", info.plural, 3, voice))
        forms.setdefault(base + "ه", Form("noun", False, 3, voice))
        forms.setdefault(base + "ون", Form("noun", True, 3, voice))
    return forms


def derived_masdars(lemma: str) -> tuple[str, ...]:
    """The masdar of a derived verb when its pattern makes it unambiguous, else nothing.

    افتعل، انفعل، استفعل، أفعل -> an alef before the last letter (اتهم -> اتهام، انسحب ->
    انسحاب، استهدف -> استهداف، أعلن -> إعلان); فاعل -> مفاعلة (شارك -> مشاركة); تفعّل and
    تفاعل are their own masdar's letters (تعاون). Form I, hollow, defective and doubled
    verbs have no predictable masdar: the lexicon lists those (``masdar:``).
    """
    s = normalize(lemma)
    if len(s) < 4 or s[-1] in "اي" or (len(s) >= 3 and s[-2] == "ا" and s[0] == "ا"):
        return ()
    if s[0] == "ا":
        return (s[:-1] + "ا" + s[-1],)
    if len(s) == 4 and s[1] == "ا":
        return ("م" + s + "ه",)
    if s[0] == "ت":
        return (s,)
    return ()
