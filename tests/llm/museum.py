"""An art museum schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

MUSEUM: Final = """
CREATE TYPE artwork_medium AS ENUM
    ('oil', 'acrylic', 'watercolour', 'sculpture', 'photograph', 'print', 'drawing');
CREATE TYPE loan_status AS ENUM ('requested', 'on_loan', 'returned', 'cancelled');

CREATE TABLE galleries (
    gallery_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    wing text NOT NULL CHECK (wing IN ('north', 'south', 'east', 'west')),
    floor smallint NOT NULL,
    area_sqm numeric(7, 1) NOT NULL,
    max_visitors integer NOT NULL,
    is_climate_controlled boolean NOT NULL DEFAULT false,
    opened_on date NOT NULL
);

CREATE TABLE artists (
    artist_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    nationality text NOT NULL,
    born_year integer NOT NULL,
    died_year integer,
    movement text NOT NULL CHECK (movement IN
        ('realism', 'impressionism', 'modernism', 'surrealism', 'abstract', 'contemporary')),
    mentor_id integer REFERENCES artists (artist_id)
);
COMMENT ON COLUMN artists.died_year IS 'NULL while the artist is alive';
COMMENT ON COLUMN artists.mentor_id IS 'The artist who trained this one, when known';

CREATE TABLE artworks (
    artwork_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    artist_id integer NOT NULL REFERENCES artists,
    gallery_id integer REFERENCES galleries,
    medium artwork_medium NOT NULL,
    year_created integer NOT NULL,
    acquired_on date NOT NULL,
    acquisition_method text NOT NULL CHECK (acquisition_method IN ('purchase', 'gift', 'bequest')),
    purchase_price_eur numeric(12, 2),
    insured_value_eur numeric(14, 2) NOT NULL,
    height_cm numeric(6, 1) NOT NULL,
    width_cm numeric(6, 1) NOT NULL,
    is_fragile boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN artworks.gallery_id IS 'Room where the work hangs; NULL while it is in storage';
COMMENT ON COLUMN artworks.purchase_price_eur IS 'NULL for gifts and bequests';

CREATE TABLE exhibitions (
    exhibition_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    gallery_id integer NOT NULL REFERENCES galleries,
    curator_name text NOT NULL,
    opens_on date NOT NULL,
    closes_on date NOT NULL,
    admission_fee_eur numeric(6, 2) NOT NULL,
    is_touring boolean NOT NULL DEFAULT false,
    budget_eur numeric(12, 2) NOT NULL,
    CHECK (closes_on > opens_on)
);

CREATE TABLE exhibition_artworks (
    exhibition_id integer NOT NULL REFERENCES exhibitions,
    artwork_id integer NOT NULL REFERENCES artworks,
    display_order integer NOT NULL,
    PRIMARY KEY (exhibition_id, artwork_id)
);

CREATE TABLE institutions (
    institution_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('museum', 'gallery', 'university', 'foundation'))
);
COMMENT ON TABLE institutions IS 'Other institutions that borrow our works';

CREATE TABLE loans (
    loan_id integer PRIMARY KEY,
    artwork_id integer NOT NULL REFERENCES artworks,
    institution_id integer NOT NULL REFERENCES institutions,
    status loan_status NOT NULL,
    starts_on date NOT NULL,
    due_back_on date NOT NULL,
    returned_on date,
    loan_fee_eur numeric(10, 2) NOT NULL,
    courier_required boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE loans IS 'Our works lent out to other institutions';
COMMENT ON COLUMN loans.returned_on IS 'NULL until the work is back with us';

CREATE TABLE tickets (
    ticket_id integer PRIMARY KEY,
    visit_date date NOT NULL,
    sold_at timestamp NOT NULL,
    category text NOT NULL CHECK (category IN ('adult', 'child', 'student', 'senior', 'member')),
    price_eur numeric(6, 2) NOT NULL,
    exhibition_id integer REFERENCES exhibitions,
    bought_online boolean NOT NULL
);
COMMENT ON COLUMN tickets.exhibition_id IS 'NULL for general admission';

INSERT INTO galleries VALUES
    (1, 'Great Hall', 'north', 0, 612.0, 260, false, '1978-05-02'),
    (2, 'Turner Room', 'north', 1, 188.5, 90, true, '1981-10-14'),
    (3, 'Long Gallery', 'east', 1, 347.0, 140, true, '1979-03-21'),
    (4, 'Sculpture Court', 'south', 0, 455.5, 210, false, '1992-06-09'),
    (5, 'Print Room', 'west', 2, 96.0, 35, true, '1986-01-27'),
    (6, 'Photography Gallery', 'east', 2, 151.5, 70, true, '2004-09-18'),
    (7, 'Garden Pavilion', 'south', 0, 274.0, 160, false, '2011-05-30'),
    (8, 'Modern Wing Atrium', 'west', 0, 530.5, 230, false, '2015-11-12'),
    (9, 'Blue Room', 'north', 2, 122.0, 55, true, '1983-02-08'),
    (10, 'Riverside Gallery', 'east', 0, 298.5, 125, false, '1998-07-03'),
    (11, 'Tapestry Hall', 'west', 1, 233.0, 110, true, '1989-04-16'),
    (12, 'Attic Studio', 'north', 3, 64.5, 25, false, '2019-08-25');

INSERT INTO artists
SELECT i,
       (ARRAY['Clara', 'Henrik', 'Lucia', 'Tomasz', 'Margot', 'Edwin', 'Yuki', 'Aurelio',
              'Ingeborg', 'Felix', 'Odile', 'Pieter', 'Rosa', 'Anselm', 'Mabel', 'Jonas',
              'Celeste', 'Dmitri', 'Greta', 'Lorenzo', 'Nadia', 'Walter', 'Elise', 'Hugo',
              'Ines', 'Oskar', 'Vera', 'Rafael', 'Agnes', 'Matthias'])[i]
       || ' ' ||
       (ARRAY['Moreau', 'Lindqvist', 'Ferrante', 'Kowal', 'Duval', 'Ashworth', 'Tanaka',
              'Marchetti', 'Brandt', 'Okafor', 'Vermeulen', 'Castell', 'Hayes', 'Novak',
              'Sorensen', 'Whitcombe', 'Iglesias', 'Petrov', 'Hartmann', 'Quinn', 'Abbott',
              'Leclerc', 'Morozov', 'Fairbairn', 'Santos', 'Keller', 'Blom', 'Galloway',
              'Ricci', 'Strand'])[1 + (i * 7) % 30],
       (ARRAY['French', 'Dutch', 'British', 'Spanish', 'Italian', 'German', 'American',
              'Japanese'])[1 + i % 8],
       1820 + (i * 37) % 170,
       CASE WHEN 1820 + (i * 37) % 170 < 1940 THEN 1820 + (i * 37) % 170 + 55 + i % 30 END,
       CASE WHEN 1820 + (i * 37) % 170 < 1860 THEN 'realism'
            WHEN 1820 + (i * 37) % 170 < 1880 THEN 'impressionism'
            WHEN 1820 + (i * 37) % 170 < 1905 THEN 'modernism'
            WHEN 1820 + (i * 37) % 170 < 1925 THEN 'surrealism'
            WHEN 1820 + (i * 37) % 170 < 1955 THEN 'abstract'
            ELSE 'contemporary' END,
       NULL
FROM generate_series(1, 30) AS i;

UPDATE artists AS a SET mentor_id = (
    SELECT m.artist_id FROM artists AS m
    WHERE m.born_year BETWEEN a.born_year - 40 AND a.born_year - 20
    ORDER BY m.born_year DESC LIMIT 1)
WHERE a.artist_id % 3 = 0;

INSERT INTO artworks
SELECT i,
       (ARRAY['Morning', 'Evening', 'Winter', 'Summer', 'Quiet', 'Golden', 'Blue', 'Red',
              'Silent', 'Distant', 'Broken', 'Northern'])[1 + (i - 1) % 12]
       || ' ' ||
       (ARRAY['Harbour', 'Orchard', 'Portrait', 'Bridge', 'Garden', 'Cathedral', 'Meadow',
              'Interior', 'Lighthouse', 'Dancers'])[1 + (i - 1) / 12],
       a.artist_id,
       CASE WHEN i % 6 = 0 THEN NULL ELSE 1 + (i * 5) % 11 END,
       (ARRAY['oil', 'acrylic', 'watercolour', 'sculpture', 'photograph', 'print',
              'drawing']::artwork_medium[])[1 + i % 7],
       a.born_year + 20 + i % 15,
       CASE WHEN i > 110 THEN current_date - (121 - i) * 8
            ELSE greatest(date '1962-04-10' + i * 173,
                          make_date(a.born_year + 21 + i % 15 + i % 5, 1 + i % 12, 1 + i % 28))
       END,
       CASE WHEN i % 5 = 0 THEN 'gift' WHEN i % 11 = 0 THEN 'bequest' ELSE 'purchase' END,
       CASE WHEN i % 5 <> 0 AND i % 11 <> 0 THEN 5000 + (i * 7919) % 900000 END,
       20000 + (i * 104729) % 4000000 + i,
       20 + (i * 37) % 180 + (i % 2) * 0.5,
       15 + (i * 53) % 210,
       i % 4 = 0
FROM generate_series(1, 120) AS i
JOIN artists AS a ON a.artist_id = CASE WHEN i % 10 = 0 THEN 5 ELSE 1 + (i * 7) % 29 END;

INSERT INTO exhibitions VALUES
    (1, 'Light on Water', 3, 'Helen Marsh', '2018-03-10', '2018-07-01', 12.00, false, 85000),
    (2, 'Faces of the Century', 2, 'Tomas Reyes', '2019-02-14', '2019-06-30', 14.50, true,
     120000),
    (3, 'The Sculptor''s Hand', 4, 'Ingrid Falk', '2019-09-05', '2020-01-12', 10.00, false,
     64000),
    (4, 'Paper Worlds', 5, 'Helen Marsh', '2020-10-01', '2021-02-28', 8.00, false, 31000),
    (5, 'Northern Lights', 9, 'Samuel Osei', '2021-05-20', '2021-09-19', 0, false, 22000),
    (6, 'Harbours and Havens', 10, 'Tomas Reyes', '2022-04-02', '2022-08-28', 15.00, true,
     143000),
    (7, 'Modern Dreams', 8, 'Ana Ribeiro', '2023-03-18', '2023-07-30', 16.00, true, 210000),
    (8, 'In the Garden', 7, 'Ingrid Falk', current_date - 420, current_date - 330, 9.50,
     false, 47000),
    (9, 'Cathedrals of Light', 1, 'Ana Ribeiro', current_date - 250, current_date - 160,
     13.00, true, 176000),
    (10, 'Small Wonders', 11, 'Samuel Osei', current_date - 120, current_date - 45, 0, false,
     18000),
    (11, 'Silent Interiors', 2, 'Helen Marsh', current_date - 40, current_date + 50, 14.00,
     false, 98000),
    (12, 'The Blue Hour', 6, 'Tomas Reyes', current_date - 15, current_date + 75, 12.50, true,
     134000),
    (13, 'Dancers in Motion', 3, 'Ingrid Falk', current_date - 5, current_date + 110, 11.00,
     false, 76000),
    (14, 'Winter Orchards', 9, 'Samuel Osei', current_date + 30, current_date + 140, 10.50,
     false, 58000),
    (15, 'Photographs from the Coast', 6, 'Ana Ribeiro', current_date + 90,
     current_date + 200, 9.00, true, 67000);

INSERT INTO exhibition_artworks
SELECT e, a, row_number() OVER (PARTITION BY e ORDER BY a)
FROM generate_series(1, 14) AS e, generate_series(1, 120) AS a
WHERE (a * 3 + e * 7) % 17 = 0 OR (e = 11 AND a % 23 = 0);

INSERT INTO institutions VALUES
    (1, 'Kunsthalle Bremen', 'Bremen', 'Germany', 'museum'),
    (2, 'Musée des Beaux-Arts de Lyon', 'Lyon', 'France', 'museum'),
    (3, 'Museo de Bellas Artes de Bilbao', 'Bilbao', 'Spain', 'museum'),
    (4, 'National Gallery of Ireland', 'Dublin', 'Ireland', 'gallery'),
    (5, 'Art Gallery of Ontario', 'Toronto', 'Canada', 'gallery'),
    (6, 'Yale Center for British Art', 'New Haven', 'United States', 'university'),
    (7, 'Fondation Beyeler', 'Riehen', 'Switzerland', 'foundation'),
    (8, 'Ateneum', 'Helsinki', 'Finland', 'museum'),
    (9, 'Kröller-Müller Museum', 'Otterlo', 'Netherlands', 'museum'),
    (10, 'Museum Folkwang', 'Essen', 'Germany', 'museum'),
    (11, 'Courtauld Institute of Art', 'London', 'United Kingdom', 'university'),
    (12, 'Mori Art Museum', 'Tokyo', 'Japan', 'museum');

INSERT INTO loans
SELECT i,
       1 + (i * 13) % 120,
       CASE WHEN i % 9 = 0 THEN 3 ELSE 1 + (i * 5) % 11 END,
       (CASE WHEN i > 36 THEN 'requested' WHEN i > 28 THEN 'on_loan'
             WHEN i % 10 = 0 THEN 'cancelled' ELSE 'returned' END)::loan_status,
       CASE WHEN i > 36 THEN current_date + (i - 36) * 20
            WHEN i > 28 THEN current_date - (37 - i) * 25
            ELSE date '2015-02-01' + i * 97 END,
       CASE WHEN i > 36 THEN current_date + (i - 36) * 20 + 180
            WHEN i > 28 THEN current_date - (37 - i) * 25 + 150
            ELSE date '2015-02-01' + i * 97 + 180 END,
       CASE WHEN i <= 28 AND i % 10 <> 0 THEN date '2015-02-01' + i * 97 + 170 + i % 20 END,
       1500 + (i * 611) % 9000,
       i % 3 <> 0
FROM generate_series(1, 40) AS i;

INSERT INTO tickets
SELECT i,
       current_date - d,
       current_date - d - i % 4 + interval '8 hours' + (i * 37) % 600 * interval '1 minute',
       c,
       CASE c WHEN 'adult' THEN 18 WHEN 'student' THEN 9 WHEN 'senior' THEN 12 ELSE 0 END
           + coalesce((SELECT admission_fee_eur FROM exhibitions WHERE exhibition_id = e), 0),
       e,
       i % 3 <> 1
FROM generate_series(1, 300) AS i,
     LATERAL (SELECT (i - 1) * 3 / 2 AS d) AS days,
     LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 'member' WHEN i % 7 = 0 THEN 'child'
                          WHEN i % 5 = 0 THEN 'student' WHEN i % 6 = 0 THEN 'senior'
                          ELSE 'adult' END AS c) AS cat,
     LATERAL (SELECT CASE WHEN i % 3 <> 0 THEN NULL
                          WHEN d <= 15 AND i % 2 = 0 THEN 12
                          WHEN d <= 40 THEN 11
                          WHEN d BETWEEN 45 AND 120 THEN 10
                          WHEN d BETWEEN 160 AND 250 THEN 9
                          WHEN d BETWEEN 330 AND 420 THEN 8 END AS e) AS shown;
"""
