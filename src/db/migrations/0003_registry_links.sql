ALTER TABLE users ADD CONSTRAINT users_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES people(id);
--> statement-breakpoint
COMMENT ON TABLE people IS 'The registry of people (pallaqueras, women and men miners); personal data under Ley 29733.';
--> statement-breakpoint
COMMENT ON COLUMN people.full_name_key IS 'normalised given names and surnames (no accents, lower case) for trigram search and duplicate blocking';
--> statement-breakpoint
COMMENT ON COLUMN people.merged_into_id IS 'set when this record was merged into another after duplicate review; the row is kept for history';
--> statement-breakpoint
COMMENT ON COLUMN people.version IS 'incremented on every change; an update based on an older version is refused';
--> statement-breakpoint
COMMENT ON TABLE person_match_keys IS 'blocking keys of each person (DNI, surname+birth year, phonetic surnames...) for duplicate candidate search';
--> statement-breakpoint
COMMENT ON TABLE consents IS 'consent per person and purpose; a withdrawn consent stops sharing at once';
--> statement-breakpoint
COMMENT ON TABLE duplicate_candidates IS 'likely duplicate pairs awaiting review (pending), merged, or marked distinct (never proposed again)';
