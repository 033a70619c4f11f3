"""A sailing club's marina for the planner's adjective tests, with deterministic rows."""

from typing import Final

MARINA: Final = """
CREATE TABLE clubs (
    club_id   integer PRIMARY KEY,
    name      text NOT NULL UNIQUE,
    is_public boolean NOT NULL
);
CREATE TABLE skippers (
    skipper_id      integer PRIMARY KEY,
    full_name       text NOT NULL UNIQUE,
    email           text NOT NULL,
    nationality     text NOT NULL,
    club_id         integer NOT NULL REFERENCES clubs,
    birth_date      date NOT NULL,
    is_professional boolean NOT NULL,
    retired_on      date
);
CREATE TABLE boats (
    boat_id       integer PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    kind          text NOT NULL,
    club_id       integer NOT NULL REFERENCES clubs,
    home_port     text NOT NULL,
    length_m      numeric(5, 2) NOT NULL,
    weight_kg     integer NOT NULL,
    cabin_count   integer NOT NULL,
    built_year    integer NOT NULL,
    has_engine    boolean NOT NULL,
    is_insured    boolean NOT NULL,
    registered_on date NOT NULL
);
CREATE TABLE crew (
    boat_id    integer NOT NULL REFERENCES boats,
    skipper_id integer NOT NULL REFERENCES skippers,
    PRIMARY KEY (boat_id, skipper_id)
);
CREATE TABLE berths (
    berth_id  integer PRIMARY KEY,
    code      text NOT NULL UNIQUE,
    term      text NOT NULL,
    daily_fee numeric(6, 2) NOT NULL,
    area_m2   numeric(6, 1) NOT NULL,
    is_covered boolean NOT NULL
);
CREATE TABLE trips (
    trip_id     integer PRIMARY KEY,
    boat_id     integer NOT NULL REFERENCES boats,
    checked_by  integer REFERENCES skippers (skipper_id),
    skipper_id  integer NOT NULL REFERENCES skippers,
    departed_on date NOT NULL,
    distance_nm numeric(6, 1) NOT NULL
);
CREATE TABLE repair_jobs (
    job_id   integer PRIMARY KEY,
    boat_id  integer NOT NULL REFERENCES boats,
    kind     text NOT NULL,
    cost_eur numeric(8, 2),
    done_on  date
);
INSERT INTO clubs VALUES (1, 'Tagus Club', true), (2, 'North Sound Club', false),
    (3, 'Harbour Yacht Club', false);
INSERT INTO skippers VALUES
    (1, 'Ines Duarte', 'ines@sail.example', 'Portugal', 1, '1980-03-02', true, NULL),
    (2, 'Ola Berg', 'ola@sail.example', 'Norway', 2, '1975-11-20', false, '2021-05-01'),
    (3, 'Marta Vidal', 'marta@sail.example', 'Spain', 1, '1999-07-14', false, NULL),
    (4, 'Tom Reed', 'tom@sail.example', 'Ireland', 3, '1968-01-30', true, NULL),
    (5, 'Kari Lund', 'kari@sail.example', 'Norway', 2, '1990-09-09', true, '2024-02-10'),
    (6, 'Rui Sousa', 'rui@sail.example', 'Portugal', 3, '2001-04-22', false, NULL);
INSERT INTO boats VALUES
    (1, 'Sea Breeze', 'sailing', 1, 'Lisbon', 11.40, 5200, 2, 2004, true, true, '2015-03-01'),
    (2, 'Blue Heron', 'motor', 2, 'Bergen', 9.80, 7400, 1, 1996, true, false, '2012-06-11'),
    (3, 'Gannet', 'sailing', 3, 'Cork', 7.20, 2100, 0, 2019, false, true, '2020-01-20'),
    (4, 'Wind Dancer', 'catamaran', 1, 'Lisbon', 13.60, 9100, 4, 2011, true, true, '2018-09-03'),
    (5, 'Old Salt', 'sailing', 2, 'Oslo', 8.90, 3900, 1, 1982, false, false, '2010-04-30'),
    (6, 'Petrel', 'motor', 3, 'Cork', 6.10, 1800, 0, 2022, true, true, '2023-02-14');
INSERT INTO crew VALUES (1, 3), (2, 1), (4, 1), (5, 2), (6, 4), (3, 6), (1, 5), (4, 6);
INSERT INTO berths VALUES
    (1, 'A-01', 'short_term', 32.00, 30.0, false), (2, 'A-02', 'long_term', 18.50, 42.5, true),
    (3, 'B-05', 'long_term', 21.00, 55.0, false), (4, 'C-07', 'short_term', 45.00, 71.0, true),
    (5, 'C-08', 'long_term', 26.00, 38.0, true);
INSERT INTO trips VALUES
    (1, 1, 2, 1, '2025-05-03', 24.5), (2, 2, 4, 3, '2025-06-14', 61.0),
    (3, 4, 1, 2, '2025-07-01', 12.0), (4, 3, NULL, 6, '2025-07-19', 88.5),
    (5, 5, 5, 4, '2025-08-02', 40.0), (6, 1, 6, 5, '2025-08-30', 17.5),
    (7, 6, 1, 1, '2025-09-12', 33.0);
INSERT INTO repair_jobs VALUES
    (1, 1, 'hull', 1200.00, '2024-03-01'), (2, 2, 'engine', 860.00, '2024-05-10'),
    (3, 2, 'hull', NULL, NULL), (4, 4, 'rigging', 2300.00, '2025-01-15'),
    (5, 5, 'hull', 450.00, '2025-02-02'), (6, 6, 'engine', 310.00, NULL);
"""
