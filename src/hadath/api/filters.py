"""The query filters of ``GET /api/events``: one Pydantic model, unknown names rejected."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from hadath.model import EVENT_TYPES, MODALITIES


class EventFilter(BaseModel):
    """Which events to list, and which page of them.

    ``extra="forbid"`` makes a misspelt filter (``?evnt_type=``) a 422 error instead of a
    silently unfiltered answer.
    """

    model_config = ConfigDict(extra="forbid")

    date_from: dt.date | None = Field(None, description="Earliest event day (inclusive), YYYY-MM-DD.")
    date_to: dt.date | None = Field(None, description="Latest event day (inclusive), YYYY-MM-DD.")
    event_type: str | None = Field(None, description="PLOVER event type, e.g. ASSAULT.")
    modality: str | None = Field(None, description="asserted, negated, future, hypothetical or claimed.")
    actor: str | None = Field(None, description="Part of an actor's or recipient's name (English or Arabic).")
    country: str | None = Field(None, description="ISO 3166 alpha-3 of an actor, recipient or the place.")
    q: str | None = Field(None, description="Words that the event's sentence contains.")
    limit: int = Field(50, ge=1, le=500, description="Page size.")
    offset: int = Field(0, ge=0, description="Events to skip.")

    @field_validator("event_type")
    @classmethod
    def _known_type(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().upper()
        if value not in EVENT_TYPES:
            raise ValueError(f"unknown event type {value!r}; one of {', '.join(EVENT_TYPES)}")
        return value

    @field_validator("modality")
    @classmethod
    def _known_modality(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip().lower()
        if value not in MODALITIES:
            raise ValueError(f"unknown modality {value!r}; one of {', '.join(MODALITIES)}")
        return value

    @field_validator("country")
    @classmethod
    def _upper_country(cls, value: str | None) -> str | None:
        return value.strip().upper() if value else None

    @field_validator("actor", "q")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        # An emptied search box sends ``q=``; that means "no filter", not "match nothing".
        return value.strip() or None if value is not None else None
