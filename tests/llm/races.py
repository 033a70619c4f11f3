"""A running-race organiser's schema with deterministic rows, for held-out questions."""

from typing import Final

RACES: Final = """
CREATE TYPE registration_status AS ENUM ('registered', 'withdrawn', 'did_not_start');

CREATE TABLE clubs (
    club_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    founded_year integer NOT NULL,
    website text,
    annual_fee_eur numeric(6, 2) NOT NULL
);

CREATE TABLE runners (
    runner_id integer PRIMARY KEY,
    full_name text NOT NULL,
    birth_date date NOT NULL,
    gender text NOT NULL CHECK (gender IN ('female', 'male', 'non-binary')),
    club_id integer REFERENCES clubs,
    country text NOT NULL,
    email text
);

CREATE TABLE races (
    race_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    distance_km numeric(7, 4) NOT NULL,
    race_date date NOT NULL,
    city text NOT NULL,
    entry_fee_eur numeric(6, 2) NOT NULL,
    max_entrants integer NOT NULL,
    is_trail boolean NOT NULL DEFAULT false
);

CREATE TABLE registrations (
    registration_id integer PRIMARY KEY,
    race_id integer NOT NULL REFERENCES races,
    runner_id integer NOT NULL REFERENCES runners,
    bib_number integer NOT NULL UNIQUE,
    is_paid boolean NOT NULL DEFAULT false,
    status registration_status NOT NULL DEFAULT 'registered',
    registered_at timestamptz NOT NULL,
    UNIQUE (race_id, runner_id)
);

CREATE TABLE results (
    result_id serial PRIMARY KEY,
    race_id integer NOT NULL REFERENCES races,
    runner_id integer NOT NULL REFERENCES runners,
    finish_time_seconds integer,
    position integer,
    did_not_finish boolean NOT NULL DEFAULT false,
    UNIQUE (race_id, runner_id)
);

CREATE TABLE sponsors (
    sponsor_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    industry text NOT NULL
        CHECK (industry IN ('sportswear', 'nutrition', 'finance', 'telecoms', 'retail', 'health')),
    contact_email text,
    country text NOT NULL
);

CREATE TABLE sponsorships (
    sponsorship_id integer PRIMARY KEY,
    sponsor_id integer NOT NULL REFERENCES sponsors,
    race_id integer NOT NULL REFERENCES races,
    amount_eur numeric(10, 2) NOT NULL,
    tier text NOT NULL CHECK (tier IN ('title', 'gold', 'silver', 'bronze')),
    signed_on date NOT NULL
);

CREATE TABLE volunteers (
    volunteer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    race_id integer NOT NULL REFERENCES races,
    role text NOT NULL
        CHECK (role IN ('marshal', 'water station', 'first aid', 'registration desk', 'baggage')),
    shift_start timestamptz NOT NULL,
    shift_hours numeric(3, 1) NOT NULL,
    phone text
);

INSERT INTO clubs VALUES
    (1, 'Clonliffe Harriers', 'Dublin', 1886, 'clonliffeharriers.ie', 120),
    (2, 'Raheny Shamrock AC', 'Dublin', 1958, 'rahenyshamrock.ie', 95),
    (3, 'Leevale AC', 'Cork', 1970, 'leevaleac.ie', 90),
    (4, 'Galway City Harriers', 'Galway', 1983, NULL, 70),
    (5, 'Limerick AC', 'Limerick', 1959, 'limerickac.ie', 80),
    (6, 'Sligo AC', 'Sligo', 1964, NULL, 60),
    (7, 'Kilkenny City Harriers', 'Kilkenny', 1977, 'kilkennyharriers.ie', 65),
    (8, 'Waterford AC', 'Waterford', 1962, NULL, 75),
    (9, 'North Belfast Harriers', 'Belfast', 1953, 'nbharriers.co.uk', 85),
    (10, 'Crusaders AC', 'Dublin', 1961, 'crusadersac.ie', 110),
    (11, 'Mourne Runners', 'Newcastle', 2004, NULL, 40),
    (12, 'Athlone Trail Collective', 'Athlone', 2019, NULL, 35);

INSERT INTO runners
SELECT i,
       (ARRAY['Aoife', 'Ciaran', 'Niamh', 'Sean', 'Saoirse', 'Eoin', 'Orla', 'Declan', 'Siobhan',
              'Padraig', 'Grainne', 'Liam', 'Roisin', 'Darragh', 'Caoimhe', 'Fionn', 'Aisling',
              'Cathal', 'Maeve', 'Ronan', 'Emma', 'Kevin', 'Sarah', 'Brian', 'Laura'])
           [1 + (i - 1) % 25]
       || ' ' ||
       (ARRAY['Murphy', 'Kelly', 'O''Sullivan', 'Walsh', 'Byrne', 'Ryan', 'O''Brien', 'Doyle',
              'McCarthy', 'Gallagher', 'Kennedy', 'Lynch', 'Quinn', 'Brennan', 'Fitzgerald',
              'Nolan', 'Dunne', 'Keane', 'Moran', 'Power', 'Hayes', 'Burke', 'Daly', 'Farrell',
              'Casey', 'Tobin', 'Egan', 'Foley', 'Hogan', 'Flynn'])[1 + (i * 7) % 30],
       date '1958-02-11' + (i * 487) % 17500,
       CASE WHEN i % 23 = 0 THEN 'non-binary'
            WHEN (i - 1) % 25 IN (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24) THEN 'female'
            ELSE 'male' END,
       CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + (i * 5) % 12 END,
       CASE WHEN i % 19 = 0 THEN 'Kenya' WHEN i % 11 = 0 THEN 'United Kingdom'
            WHEN i % 13 = 0 THEN 'France' WHEN i % 17 = 0 THEN 'Poland' ELSE 'Ireland' END,
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'runner' || i || '@racemail.ie' END
FROM generate_series(1, 150) AS i;

INSERT INTO races VALUES
    (1, 'Dublin City Marathon', 42.195, '2024-10-27', 'Dublin', 95, 2000, false),
    (2, 'Phoenix Park 10K', 10, '2024-06-15', 'Dublin', 25, 800, false),
    (3, 'Cork Harbour Half Marathon', 21.0975, '2024-09-08', 'Cork', 55, 1200, false),
    (4, 'Galway Bay 5K', 5, '2025-03-16', 'Galway', 15, 500, false),
    (5, 'Limerick Riverside 10 Mile', 16.0934, '2023-05-21', 'Limerick', 35, 900, false),
    (6, 'Wicklow Mountains Trail 30K', 30, '2024-08-03', 'Wicklow', 60, 300, true),
    (7, 'Belfast Castle Fun Run', 5, '2023-12-10', 'Belfast', 10, 400, false),
    (8, 'Dublin Docklands 5K', 5, '2025-05-02', 'Dublin', 18, 600, false),
    (9, 'Killarney Lakes Ultra', 50, '2025-07-12', 'Killarney', 120, 250, true),
    (10, 'Cork City Marathon', 42.195, '2025-06-01', 'Cork', 85, 1800, false),
    (11, 'Galway Half Marathon', 21.0975, '2023-09-24', 'Galway', 50, 1000, false),
    (12, 'Kilkenny Castle 10K', 10, '2025-04-13', 'Kilkenny', 28, 700, false),
    (13, 'Waterford Greenway Half', 21.0975, '2024-04-21', 'Waterford', 48, 900, false),
    (14, 'Sligo Coastal 15K', 15, '2023-07-09', 'Sligo', 30, 500, false),
    (15, 'Dublin Christmas 5K', 5, '2024-12-21', 'Dublin', 20, 1000, false),
    (16, 'Connemara Marathon', 42.195, '2025-04-06', 'Clifden', 70, 600, false),
    (17, 'Athlone Riverside 10K', 10, '2025-09-14', 'Athlone', 25, 500, false),
    (18, 'Mourne Mountains Skyrace', 25, '2025-10-05', 'Newcastle', 65, 200, true),
    (19, 'Howth Head Trail 12K', 12,
        date_trunc('month', current_date)::date - interval '1 month' + interval '9 days',
        'Dublin', 32, 350, true),
    (20, 'Bray Seafront 5K', 5, current_date + 1, 'Bray', 15, 400, false),
    (21, 'Dun Laoghaire Pier 10K', 10, current_date + 45, 'Dun Laoghaire', 27, 600, false),
    (22, 'Tralee Half Marathon', 21.0975, current_date + 120, 'Tralee', 45, 800, false),
    (23, 'Dublin Autumn Half', 21.0975,
        date_trunc('year', current_date)::date - interval '1 year' + interval '280 days',
        'Dublin', 50, 1500, false),
    (24, 'Naas Road 10 Mile', 16.0934, current_date - 20, 'Naas', 33, 700, false);

INSERT INTO registrations
SELECT i,
       1 + i % 24,
       1 + (i * 11) % 140,
       1000 + i,
       i % 8 <> 0,
       (CASE WHEN i % 17 = 0 THEN 'withdrawn' WHEN i % 13 = 0 THEN 'did_not_start'
             ELSE 'registered' END)::registration_status,
       (r.race_date - (5 + i % 60)) + time '10:00' + (i % 9) * interval '37 minutes'
FROM generate_series(1, 300) AS i
JOIN races AS r ON r.race_id = 1 + i % 24;

INSERT INTO results (race_id, runner_id, finish_time_seconds, position, did_not_finish)
SELECT race_id, runner_id, secs,
       CASE WHEN dnf THEN NULL
            ELSE row_number() OVER (PARTITION BY race_id, dnf ORDER BY secs, runner_id) END,
       dnf
FROM (
    SELECT g.race_id, g.runner_id, g.registration_id % 19 = 0 AS dnf,
           CASE WHEN g.registration_id % 19 = 0 THEN NULL
                ELSE round(r.distance_km * (215 + (g.runner_id * 37) % 190)
                           * CASE WHEN r.is_trail THEN 1.3 ELSE 1 END)::integer END AS secs
    FROM registrations AS g
    JOIN races AS r ON r.race_id = g.race_id
    WHERE g.status = 'registered' AND r.race_date < current_date
) AS finished;

INSERT INTO sponsors VALUES
    (1, 'Stride Athletic', 'sportswear', 'partners@stride.ie', 'Ireland'),
    (2, 'Green Isle Energy Drinks', 'nutrition', 'events@greenisle.ie', 'Ireland'),
    (3, 'Harbour Bank', 'finance', 'sponsorship@harbourbank.ie', 'Ireland'),
    (4, 'PeakFuel Nutrition', 'nutrition', NULL, 'United Kingdom'),
    (5, 'Celtic Telecom', 'telecoms', 'brand@celtictelecom.ie', 'Ireland'),
    (6, 'Fresh Aisle Supermarkets', 'retail', 'community@freshaisle.ie', 'Ireland'),
    (7, 'Kinetic Physio Clinics', 'health', NULL, 'Ireland'),
    (8, 'Atlantic Credit Union', 'finance', 'info@atlanticcu.ie', 'Ireland'),
    (9, 'Swiftfoot Shoes', 'sportswear', 'hello@swiftfoot.com', 'Germany'),
    (10, 'Emerald Spring Water', 'nutrition', 'sales@emeraldspring.ie', 'Ireland'),
    (11, 'Northwind Mobile', 'telecoms', NULL, 'United Kingdom'),
    (12, 'Oak & Ivy Pharmacy', 'health', 'pr@oakivy.ie', 'Ireland');

INSERT INTO sponsorships
SELECT i,
       1 + (i * 3) % 10,
       1 + (i * 5) % 21,
       CASE WHEN i % 9 = 0 THEN 25000 + (i * 731) % 10000
            ELSE 1500 + (i * 1237) % 14000 END,
       CASE WHEN i % 9 = 0 THEN 'title' WHEN i % 4 = 0 THEN 'gold' WHEN i % 3 = 0 THEN 'silver'
            ELSE 'bronze' END,
       r.race_date - (40 + (i * 11) % 200)
FROM generate_series(1, 40) AS i
JOIN races AS r ON r.race_id = 1 + (i * 5) % 21;

INSERT INTO volunteers
SELECT i,
       (ARRAY['Mary', 'John', 'Bridget', 'Michael', 'Catherine', 'Patrick', 'Anne', 'Thomas',
              'Eileen', 'Joseph', 'Helen', 'Martin', 'Noreen', 'Gerard', 'Philomena',
              'Francis', 'Deirdre', 'Kieran'])[1 + (i - 1) % 18]
       || ' ' ||
       (ARRAY['Fahy', 'Costello', 'Mullan', 'Rafferty', 'Whelan', 'Corcoran', 'Horgan',
              'Sheehan', 'Conway', 'Madden', 'Geraghty', 'Hennessy', 'Lennon', 'Maguire'])
           [1 + (i * 5) % 14],
       1 + (i * 7) % 22,
       (ARRAY['marshal', 'water station', 'marshal', 'first aid', 'registration desk',
              'baggage'])[1 + i % 6],
       r.race_date + time '07:00' + (i % 4) * interval '30 minutes',
       2 + (i % 5) * 0.5,
       CASE WHEN i % 6 <> 0
            THEN '08' || (5 + i % 3) || ' ' || lpad((i * 48271 % 10000000)::text, 7, '0') END
FROM generate_series(1, 90) AS i
JOIN races AS r ON r.race_id = 1 + (i * 7) % 22;
"""
