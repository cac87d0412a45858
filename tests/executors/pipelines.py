"""A one-stage pipeline for executor tests: the plumbing is under test, not the coder."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from hadath.model import Article, Event
from hadath.pipeline import Pipeline, Stage

# Written for these tests. The first line of a .txt file is its title.
ARTICLES: dict[str, str] = {
    "a_meeting.txt": (
        "لقاء في عمان\n"
        "التقى رئيس الوزراء الأردني وفدا من رجال الأعمال في عمان أمس لبحث سبل دعم الاستثمار. "
        "وأكد الطرفان أهمية تعزيز الشراكة بين القطاعين العام والخاص."
    ),
    "b_broken.txt": (
        "عطل فني\n"
        "تعطل نظام الحجز الإلكتروني في المطار لساعات طويلة مما أدى إلى تأخر عشرات الرحلات. "
        "وقالت إدارة المطار إن فرقها الفنية تعمل على إصلاح العطل."
    ),
    "c_council.txt": (
        "المجلس البلدي\n"
        "اجتمع رئيس المجلس البلدي مع سكان الحي لمناقشة مشروع الحديقة العامة الجديدة. "
        "ووعد المجلس بالبدء في أعمال الإنشاء خلال الشهر المقبل."
    ),
    "d_english.txt": "A note in English\nThe council met the residents to discuss the new public park.",
}
MEETING_WORDS = ("التقى", "اجتمع")
RECORD_TEXTS = (
    "التقى وزير الخارجية نظيره الزائر في العاصمة لبحث العلاقات الثنائية بين البلدين.",
    "اجتمع محافظ المدينة مع التجار لمناقشة أسعار المواد الغذائية في الأسواق المحلية.",
    "افتتح وزير التعليم مدرسة جديدة في القرية بحضور عدد من الأهالي والمعلمين.",
)


class FindMeetings(Stage):
    """A CONSULT event at each meeting verb; fails on articles about a breakdown."""

    name: ClassVar[str] = "find_meetings"
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def process(self, article: Article) -> Article:
        if "تعطل" in article.text:
            raise ValueError("the test stage refuses this article")
        for word in MEETING_WORDS:
            start = article.text.find(word)
            if start >= 0:
                article.events.append(
                    Event(sentence_start=0, sentence_end=len(article.text), trigger_start=start,
                          trigger_end=start + len(word), trigger=word, event_type="CONSULT", cameo="040",
                          date=article.published)
                )  # fmt: skip
        return article


def meetings_pipeline(overlays: tuple[str, ...]) -> Pipeline:
    """The test pipeline, built as a worker builds its pipeline."""
    return Pipeline([FindMeetings()], on_error="skip")


def write_news(folder: Path, records: int = 12) -> Path:
    """Four text files, an empty one, and a JSONL dump of ``records`` lines (two of them bad)."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "e_empty.txt").write_bytes(b"")
    lines = []
    for i in range(records):
        if i == 4:
            lines.append("{not json")
        elif i == 7:
            lines.append(json.dumps({"id": f"r{i}", "title": "لا نص"}))
        else:
            text = f"{RECORD_TEXTS[i % len(RECORD_TEXTS)]} الخبر رقم {i}."
            day = f"2024-05-{1 + i % 3:02d}"
            lines.append(json.dumps({"text": text, "published": day}, ensure_ascii=False))
    (folder / "f_dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
