"""Ingest: the only input I/O of Hadath.

Reads text files, HTML pages, JSONL dumps and WARC crawls from paths, directories,
globs or stdin, and yields :class:`~hadath.model.Article` objects (main text, title,
date, language, provenance in ``meta``) or :class:`Rejected` records with a reason slug.

    from hadath.ingest import read_sources
    for item in read_sources(["news/"]):
        ...
"""

from hadath.ingest.jsonl import FieldMap
from hadath.ingest.rejected import Rejected
from hadath.ingest.sources import IngestSettings, SourceReader, read_sources

__all__ = ["FieldMap", "IngestSettings", "Rejected", "SourceReader", "read_sources"]
