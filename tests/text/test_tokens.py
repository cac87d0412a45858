from hypothesis import given
from hypothesis import strategies as st

from hadath.model import Article, Token
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer, tokenize, tokens_by_sentence


def test_tokenize_keeps_numbers_and_dates_whole() -> None:
    text = "بلغ 3.5 في 20/9/2016."
    assert [text[s:e] for s, e in tokenize(text)] == ["بلغ", "3.5", "في", "20/9/2016", "."]


def test_tokenizer_assigns_clitics_and_sentence() -> None:
    article = Article("t", "وصل كيري بنيويورك. والتقى لافروف.")
    article = Tokenizer(frozenset({"نيويورك", "كيري", "لافروف"}))(SentenceSplitter()(article))
    by_surface = {article.text[t.start : t.end]: t for t in article.tokens}
    assert by_surface["بنيويورك"].prefixes == ("ب",)
    assert by_surface["بنيويورك"].stem == "نيويورك"
    assert by_surface["والتقى"].sentence == 1


@given(st.text(alphabet=st.sampled_from(list("ابتكلمنوي وال.،ًَ\n١٢")), max_size=60))
def test_tokens_cover_text_without_overlap(text: str) -> None:
    article = Tokenizer()(SentenceSplitter()(Article("t", text)))
    previous_end = 0
    for tok in article.tokens:
        assert previous_end <= tok.start < tok.end
        assert text[tok.start : tok.end].strip() == text[tok.start : tok.end]
        previous_end = tok.end


@given(st.text(alphabet=st.sampled_from(list("ابتكلمنوي وال.،ًَـ\u200c\u00a0\t\n١٢/:")), max_size=80))
def test_tokenizer_spans_are_the_pattern_matches(text: str) -> None:
    article = Tokenizer()(SentenceSplitter()(Article("t", text)))
    expected = [span for s in article.sentences for span in tokenize(text, s.start, s.end)]
    assert [(t.start, t.end) for t in article.tokens] == expected


def test_grouping_is_reused_for_the_same_token_list_and_redone_when_it_grows() -> None:
    article = Tokenizer()(SentenceSplitter()(Article("", "وصل الوفد. ثم غادر")))
    groups = tokens_by_sentence(article.tokens)
    assert tokens_by_sentence(article.tokens) is groups
    assert [len(g) for g in groups] == [3, 2]
    article.tokens.append(Token(19, 20, "x", "x", sentence=2))
    assert [len(g) for g in tokens_by_sentence(article.tokens)] == [3, 2, 1]
    assert tokens_by_sentence(list(article.tokens)) is not groups
