-- How precise an event's date is: day, week, month or year ('' when undated). The date
-- column holds the ISO 8601 form at that precision (2016-09-20, 2016-W37, 2016-09, 2016).
ALTER TABLE events ADD COLUMN date_precision TEXT NOT NULL DEFAULT '';
