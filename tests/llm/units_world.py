"""A zoo with animals, enclosures, keepers, feedings and vet visits, for questions of numbers.

Columns carry their units in their names (weight_kg, height_cm, area_sqm, duration_minutes,
cost_gbp, hourly_rate_gbp) so that "heavier than 200 kg" or "taller than 2 metres" must find
the column by its unit or by the adjective. Rows are deterministic: no ties where a question
ranks them.
"""

from typing import Final

ZOO: Final = """
CREATE TABLE keepers (
    keeper_id       integer PRIMARY KEY,
    full_name       text NOT NULL UNIQUE,
    hourly_rate_gbp numeric(6, 2) NOT NULL,
    hired_on        date NOT NULL
);
CREATE TABLE enclosures (
    enclosure_id integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    zone         text NOT NULL,
    area_sqm     integer NOT NULL,
    max_animals  integer NOT NULL,
    opened_year  integer NOT NULL
);
CREATE TABLE animals (
    animal_id    integer PRIMARY KEY,
    name         text NOT NULL UNIQUE,
    species      text NOT NULL,
    enclosure_id integer NOT NULL REFERENCES enclosures,
    keeper_id    integer NOT NULL REFERENCES keepers,
    weight_kg    numeric(7, 1) NOT NULL,
    height_cm    integer NOT NULL,
    born_on      date NOT NULL
);
CREATE TABLE feedings (
    feeding_id       integer PRIMARY KEY,
    animal_id        integer NOT NULL REFERENCES animals,
    fed_at           timestamptz NOT NULL,
    food             text NOT NULL,
    quantity_kg      numeric(5, 1) NOT NULL,
    duration_minutes integer NOT NULL
);
CREATE TABLE vet_visits (
    visit_id   integer PRIMARY KEY,
    animal_id  integer NOT NULL REFERENCES animals,
    visit_date date NOT NULL,
    reason     text NOT NULL,
    cost_gbp   numeric(8, 2) NOT NULL
);

INSERT INTO keepers VALUES
    (1, 'Nadia Osei', 14.50, '2015-03-02'), (2, 'Tomas Lindqvist', 18.25, '2018-06-11'),
    (3, 'Priya Raman', 16.75, '2012-09-20'), (4, 'Ewan Blake', 21.00, '2020-01-15'),
    (5, 'Lucia Moreno', 12.80, '2022-04-04');
INSERT INTO enclosures VALUES
    (1, 'Savannah Plain', 'africa', 4200, 12, 1998), (2, 'Ape House', 'africa', 650, 8, 2004),
    (3, 'Penguin Cove', 'polar', 380, 30, 2011), (4, 'Reptile Hall', 'tropics', 220, 15, 1987),
    (5, 'Bamboo Grove', 'asia', 900, 4, 2016), (6, 'Otter Stream', 'europe', 140, 6, 2019);
INSERT INTO animals VALUES
    (1, 'Zuri', 'giraffe', 1, 1, 830.0, 510, '2012-05-14'),
    (2, 'Kibo', 'giraffe', 1, 1, 1150.0, 545, '2008-02-01'),
    (3, 'Tembo', 'elephant', 1, 4, 4020.0, 290, '1999-11-23'),
    (4, 'Amani', 'zebra', 1, 1, 352.5, 142, '2016-07-09'),
    (5, 'Bongo', 'gorilla', 2, 3, 168.0, 171, '2005-03-30'),
    (6, 'Kaya', 'gorilla', 2, 3, 94.5, 138, '2014-08-18'),
    (7, 'Pip', 'penguin', 3, 2, 4.2, 58, '2019-12-02'),
    (8, 'Waddles', 'penguin', 3, 2, 3.8, 55, '2020-01-19'),
    (9, 'Frost', 'penguin', 3, 2, 4.6, 61, '2017-10-05'),
    (10, 'Sly', 'python', 4, 5, 61.0, 25, '2010-06-27'),
    (11, 'Iggy', 'iguana', 4, 5, 5.1, 30, '2018-04-12'),
    (12, 'Mei', 'red panda', 5, 4, 5.6, 60, '2015-09-09'),
    (13, 'Bao', 'giant panda', 5, 4, 118.0, 152, '2011-01-26'),
    (14, 'Splash', 'otter', 6, 5, 9.4, 95, '2021-05-03');
INSERT INTO feedings VALUES
    (1, 1, '2026-11-02 08:00+00', 'acacia', 34.0, 45),
    (2, 3, '2026-11-02 08:30+00', 'hay', 120.0, 90),
    (3, 5, '2026-11-02 09:00+00', 'fruit', 9.5, 25),
    (4, 7, '2026-11-02 10:00+00', 'herring', 0.8, 10),
    (5, 10, '2026-11-03 11:00+00', 'rabbit', 2.5, 15),
    (6, 13, '2026-11-03 12:00+00', 'bamboo', 28.0, 60),
    (7, 2, '2026-11-04 08:00+00', 'acacia', 41.0, 50),
    (8, 14, '2026-11-04 09:30+00', 'fish', 1.1, 12),
    (9, 12, '2026-11-05 10:15+00', 'bamboo', 1.6, 18),
    (10, 6, '2026-11-05 13:00+00', 'vegetables', 7.2, 22),
    (11, 3, '2026-11-06 08:30+00', 'hay', 110.0, 85),
    (12, 4, '2026-11-06 09:45+00', 'grass', 12.5, 35);
INSERT INTO vet_visits VALUES
    (1, 3, '2026-01-12', 'foot care', 1850.00), (2, 5, '2026-02-03', 'dental', 640.00),
    (3, 7, '2026-02-20', 'checkup', 85.00), (4, 3, '2026-03-15', 'checkup', 420.00),
    (5, 13, '2026-04-01', 'vaccination', 210.00), (6, 10, '2026-04-22', 'shedding', 130.00),
    (7, 3, '2026-05-30', 'tusk', 2400.00), (8, 1, '2026-06-18', 'checkup', 380.00),
    (9, 5, '2026-07-07', 'checkup', 520.00), (10, 14, '2026-08-09', 'injury', 760.00),
    (11, 5, '2026-09-14', 'dental', 1120.00), (12, 2, '2026-10-02', 'hoof trim', 990.00);
"""
