"""The bounded per-object memo and the word-form flags."""

from __future__ import annotations

import pickle

from hadath.memo import FormFlag, Memo
from hadath.model import Token, WordForm


def _double(x: int) -> int:
    return 2 * x


def test_computes_once_and_remembers() -> None:
    calls: list[int] = []

    def compute(x: int) -> int:
        calls.append(x)
        return x + 1

    memo: Memo[int, int] = Memo(compute)
    assert (memo[1], memo[1], memo[2]) == (2, 2, 3)
    assert calls == [1, 2]


def test_empties_itself_at_its_limit() -> None:
    memo: Memo[int, int] = Memo(_double, limit=3)
    for x in range(3):
        assert memo[x] == 2 * x
    assert memo[10] == 20
    assert dict(memo) == {10: 20}


def test_pickles_empty() -> None:
    memo: Memo[int, int] = Memo(_double, limit=7)
    memo[4]
    copy = pickle.loads(pickle.dumps(memo))
    assert len(copy) == 0 and copy.limit == 7 and copy[5] == 10


def _word(norm: str, form: WordForm | None = None) -> Token:
    return Token(0, len(norm), norm, norm, form=form or WordForm())


def _is_long(token: Token) -> bool:
    return len(token.norm) > 3


def test_form_flag_asks_once_per_word_form() -> None:
    asked: list[str] = []

    def is_long(token: Token) -> bool:
        asked.append(token.norm)
        return len(token.norm) > 3

    shared = WordForm()
    tokens = [_word("قال", shared), _word("الوزير"), _word("قال", shared), _word("في")]
    flag = FormFlag("name_open", is_long)
    assert flag.where(tokens) == [1]
    assert flag.where(tokens) == [1]
    assert asked == ["قال", "الوزير", "في"]


def test_form_flag_notes_only_the_new_forms_of_a_sentence() -> None:
    asked: list[str] = []

    def is_long(token: Token) -> bool:
        asked.append(token.norm)
        return len(token.norm) > 3

    flag = FormFlag("name_open", is_long)
    known, new = _word("الوزير"), WordForm()
    assert flag.where([known, _word("في")]) == [0]
    # a sentence with a form seen before and one form twice that is new: asked once
    tokens = [_word("المتحدث", new), known, _word("المتحدث", new), _word("عن")]
    assert flag.where(tokens) == [0, 1, 2]
    assert asked == ["الوزير", "في", "المتحدث", "عن"]


def test_form_flag_reads_no_other_flags_note() -> None:
    tokens = [_word("الوزير"), _word("في")]
    assert FormFlag("name_open", _is_long).where(tokens) == [0]
    assert FormFlag("name_open", lambda t: t.norm == "في").where(tokens) == [1]
    flag = FormFlag("name_open", _is_long)
    flag.where(tokens)
    flag.test = lambda t: True  # the owner's state changed: it renews its markers
    flag.renew()
    assert flag.where(tokens) == [0, 1]


def test_word_form_notes_are_no_token_data() -> None:
    token = _word("الوزير")
    FormFlag("name_open", _is_long).where([token])
    assert token == _word("الوزير")
    assert "form" not in token.to_dict()
    copy = pickle.loads(pickle.dumps(token))
    assert copy == token and copy.form.name_open is None


def test_form_flag_sentence_of_noted_non_matches_finds_none() -> None:
    asked: list[str] = []

    def is_long(token: Token) -> bool:
        asked.append(token.norm)
        return len(token.norm) > 3

    flag = FormFlag("name_open", is_long)
    tokens = [_word("في"), _word("عن"), _word("من")]
    assert flag.where(tokens) == []
    assert flag.where(tokens) == []  # every form noted "no": answered from the notes alone
    assert asked == ["في", "عن", "من"]
    # a sentence with one of them noted "no" and a new form still notes the new one
    assert flag.where([tokens[0], _word("الرئيس")]) == [1]
