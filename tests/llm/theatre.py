"""A theatre's productions, venues and staff, for the planner's rules on a schema of its own.

Productions have a director and a designer named in text, an opening date and a venue; venues
have an owner named in text and a manager who is one of the staff (a key); staff report to a
manager of their own.
"""

from typing import Final

THEATRE: Final = """
CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    full_name text NOT NULL,
    manager_id integer REFERENCES staff
);

CREATE TABLE venues (
    venue_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    owner_name text NOT NULL,
    seats integer NOT NULL,
    manager_id integer REFERENCES staff (staff_id)
);

CREATE TABLE productions (
    production_id integer PRIMARY KEY,
    title text NOT NULL,
    director_name text NOT NULL,
    set_designer text,
    opened_on date NOT NULL,
    acquired_on date,
    venue_id integer NOT NULL REFERENCES venues
);

INSERT INTO staff VALUES (1, 'Ada Brook', NULL), (2, 'Ben Carver', 1), (3, 'Cleo Dunn', 1);
INSERT INTO venues VALUES
(1, 'Lyric Hall', 'Marta Quist', 420, 2), (2, 'Little Barn', 'Otto Fenn', 90, 3);
INSERT INTO productions VALUES
(1, 'Winter Harbour', 'Jonas Reed', 'Pia Lund', '2024-02-01', '2023-06-10', 1),
(2, 'The Glass Orchard', 'Ines Moll', NULL, '2024-09-12', NULL, 2),
(3, 'Salt and Ash', 'Jonas Reed', 'Pia Lund', '2025-03-03', '2024-11-20', 1);
"""
