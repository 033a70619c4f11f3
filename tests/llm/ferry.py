"""A ferry line with two keys to one table in three places, for the planner's question shapes.

Crossings have an origin and a destination port, notes a sender and a recipient sailor, and
inspections an inspector and a reviewer: each question must take the key its words name.
"""

from typing import Final

FERRY: Final = """
CREATE TABLE ports (
    port_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country text NOT NULL
);

CREATE TABLE vessels (
    vessel_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    seats integer NOT NULL,
    built_year integer NOT NULL,
    home_port_id integer NOT NULL REFERENCES ports (port_id)
);

CREATE TABLE crossings (
    crossing_id integer PRIMARY KEY,
    vessel_id integer NOT NULL REFERENCES vessels,
    origin_port_id integer NOT NULL REFERENCES ports (port_id),
    destination_port_id integer NOT NULL REFERENCES ports (port_id),
    sails_on date NOT NULL,
    passengers integer NOT NULL
);

CREATE TABLE sailors (
    sailor_id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    vessel_id integer REFERENCES vessels,
    hometown text NOT NULL,
    joined_on date NOT NULL
);

CREATE TABLE notes (
    note_id integer PRIMARY KEY,
    sender_id integer NOT NULL REFERENCES sailors (sailor_id),
    recipient_id integer NOT NULL REFERENCES sailors (sailor_id),
    body text NOT NULL
);

CREATE TABLE inspections (
    inspection_id integer PRIMARY KEY,
    vessel_id integer NOT NULL REFERENCES vessels,
    inspector_id integer NOT NULL REFERENCES sailors (sailor_id),
    reviewer_id integer REFERENCES sailors (sailor_id),
    passed boolean NOT NULL
);

INSERT INTO ports VALUES
(1, 'Dover', 'England'), (2, 'Calais', 'France'), (3, 'Dunkirk', 'France'),
(4, 'Ostend', 'Belgium'), (5, 'Folkestone', 'England');

INSERT INTO vessels VALUES
(1, 'Channel Spirit', 900, 2011, 1), (2, 'Channel Pride', 750, 2016, 2),
(3, 'North Maid', 400, 1998, 3), (4, 'Old Reserve', 300, 1987, 1);

-- From Dover: 1, 3, 6; to Dover: 2. Ostend sees no crossing; Folkestone only arrivals.
INSERT INTO crossings VALUES
(1, 1, 1, 2, '2026-05-01', 640), (2, 1, 2, 1, '2026-05-01', 590),
(3, 2, 1, 3, '2026-05-02', 410), (4, 2, 3, 5, '2026-05-03', 380),
(5, 3, 2, 5, '2026-05-03', 220), (6, 1, 1, 2, '2026-05-04', 700),
(7, 3, 3, 2, '2026-05-05', 150);

INSERT INTO sailors VALUES
(1, 'Ada', 'Lane', 1, 'Deal', '2015-03-01'), (2, 'Ben', 'Ortiz', 2, 'Lille', '2018-06-15'),
(3, 'Cleo', 'Park', 3, 'Bruges', '2019-09-01'), (4, 'Dev', 'Rao', 1, 'Margate', '2021-01-10'),
(5, 'Eve', 'Stone', NULL, 'Deal', '2024-04-20');

-- Sent: Ada 4, Ben 2, Cleo 1, Eve 1, Dev none. Received: Cleo 4, Ada 2, Ben 1, Dev 1, Eve none.
INSERT INTO notes VALUES
(1, 1, 3, 'Tide tables attached'), (2, 1, 3, 'Swap shifts on Friday?'),
(3, 1, 2, 'Deck paint arrives Monday'), (4, 2, 3, 'Radio check at noon'),
(5, 3, 1, 'Lifeboat drill done'), (6, 5, 3, 'Galley stock is low'),
(7, 2, 1, 'Fuel receipt filed'), (8, 1, 4, 'Welcome aboard');

-- Inspectors: Ada 3, Ben 1; reviewers: Cleo 2, Ben 1. Old Reserve was never inspected.
INSERT INTO inspections VALUES
(1, 1, 1, 2, true), (2, 2, 1, 3, false), (3, 3, 2, 3, true), (4, 1, 1, NULL, true);
"""
