"""A film studio schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

STUDIO: Final = """
CREATE TYPE film_genre AS ENUM ('drama', 'comedy', 'thriller', 'horror', 'documentary', 'sci_fi');
CREATE TYPE location_setting AS ENUM ('indoor', 'outdoor');

CREATE TABLE films (
    film_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    genre film_genre NOT NULL,
    budget_usd numeric(12, 2) NOT NULL,
    status text NOT NULL
        CHECK (status IN ('development', 'shooting', 'post_production', 'released')),
    greenlit_on date NOT NULL,
    release_date date,
    runtime_minutes integer
);

CREATE TABLE crew_members (
    crew_member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('director', 'producer', 'cinematographer', 'editor',
                                       'sound_mixer', 'gaffer', 'production_designer',
                                       'composer')),
    day_rate_usd numeric(8, 2) NOT NULL,
    email text,
    is_union_member boolean NOT NULL DEFAULT false
);

CREATE TABLE film_crew (
    film_id integer NOT NULL REFERENCES films,
    crew_member_id integer NOT NULL REFERENCES crew_members,
    started_on date NOT NULL,
    days_contracted integer NOT NULL,
    PRIMARY KEY (film_id, crew_member_id)
);

CREATE TABLE locations (
    location_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    setting location_setting NOT NULL,
    permit_cost_usd numeric(8, 2) NOT NULL DEFAULT 0
);

CREATE TABLE shooting_days (
    shooting_day_id serial PRIMARY KEY,
    film_id integer NOT NULL REFERENCES films,
    location_id integer NOT NULL REFERENCES locations,
    shot_on date NOT NULL,
    hours numeric(4, 1),
    had_weather_delay boolean NOT NULL DEFAULT false,
    scenes_completed integer
);

CREATE TABLE expenses (
    expense_id serial PRIMARY KEY,
    film_id integer NOT NULL REFERENCES films,
    category text NOT NULL CHECK (category IN ('equipment_rental', 'catering', 'travel',
                                               'wardrobe', 'insurance', 'location_fees',
                                               'post_production')),
    amount_usd numeric(10, 2) NOT NULL,
    spent_on date NOT NULL,
    vendor text
);

CREATE TABLE festival_submissions (
    submission_id serial PRIMARY KEY,
    film_id integer NOT NULL REFERENCES films,
    festival text NOT NULL,
    submitted_on date NOT NULL,
    entry_fee_usd numeric(6, 2) NOT NULL,
    result text NOT NULL DEFAULT 'pending' CHECK (result IN ('accepted', 'rejected', 'pending')),
    award_won text
);

INSERT INTO films VALUES
    (1, 'The Salt Road', 'drama', 1200000, 'released', '2019-02-11', '2021-03-19', 112),
    (2, 'Paper Lanterns', 'drama', 850000, 'released', '2019-06-03', '2021-09-24', 98),
    (3, 'Northern Static', 'sci_fi', 2400000, 'released', '2020-01-20', '2022-05-13', 121),
    (4, 'Quiet Harbor', 'thriller', 1750000, 'released', '2020-04-06', '2022-10-07', 104),
    (5, 'Bone Orchard', 'horror', 600000, 'released', '2020-09-14', '2022-10-28', 89),
    (6, 'The Last Projectionist', 'documentary', 320000, 'released', '2021-01-11', '2023-02-17',
     84),
    (7, 'Midnight Laundromat', 'comedy', 950000, 'released', '2021-03-22', '2023-06-09', 95),
    (8, 'Glass Rivers', 'drama', 1400000, 'released', '2021-07-05', '2023-11-03', 117),
    (9, 'Hollow Pines', 'horror', 720000, 'released', '2022-01-17', '2024-03-08', 91),
    (10, 'The Cartographer', 'thriller', 2100000, 'released', '2022-04-04', '2024-08-16', 126),
    (11, 'Copper Sky', 'sci_fi', 3200000, 'released', '2022-08-29', '2025-02-14', 131),
    (12, 'Foxglove', 'drama', 540000, 'released', '2023-01-09', '2025-05-30', 101),
    (13, 'Tin Crowns', 'comedy', 880000, 'released', '2023-03-13', current_date - 40, 93),
    (14, 'Velvet Hour', 'documentary', 410000, 'released', '2023-06-19', current_date - 150, 78),
    (15, 'Red Clay', 'thriller', 1900000, 'post_production', '2023-09-04', current_date + 45,
     NULL),
    (16, 'Small Hours', 'drama', 760000, 'post_production', '2024-01-15', current_date + 120,
     NULL),
    (17, 'Borrowed Light', 'drama', 1050000, 'post_production', '2024-03-18', NULL, NULL),
    (18, 'Neon Saints', 'thriller', 2600000, 'shooting', '2024-06-10', NULL, NULL),
    (19, 'The Orchard Thief', 'comedy', 990000, 'shooting', '2024-09-02', NULL, NULL),
    (20, 'Dust Between Us', 'drama', 1300000, 'shooting', '2024-11-11', NULL, NULL),
    (21, 'Winter Vinyl', 'documentary', 280000, 'development', '2025-02-03', NULL, NULL),
    (22, 'Signal Fire', 'sci_fi', 4500000, 'development', '2025-04-21', NULL, NULL),
    (23, 'After the Flood', 'horror', 650000, 'development', '2025-07-07', NULL, NULL),
    (24, 'Kite Season', 'comedy', 700000, 'development', current_date - 20, NULL, NULL);

INSERT INTO crew_members
SELECT i,
       (ARRAY['Maya', 'Daniel', 'Priya', 'Marcus', 'Elena', 'Tom', 'Aisha', 'Lucas', 'Hannah',
              'Diego', 'Grace', 'Samuel', 'Nina', 'Oliver', 'Zoe', 'Felix', 'Ruth', 'Kenji',
              'Clara', 'Owen', 'Leila', 'Victor', 'Ingrid', 'Jamal', 'Sofia', 'Ben', 'Mei',
              'Patrick', 'Lena', 'Omar', 'Julia', 'Henry', 'Tara', 'Rafael', 'Chloe', 'Isaac',
              'Nora', 'Andre', 'Ivy', 'Gabriel'])[i]
       || ' ' ||
       (ARRAY['Okafor', 'Reyes', 'Lindqvist', 'Brennan', 'Costa', 'Nakamura', 'Fischer',
              'Hale', 'Moreau', 'Patel', 'Sullivan', 'Kowalski', 'Adeyemi', 'Barrett', 'Castillo',
              'Duarte', 'Ellis', 'Ferreira', 'Gallagher', 'Horvat', 'Ibarra', 'Jensen', 'Kaur',
              'Larsen', 'Mendoza', 'Novak', 'Oyelaran', 'Quinn', 'Rossi', 'Schneider', 'Tanaka',
              'Underwood', 'Vance', 'Walsh', 'Yilmaz', 'Zhang', 'Abbott', 'Bishop', 'Carver',
              'Delgado'])[1 + (i * 7) % 40],
       (ARRAY['director', 'producer', 'cinematographer', 'editor', 'sound_mixer', 'gaffer',
              'production_designer', 'composer'])[1 + i % 8],
       (ARRAY[1800, 1200, 1500, 900, 750, 650, 1000, 1100])[1 + i % 8] + (i * 37) % 300,
       CASE WHEN i % 7 = 0 THEN NULL
            ELSE lower((ARRAY['Maya', 'Daniel', 'Priya', 'Marcus', 'Elena', 'Tom', 'Aisha',
                              'Lucas', 'Hannah', 'Diego', 'Grace', 'Samuel', 'Nina', 'Oliver',
                              'Zoe', 'Felix', 'Ruth', 'Kenji', 'Clara', 'Owen', 'Leila',
                              'Victor', 'Ingrid', 'Jamal', 'Sofia', 'Ben', 'Mei', 'Patrick',
                              'Lena', 'Omar', 'Julia', 'Henry', 'Tara', 'Rafael', 'Chloe',
                              'Isaac', 'Nora', 'Andre', 'Ivy', 'Gabriel'])[i])
                 || '.crew' || i || '@lanternpictures.com' END,
       i % 3 <> 0
FROM generate_series(1, 40) AS i;

INSERT INTO locations VALUES
    (1, 'Eastside Studios Stage 4', 'Los Angeles', 'indoor', 0),
    (2, 'Griffith Park Trail', 'Los Angeles', 'outdoor', 2400),
    (3, 'Union Station Concourse', 'Los Angeles', 'indoor', 5200),
    (4, 'Pier 39 Boardwalk', 'San Francisco', 'outdoor', 3100),
    (5, 'Mission Warehouse', 'San Francisco', 'indoor', 900),
    (6, 'Mojave Salt Flats', 'Barstow', 'outdoor', 1800),
    (7, 'Red Hook Diner', 'New York', 'indoor', 1500),
    (8, 'Brooklyn Bridge Park', 'New York', 'outdoor', 4800),
    (9, 'Silvercup Studios Stage B', 'New York', 'indoor', 0),
    (10, 'Lake Tahoe Boat Ramp', 'Tahoe City', 'outdoor', 1200),
    (11, 'Old Mill Farmhouse', 'Hudson', 'indoor', 650),
    (12, 'Santa Monica Pier', 'Los Angeles', 'outdoor', 6000);

INSERT INTO film_crew
SELECT f.film_id, c.crew_member_id,
       f.greenlit_on + 30 + c.crew_member_id,
       5 + (f.film_id + c.crew_member_id) % 30
FROM films AS f, crew_members AS c
WHERE c.crew_member_id <= 36
  AND f.film_id <> 24
  AND ((f.film_id * 3 + c.crew_member_id * 7) % 5 = 0
       OR (f.film_id * c.crew_member_id) % 13 = 1)
  AND (f.film_id <= 20 OR c.crew_member_id % 3 = 0);

INSERT INTO shooting_days (film_id, location_id, shot_on, hours, had_weather_delay,
                           scenes_completed)
SELECT film_id, location_id, shot_on,
       CASE WHEN shot_on > current_date THEN NULL
            ELSE 8 + (film_id * 3 + k * 5) % 9 + 0.5 * (k % 2) END,
       (film_id + k * 2) % 6 = 0,
       CASE WHEN shot_on > current_date THEN NULL ELSE 2 + (film_id + k * 3) % 5 END
FROM (
    SELECT f.film_id, k,
           CASE WHEN k % 4 = 0 THEN 1 ELSE 1 + (f.film_id * 5 + k * 3) % 11 END AS location_id,
           CASE WHEN f.status = 'shooting'
                THEN current_date + 1 - (6 + f.film_id % 7 - k) * (f.film_id - 15)
                ELSE f.greenlit_on + 200 + k * 2 END AS shot_on
    FROM films AS f, generate_series(1, 6 + f.film_id % 7) AS k
    WHERE f.film_id <= 20
) AS days;

INSERT INTO expenses (film_id, category, amount_usd, spent_on, vendor)
SELECT f.film_id,
       (ARRAY['equipment_rental', 'catering', 'travel', 'wardrobe', 'insurance',
              'location_fees', 'post_production'])[1 + i % 7],
       150 + (i * 389) % 14000 + (i % 4) * 0.25,
       CASE f.status WHEN 'shooting' THEN current_date - (i * 11) % 40
                     WHEN 'development' THEN f.greenlit_on + (i * 3) % 20
                     ELSE f.greenlit_on + (i * 13) % 500 END,
       CASE WHEN i % 9 = 0 THEN NULL
            ELSE (ARRAY['Panavision', 'Craft Kings Catering', 'Delta Air Lines',
                        'Western Costume', 'Film Finances Inc', 'City Permits Office',
                        'Dolby Post'])[1 + i % 7] END
FROM generate_series(1, 240) AS i
JOIN films AS f ON f.film_id = 1 + (i * 7) % 24;

INSERT INTO festival_submissions (film_id, festival, submitted_on, entry_fee_usd, result,
                                  award_won)
SELECT film_id, festival, submitted_on, entry_fee_usd, result,
       CASE WHEN result = 'accepted' AND (film_id + j) % 4 = 1
            THEN (ARRAY['Grand Jury Prize', 'Audience Award', 'Best Director',
                        'Best Cinematography'])[1 + film_id % 4] END
FROM (
    SELECT f.film_id, j,
           (ARRAY['Sundance', 'SXSW', 'Tribeca', 'Toronto', 'Berlinale', 'Cannes', 'Venice',
                  'Telluride', 'Fantastic Fest'])[j] AS festival,
           CASE WHEN f.status = 'released' THEN f.release_date - 200 + j * 10
                ELSE current_date - j * 7 END AS submitted_on,
           40 + j * 10 + (f.film_id % 3) * 5 AS entry_fee_usd,
           CASE WHEN f.status <> 'released' THEN 'pending'
                WHEN (f.film_id + 2 * j) % 5 = 0 THEN 'rejected'
                ELSE 'accepted' END AS result
    FROM films AS f, generate_series(1, 9) AS j
    WHERE f.film_id <= 16 AND f.film_id <> 12 AND (f.film_id * 2 + j) % 3 = 0
) AS submissions;
"""
