"""What deduplication is allowed to decide with: thresholds and rules, read from a data file.

The numbers live in ``hadath/data/dedup.yaml`` (so they can be tuned and reviewed without
touching code); this module gives them a schema and loads them once.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hadath.errors import DataError
from hadath.model import EVENT_TYPES, MODALITIES


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CopySettings(_Strict):
    """Near-duplicate articles: MinHash over word shingles, found through LSH bands."""

    shingle_words: int = Field(4, ge=1, le=12)
    permutations: int = Field(64, ge=8, le=512)
    bands: int = Field(32, ge=1)
    min_containment: float = Field(0.6, gt=0, le=1)

    @property
    def rows(self) -> int:
        return self.permutations // self.bands


class MergeRule(_Strict):
    """One way for a mention to join a cluster: every condition set here must hold."""

    name: str
    same_copy: bool = False
    min_shared: int = Field(0, ge=0)
    same_place: bool = False
    min_text: float = Field(0.0, ge=0, le=1)


class DedupSettings(_Strict):
    """Everything :mod:`hadath.dedup` decides with (see ``data/dedup.yaml``)."""

    window_days: int = Field(1, ge=0, le=7)
    copies: CopySettings = CopySettings()
    clause_words: int = Field(12, ge=2)
    block_stems: int = Field(6, ge=1)
    block_shared: int = Field(2, ge=1)
    max_candidates: int = Field(400, ge=1)
    place_conflict_km: float = Field(100, gt=0)
    place_same_km: float = Field(25, gt=0)
    symmetric_types: frozenset[str] = frozenset()
    compatible_modalities: tuple[tuple[str, str], ...] = ()
    rules: tuple[MergeRule, ...]

    def model_post_init(self, _context: object) -> None:
        unknown = set(self.symmetric_types) - set(EVENT_TYPES)
        if unknown:
            raise ValueError(f"symmetric_types: not PLOVER types: {sorted(unknown)}")
        bad = {m for pair in self.compatible_modalities for m in pair} - set(MODALITIES)
        if bad:
            raise ValueError(f"compatible_modalities: unknown modalities {sorted(bad)}")
        if self.copies.permutations % self.copies.bands:
            raise ValueError("copies: permutations must be a multiple of bands")
        if not self.rules:
            raise ValueError("rules: at least one rule is needed")

    def modalities_compatible(self, a: str, b: str) -> bool:
        return a == b or (a, b) in self.compatible_modalities or (b, a) in self.compatible_modalities


def settings_path() -> Path:
    return Path(str(resources.files("hadath") / "data" / "dedup.yaml"))


def read_settings(path: str | Path) -> DedupSettings:
    """Settings from a YAML file.

    Raises:
        DataError: the file cannot be read or breaks the schema (one line naming the file).
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return DedupSettings.model_validate(data)
    except (OSError, yaml.YAMLError) as err:
        raise DataError(str(path), None, f"cannot read the deduplication settings: {err}") from err
    except (ValidationError, ValueError) as err:
        reason = " ".join(str(err).split())
        raise DataError(str(path), None, f"bad deduplication settings: {reason}") from err


@lru_cache(maxsize=1)
def default_settings() -> DedupSettings:
    """The shipped settings, read once."""
    return read_settings(settings_path())
