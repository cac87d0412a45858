import pytest

from hadath.errors import ConfigError
from hadath.model import Article
from hadath.pipeline import Pipeline, PipelineFailure, Stage
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


class Boom(Stage):
    name = "boom"

    def process(self, article: Article) -> Article:
        raise ValueError("broken on purpose")


def test_pipeline_checks_stage_order() -> None:
    with pytest.raises(ConfigError, match="tokens"):
        Pipeline([Tokenizer(), SentenceSplitter()])


def test_pipeline_runs_on_text_and_counts() -> None:
    pipe = Pipeline([SentenceSplitter(), Tokenizer()])
    article = pipe("جملة أولى. جملة ثانية.", published="2016-09-20")
    assert len(article.sentences) == 2
    assert pipe.stage_stats()["tokens"].counts["tokens"] == 6


def test_pipeline_skip_policy_yields_failures_and_goes_on() -> None:
    pipe = Pipeline([Boom()], on_error="skip")
    results = list(pipe.pipe([Article("a", "نص"), Article("b", "نص")]))
    assert all(isinstance(r, PipelineFailure) and r.reason == "pipeline_error" for r in results)
    assert pipe.stats.counts["failed_pipeline_error"] == 2


def test_pipeline_raise_policy_raises() -> None:
    with pytest.raises(ValueError, match="on purpose"):
        list(Pipeline([Boom()]).pipe([Article("a", "نص")]))


def test_default_pipeline_codes_events(tiny_pipeline) -> None:
    article = tiny_pipeline("التقى كيري لافروف في نيويورك اليوم.", published="2016-09-20")
    (event,) = article.events
    assert (event.event_type, event.date, event.location.name) == ("CONSULT", "2016-09-20", "New York City")
