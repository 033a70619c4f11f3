"""A campsite schema with deterministic rows, for questions that name things in other words.

Pitches (sites) with flags, campers with a loyalty level, stays, electric vehicle charging
sessions (a table named by initials) and staff with roles: the questions say "lakeside
pitches", "gold campers", "wardens", "EV charging", "first-time campers", "money taken".
"""

from typing import Final

NOUNS_WORLD: Final = """
CREATE TABLE sites (
    site_id integer PRIMARY KEY,
    code text NOT NULL UNIQUE,
    pitch_type text NOT NULL CHECK (pitch_type IN ('tent', 'caravan', 'glamping', 'cabin')),
    nightly_rate_gbp numeric(6, 2) NOT NULL,
    is_lakeside boolean NOT NULL DEFAULT false,
    has_electric_hookup boolean NOT NULL DEFAULT false,
    allows_dogs boolean NOT NULL DEFAULT true
);

CREATE TABLE campers (
    camper_id integer PRIMARY KEY,
    full_name text NOT NULL,
    country text NOT NULL,
    loyalty_level text NOT NULL CHECK (loyalty_level IN ('bronze', 'silver', 'gold')),
    status text NOT NULL CHECK (status IN ('active', 'banned')),
    is_first_time boolean NOT NULL DEFAULT false
);

CREATE TABLE stays (
    stay_id integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES sites,
    camper_id integer NOT NULL REFERENCES campers,
    arrived_on date NOT NULL,
    nights integer NOT NULL,
    amount_gbp numeric(8, 2) NOT NULL,
    status text NOT NULL CHECK (status IN ('booked', 'completed', 'cancelled')),
    is_walk_in boolean NOT NULL DEFAULT false
);

CREATE TABLE ev_charging_sessions (
    session_id integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES sites,
    camper_id integer NOT NULL REFERENCES campers,
    started_at timestamp NOT NULL,
    kwh numeric(6, 2) NOT NULL,
    cost_gbp numeric(6, 2) NOT NULL
);

CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    full_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('warden', 'cleaner', 'lifeguard', 'receptionist')),
    is_seasonal boolean NOT NULL DEFAULT false,
    offers_guided_walks boolean NOT NULL DEFAULT false
);

INSERT INTO sites
SELECT i,
       chr(65 + (i - 1) / 10) || lpad(i::text, 2, '0'),
       (ARRAY['tent', 'caravan', 'tent', 'glamping', 'cabin', 'caravan'])[1 + i % 6],
       CASE WHEN i % 6 IN (3, 4) THEN 65 + i * 3 ELSE 18 + (i * 7) % 25 END,
       i % 4 = 0,
       i % 6 IN (1, 3, 4, 5),
       i % 5 <> 2
FROM generate_series(1, 30) AS i;

INSERT INTO campers
SELECT i,
       (ARRAY['Ada', 'Bram', 'Cleo', 'Dara', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Jun',
              'Kai', 'Lena'])[1 + i % 12]
       || ' ' ||
       (ARRAY['Moss', 'Reed', 'Vale', 'Brook', 'Fern', 'Heath', 'Lowe'])[1 + (i * 3) % 7],
       (ARRAY['UK', 'Ireland', 'Netherlands', 'Germany', 'France'])[1 + i % 5],
       CASE WHEN i % 7 = 0 THEN 'gold' WHEN i % 3 = 0 THEN 'silver' ELSE 'bronze' END,
       CASE WHEN i % 11 = 0 THEN 'banned' ELSE 'active' END,
       i % 4 = 1
FROM generate_series(1, 40) AS i;

INSERT INTO stays
SELECT i,
       1 + (i * 7) % 30,
       1 + (i * 11) % 40,
       date '2025-04-01' + (i * 5) % 200,
       1 + i % 6,
       (1 + i % 6) * (20 + (i * 13) % 60),
       CASE WHEN i % 9 = 0 THEN 'cancelled' WHEN i > 70 THEN 'booked' ELSE 'completed' END,
       i % 8 = 3
FROM generate_series(1, 80) AS i;

INSERT INTO ev_charging_sessions
SELECT i,
       1 + (i * 5) % 30,
       1 + (i * 3) % 40,
       timestamp '2025-05-01 08:00' + (i * 31) * interval '7 hours',
       5 + (i * 17) % 40,
       round((5 + (i * 17) % 40) * 0.45, 2)
FROM generate_series(1, 25) AS i;

INSERT INTO staff VALUES
    (1, 'Morag Finlay', 'warden', false, true),
    (2, 'Tomasz Nowak', 'warden', true, false),
    (3, 'Ruth Adeyemi', 'cleaner', true, false),
    (4, 'Sean Doyle', 'cleaner', true, false),
    (5, 'Priya Shah', 'receptionist', false, false),
    (6, 'Lukas Berg', 'lifeguard', true, true),
    (7, 'Nell Hart', 'lifeguard', true, false),
    (8, 'Owen Price', 'warden', false, true),
    (9, 'Aoife Byrne', 'receptionist', true, false);
"""
