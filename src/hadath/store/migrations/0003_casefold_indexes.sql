-- Actor and place filters compare lower(name) with lower(what was asked), the same way on
-- both backends; these indexes serve those comparisons and replace the plain ones.

DROP INDEX event_actors_entity;
CREATE INDEX event_actors_entity ON event_actors (lower(entity), role);
DROP INDEX events_place_name;
CREATE INDEX events_place_name ON events (lower(place_name));
