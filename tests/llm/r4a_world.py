"""Two small worlds in one database, a sailing club and a community garden, for questions about
a named row's own columns and the people linked to it: its capacity, skipper, place, job, cadence.
"""

from typing import Final

R4A_WORLD: Final = """
CREATE TABLE sailors (
    sailor_id integer PRIMARY KEY,
    full_name text NOT NULL,
    profession text NOT NULL,
    home_port text NOT NULL
);

CREATE TABLE boats (
    boat_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    skipper_name text,
    berths integer NOT NULL,
    max_crew integer NOT NULL,
    asking_price numeric(10, 2),
    mooring_fee numeric(8, 2) NOT NULL
);

CREATE TABLE regattas (
    regatta_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    location text NOT NULL,
    held_on date NOT NULL,
    organiser_id integer REFERENCES sailors (sailor_id)
);

CREATE TABLE regatta_races (
    race_id integer PRIMARY KEY,
    regatta_id integer NOT NULL REFERENCES regattas,
    sailor_id integer NOT NULL REFERENCES sailors,
    boat_id integer NOT NULL REFERENCES boats,
    finish_position integer
);

CREATE TABLE bulletins (
    bulletin_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    publishing_frequency text NOT NULL,
    editor text NOT NULL
);

CREATE TABLE gardens (
    garden_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    gardener_name text,
    acres numeric(5, 2) NOT NULL,
    volunteer_capacity integer NOT NULL
);

CREATE TABLE plots (
    plot_id integer PRIMARY KEY,
    garden_id integer NOT NULL REFERENCES gardens,
    plot_code text NOT NULL UNIQUE
);

CREATE TABLE helpers (
    helper_id integer PRIMARY KEY,
    full_name text NOT NULL,
    job text NOT NULL
);

CREATE TABLE workshops (
    workshop_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    room text NOT NULL,
    runs_on date NOT NULL,
    fee numeric(6, 2) NOT NULL,
    leader_id integer REFERENCES helpers (helper_id)
);

CREATE TABLE workshop_attendances (
    workshop_id integer NOT NULL REFERENCES workshops,
    helper_id integer NOT NULL REFERENCES helpers,
    PRIMARY KEY (workshop_id, helper_id)
);

INSERT INTO sailors VALUES
    (1, 'Tom Reyes', 'dentist', 'Falmouth'),
    (2, 'Ines Moreau', 'sailmaker', 'Brest'),
    (3, 'Kwame Asante', 'teacher', 'Falmouth'),
    (4, 'Lotte Janssen', 'engineer', 'Den Helder');

INSERT INTO boats VALUES
    (1, 'Sea Swift', 'Ines Moreau', 4, 6, 38500.00, 120.00),
    (2, 'Blue Heron', 'Tom Reyes', 6, 8, NULL, 150.00),
    (3, 'Kittiwake', NULL, 2, 3, 12900.00, 80.00);

INSERT INTO regattas VALUES
    (1, 'Autumn Cup', 'Carrick Roads', '2025-09-20', 1),
    (2, 'Spring Dash', 'St Mawes Bay', '2025-04-12', 3),
    (3, 'Midsummer Race', 'Carrick Roads', '2025-06-21', NULL);

INSERT INTO regatta_races VALUES
    (1, 1, 2, 1, 1),
    (2, 1, 3, 2, 2),
    (3, 2, 4, 3, 1),
    (4, 2, 2, 1, 2),
    (5, 3, 1, 2, NULL);

INSERT INTO bulletins VALUES
    (1, 'Harbour News', 'monthly', 'Kwame Asante'),
    (2, 'Tide Tables', 'weekly', 'Lotte Janssen');

INSERT INTO gardens VALUES
    (1, 'Riverside Garden', 'Priya Nair', 2.50, 12),
    (2, 'Quarry Garden', 'Owen Price', 1.20, 6),
    (3, 'Chapel Orchard', NULL, 0.80, 4);

INSERT INTO plots VALUES
    (1, 1, 'R01'), (2, 1, 'R02'), (3, 1, 'R03'), (4, 2, 'Q01'), (5, 3, 'C01');

INSERT INTO helpers VALUES
    (1, 'Priya Nair', 'nurse'),
    (2, 'Owen Price', 'electrician'),
    (3, 'Sara Lund', 'architect'),
    (4, 'Mo Haddad', 'student');

INSERT INTO workshops VALUES
    (1, 'Composting Basics', 'Barn Room', '2025-05-03', 12.00, 1),
    (2, 'Pruning Fruit Trees', 'Orchard Shed', '2025-02-15', 18.50, 2),
    (3, 'Seed Saving', 'Barn Room', '2025-09-06', 0.00, NULL);

INSERT INTO workshop_attendances VALUES
    (1, 3), (1, 4), (2, 1), (2, 3), (3, 4);
"""
