"""A theatre's productions, venues and staff, for the planner's rules on a schema of its own.

Productions have a genre, a director and a designer named in text, an opening date and a
venue; venues have an owner named in text and a manager who is one of the staff (a key); staff
report to a manager of their own and registered on a date; a production's rights were signed
on a date, and it has a budget and a ticket price; tickets are sold on a date. Comments say
when a closing date or a scan time is NULL.
"""

from typing import Final

THEATRE: Final = """
CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    full_name text NOT NULL,
    manager_id integer REFERENCES staff,
    registered_on date NOT NULL
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
    genre text NOT NULL,
    director_name text NOT NULL,
    set_designer text,
    opened_on date NOT NULL,
    acquired_on date,
    rights_signed_on date NOT NULL,
    budget_eur numeric(10, 2) NOT NULL,
    ticket_price_eur numeric(6, 2) NOT NULL,
    closed_on date,
    venue_id integer NOT NULL REFERENCES venues
);

CREATE TABLE tickets (
    ticket_id integer PRIMARY KEY,
    production_id integer NOT NULL REFERENCES productions,
    sold_on date NOT NULL,
    scanned_at timestamp
);
COMMENT ON COLUMN productions.set_designer IS 'the designer hired by the venue for the set';
COMMENT ON COLUMN productions.closed_on IS 'NULL while the production is on stage';
COMMENT ON COLUMN tickets.scanned_at IS 'NULL until the ticket is used at the door';

INSERT INTO staff VALUES
(1, 'Ada Brook', NULL, '2023-01-09'), (2, 'Ben Carver', 1, '2024-05-02'),
(3, 'Cleo Dunn', 1, '2024-08-19');
INSERT INTO venues VALUES
(1, 'Lyric Hall', 'Marta Quist', 420, 2), (2, 'Little Barn', 'Otto Fenn', 90, 3);
INSERT INTO productions VALUES
(1, 'Winter Harbour', 'musical', 'Jonas Reed', 'Pia Lund', '2024-02-01', '2023-06-10',
    '2023-01-05', 80000, 35, '2024-05-01', 1),
(2, 'The Glass Orchard', 'play', 'Ines Moll', NULL, '2024-09-12', NULL, '2024-03-01', 45000, 60,
    NULL, 2),
(3, 'Salt and Ash', 'play', 'Jonas Reed', 'Pia Lund', '2025-03-03', '2024-11-20', '2023-04-04',
    120000, 25, NULL, 1);
INSERT INTO tickets VALUES
(1, 1, '2024-01-20', '2024-02-02 19:40'), (2, 3, '2025-02-11', NULL),
(3, 2, '2024-09-01', '2024-09-14 19:55');
"""
