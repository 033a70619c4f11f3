"""Five small schemas with deterministic rows: a cleaning agency, a magazine publisher, a
campsite, a vet and a furniture shop. Money said per unit ("earn more than 14 pounds an hour":
hourly_rate; "costing more than £4 an issue": price_per_issue, not a count of issues), how many
a place holds ("capacity": max_people), states stored with a negation ("a no show": 'no_show')
or as a verb in -ing (animals "in recovery": 'recovering'), what cleaners use (phone_usage:
"the app"), and furniture_items, "furniture" to its customers, sold by stockists, "shops" by
their shop_name.
"""

from typing import Final

R4C_WORLD: Final = """
CREATE TABLE cleaners (
    cleaner_id integer PRIMARY KEY,
    full_name text NOT NULL,
    hourly_rate numeric(5, 2) NOT NULL,
    joined_on date NOT NULL
);

CREATE TABLE jobs (
    job_id integer PRIMARY KEY,
    cleaner_id integer NOT NULL REFERENCES cleaners,
    hours numeric(4, 1) NOT NULL,
    done_on date NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('done', 'no_show', 'not_finished'))
);

CREATE TABLE phone_usage (
    cleaner_id integer NOT NULL REFERENCES cleaners,
    logged_on date NOT NULL,
    app_minutes integer NOT NULL,
    PRIMARY KEY (cleaner_id, logged_on)
);

CREATE TABLE magazines (
    magazine_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    price_per_issue numeric(5, 2) NOT NULL,
    issues_per_year integer NOT NULL
);

CREATE TABLE issues (
    issue_id integer PRIMARY KEY,
    magazine_id integer NOT NULL REFERENCES magazines,
    published_on date NOT NULL,
    pages integer NOT NULL
);

CREATE TABLE pitches (
    pitch_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    max_people integer NOT NULL,
    nightly_fee numeric(6, 2) NOT NULL
);

CREATE TABLE stays (
    stay_id integer PRIMARY KEY,
    pitch_id integer NOT NULL REFERENCES pitches,
    party_size integer NOT NULL,
    arrived_on date NOT NULL
);

CREATE TABLE furniture_items (
    item_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    room text NOT NULL CHECK (room IN ('bedroom', 'kitchen', 'lounge')),
    price numeric(7, 2) NOT NULL
);

CREATE TABLE animals (
    animal_id integer PRIMARY KEY,
    name text NOT NULL,
    status text NOT NULL CHECK (status IN ('admitted', 'recovering', 'discharged')),
    recovery_started_on date
);

CREATE TABLE stockists (
    stockist_id integer PRIMARY KEY,
    shop_name text NOT NULL UNIQUE,
    city text NOT NULL,
    staff_count integer NOT NULL
);

INSERT INTO cleaners
SELECT i, 'Cleaner ' || i, 10 + (i % 9), date '2024-01-01' + i * 11
FROM generate_series(1, 30) AS i;

INSERT INTO jobs
SELECT i, 1 + (i % 30), 1 + (i % 6) * 0.5, date '2025-01-01' + i,
       CASE WHEN i % 11 = 0 THEN 'no_show' WHEN i % 7 = 0 THEN 'not_finished' ELSE 'done' END
FROM generate_series(1, 200) AS i;

INSERT INTO phone_usage
SELECT 1 + (i % 19), date '2025-03-01' + i, 5 + i % 40
FROM generate_series(1, 60) AS i;

INSERT INTO magazines
SELECT i, 'Magazine ' || i, 2 + (i % 5) * 0.75, 4 + (i % 3) * 4
FROM generate_series(1, 20) AS i;

INSERT INTO issues
SELECT i, 1 + (i % 17), date '2024-01-01' + i * 3, 40 + (i % 7) * 8
FROM generate_series(1, 120) AS i;

INSERT INTO furniture_items
SELECT i, 'Piece ' || i, (ARRAY['bedroom', 'kitchen', 'lounge'])[1 + i % 3], 20 + (i * 37) % 400
FROM generate_series(1, 40) AS i;

INSERT INTO animals
SELECT i, 'Animal ' || i, (ARRAY['admitted', 'recovering', 'discharged'])[1 + i % 3],
       CASE WHEN i % 3 > 0 THEN date '2025-06-01' + i END
FROM generate_series(1, 30) AS i;

INSERT INTO stockists
SELECT i, 'Shop ' || i, (ARRAY['Leeds', 'York', 'Hull'])[1 + i % 3], 2 + (i * 5) % 17
FROM generate_series(1, 24) AS i;

INSERT INTO pitches
SELECT i, 'Pitch ' || i, 2 + (i * 7) % 9, 12 + (i % 4) * 3
FROM generate_series(1, 25) AS i;

INSERT INTO stays
SELECT i, 1 + (i % 25), 1 + (i % 5), date '2025-05-01' + i
FROM generate_series(1, 90) AS i;
"""
