"""A symphony orchestra's schema with deterministic rows, for questions about named rows and who.

Venues, composers and their pieces, the orchestra's musicians (each with a mentor among them),
concerts (a conductor from the musicians, a venue) and each concert's programme. Concert dates
run from 2020 to 2035, so "coming up next" and "most recent" hold for years.
"""

from typing import Final

ROWS_WORLD: Final = """
CREATE TABLE venues (
    venue_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    seat_count integer NOT NULL
);

CREATE TABLE composers (
    composer_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    nationality text NOT NULL,
    born_year integer NOT NULL
);

CREATE TABLE pieces (
    piece_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    composer_id integer NOT NULL REFERENCES composers,
    duration_min integer NOT NULL,
    premiered_year integer NOT NULL
);

CREATE TABLE musicians (
    musician_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    instrument text NOT NULL,
    joined_on date NOT NULL,
    is_section_leader boolean NOT NULL DEFAULT false,
    mentor_id integer REFERENCES musicians (musician_id),
    annual_salary_eur numeric(9, 2) NOT NULL
);

CREATE TABLE concerts (
    concert_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    venue_id integer NOT NULL REFERENCES venues,
    conductor_id integer NOT NULL REFERENCES musicians (musician_id),
    performed_on date NOT NULL,
    ticket_price_eur numeric(6, 2) NOT NULL
);

CREATE TABLE programme_items (
    concert_id integer NOT NULL REFERENCES concerts,
    piece_id integer NOT NULL REFERENCES pieces,
    position integer NOT NULL,
    PRIMARY KEY (concert_id, piece_id)
);

INSERT INTO venues VALUES
    (1, 'Harbour Hall', 'Bergen', 1400),
    (2, 'Old Corn Exchange', 'Leeds', 650),
    (3, 'Riverside Pavilion', 'Bergen', 2200),
    (4, 'St Cuthbert Chapel', 'Durham', 300);

INSERT INTO composers VALUES
    (1, 'Ingrid Halvorsen', 'Norwegian', 1961),
    (2, 'Tomasz Wierzbicki', 'Polish', 1948),
    (3, 'Amara Okafor', 'Nigerian', 1979),
    (4, 'Lucien Marchetti', 'French', 1932),
    (5, 'Hollis Brandt', 'American', 1955);

INSERT INTO pieces VALUES
    (1, 'Night Harbour', 1, 24, 1998),
    (2, 'Winter Lights', 1, 12, 2004),
    (3, 'The Glass River', 2, 38, 1983),
    (4, 'Lagos Overture', 3, 9, 2011),
    (5, 'Seven Bridges', 4, 41, 1966),
    (6, 'Copper Fields', 5, 17, 1990),
    (7, 'Salt and Stone', 3, 27, 2016),
    (8, 'Quiet Harvest', 2, 15, 1977);

INSERT INTO musicians VALUES
    (1, 'Elena Petrova', 'violin', '2004-09-01', true, NULL, 72000),
    (2, 'Magnus Dahl', 'cello', '2009-01-15', true, 1, 65000),
    (3, 'Priya Raman', 'flute', '2012-03-10', false, 1, 52000),
    (4, 'Jonah Whitlock', 'violin', '2015-06-20', false, 1, 50000),
    (5, 'Sofia Castellano', 'oboe', '2001-02-05', true, NULL, 76000),
    (6, 'Kwame Mensah', 'cello', '2019-11-11', false, 2, 47000),
    (7, 'Hanna Lindqvist', 'viola', '2021-08-30', false, 5, 45000),
    (8, 'Oskar Brenner', 'trumpet', '2017-04-18', true, 5, 58000),
    (9, 'Mei Tanaka', 'violin', '2023-01-09', false, 2, 43000),
    (10, 'Rafael Duarte', 'double bass', '2010-10-01', false, 1, 51000);

INSERT INTO concerts VALUES
    (1, 'Spring Gala', 1, 1, '2020-04-18', 45.00),
    (2, 'Autumn Serenade', 2, 5, '2022-10-08', 30.00),
    (3, 'Midwinter Lights', 3, 1, '2024-12-14', 55.00),
    (4, 'Chapel Evenings', 4, 8, '2025-03-22', 22.50),
    (5, 'Festival Finale', 3, 5, '2033-07-02', 60.00),
    (6, 'New Voices', 2, 8, '2034-05-13', 18.00),
    (7, 'Harbour Nights', 1, 1, '2035-09-27', 48.00);

INSERT INTO programme_items VALUES
    (1, 1, 1), (1, 5, 2),
    (2, 3, 1), (2, 8, 2),
    (3, 2, 1), (3, 1, 2),
    (4, 4, 1), (4, 7, 2),
    (5, 5, 1), (5, 6, 2), (5, 3, 3),
    (6, 4, 1), (6, 7, 2),
    (7, 1, 1), (7, 2, 2);
"""
