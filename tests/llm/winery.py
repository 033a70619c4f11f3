"""A winery with a shop, wine club and tasting room, deterministic rows, for held-out questions."""

from typing import Final

WINERY: Final = """
CREATE TYPE wine_colour AS ENUM ('red', 'white', 'rose', 'sparkling');
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'delivered', 'cancelled');

CREATE TABLE vineyards (
    vineyard_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    region text NOT NULL,
    soil text NOT NULL CHECK (soil IN ('chalk', 'clay', 'greensand', 'loam', 'slate')),
    area_hectares numeric(6, 2) NOT NULL,
    is_organic boolean NOT NULL DEFAULT false,
    manager_name text,
    acquired_on date NOT NULL
);

CREATE TABLE blocks (
    block_id integer PRIMARY KEY,
    vineyard_id integer NOT NULL REFERENCES vineyards,
    code text NOT NULL,
    grape text NOT NULL,
    area_hectares numeric(5, 2) NOT NULL,
    planted_year integer NOT NULL,
    is_irrigated boolean NOT NULL DEFAULT false,
    UNIQUE (vineyard_id, code)
);

CREATE TABLE harvests (
    harvest_id integer PRIMARY KEY,
    block_id integer NOT NULL REFERENCES blocks,
    harvested_on date NOT NULL,
    tonnes numeric(6, 2) NOT NULL,
    sugar_brix numeric(4, 1),
    method text NOT NULL CHECK (method IN ('hand', 'machine'))
);

CREATE TABLE wines (
    wine_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    grape text NOT NULL,
    vintage_year integer,
    colour wine_colour NOT NULL,
    price_gbp numeric(7, 2) NOT NULL,
    stock_bottles integer NOT NULL CHECK (stock_bottles >= 0),
    alcohol_pct numeric(3, 1) NOT NULL,
    vineyard_id integer REFERENCES vineyards,
    released_on date NOT NULL,
    is_club_exclusive boolean NOT NULL DEFAULT false
);

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    city text NOT NULL,
    joined_on date NOT NULL,
    club_tier text CHECK (club_tier IN ('bronze', 'silver', 'gold')),
    club_joined_on date,
    marketing_opt_in boolean NOT NULL DEFAULT false
);

CREATE TABLE orders (
    order_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    placed_at timestamptz NOT NULL,
    channel text NOT NULL CHECK (channel IN ('cellar_door', 'online', 'club_shipment')),
    status order_status NOT NULL,
    shipping_gbp numeric(6, 2),
    is_gift boolean NOT NULL DEFAULT false
);

CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES orders,
    line_no integer NOT NULL,
    wine_id integer NOT NULL REFERENCES wines,
    bottles integer NOT NULL CHECK (bottles > 0),
    unit_price_gbp numeric(7, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE tasting_bookings (
    booking_id integer PRIMARY KEY,
    customer_id integer REFERENCES customers,
    booked_for timestamptz NOT NULL,
    party_size integer NOT NULL CHECK (party_size > 0),
    experience text NOT NULL CHECK (experience IN ('classic', 'premium', 'vineyard_tour')),
    status text NOT NULL CHECK (status IN ('confirmed', 'attended', 'no_show', 'cancelled')),
    host_name text NOT NULL,
    duration_minutes integer NOT NULL,
    fee_gbp numeric(6, 2) NOT NULL
);

INSERT INTO vineyards VALUES
    (1, 'Hollow Lane', 'Sussex', 'chalk', 12.40, true, 'Martha Greenway', '2008-03-14'),
    (2, 'Brambletye', 'Sussex', 'clay', 8.75, false, 'Owen Pritchard', '2010-09-01'),
    (3, 'Kestrel Hill', 'Kent', 'chalk', 15.20, false, 'Isabel Fenwick', '2006-05-22'),
    (4, 'Old Barn', 'Kent', 'greensand', 6.30, true, NULL, '2014-11-03'),
    (5, 'Chalk Ridge', 'Hampshire', 'chalk', 21.80, false, 'Daniel Ashby', '2004-02-10'),
    (6, 'Millstream', 'Hampshire', 'loam', 4.90, true, 'Priya Rao', '2017-06-30'),
    (7, 'Hare''s Leap', 'Surrey', 'greensand', 9.60, false, NULL, '2012-08-15'),
    (8, 'Foxbury', 'Surrey', 'clay', 3.25, false, 'Tom Hallett', '2019-04-02'),
    (9, 'Sandpit Field', 'Essex', 'clay', 11.10, false, 'Gemma Lowe', '2011-01-18'),
    (10, 'Crouch Valley', 'Essex', 'loam', 17.45, true, 'Ravi Mistry', '2009-07-07'),
    (11, 'Tregothnan Slopes', 'Cornwall', 'slate', 5.60, true, 'Kerensa Penrose', '2015-10-12'),
    (12, 'Camel Estuary', 'Cornwall', 'slate', 7.85, false, NULL, '2016-03-28'),
    (13, 'Downland', 'Sussex', 'chalk', 13.90, false, 'Harriet Cole', '2007-09-19'),
    (14, 'Wealden Oaks', 'Kent', 'clay', 10.35, true, 'Marcus Bell', '2013-05-05'),
    (15, 'Beacon Down', 'Sussex', 'chalk', 2.80, false, 'Sophie Tran', '2021-02-01'),
    (16, 'Pilgrims Way', 'Kent', 'chalk', 14.65, false, 'George Abbott', '2005-12-12'),
    (17, 'Test Valley', 'Hampshire', 'chalk', 19.30, false, 'Lucy Barnes', '2003-06-16'),
    (18, 'Heron Marsh', 'Essex', 'loam', 6.95, true, NULL, '2018-08-08'),
    (19, 'Box Hill', 'Surrey', 'chalk', 4.15, false, 'Nina Okafor', '2020-04-20'),
    (20, 'Polgoon', 'Cornwall', 'slate', 3.70, false, 'Jack Trelawny', '2022-09-09');

INSERT INTO blocks
SELECT i,
       1 + (i - 1) % 20,
       chr(65 + (i - 1) / 20) || (1 + (i * 3) % 9),
       (ARRAY['Chardonnay', 'Pinot Noir', 'Pinot Meunier', 'Bacchus', 'Ortega',
              'Seyval Blanc', 'Solaris', 'Rondo', 'Pinot Gris'])[1 + (i * 5) % 9],
       round(0.8 + (i * 37 % 40) / 10.0, 2),
       1995 + (i * 11) % 28,
       i % 4 = 0
FROM generate_series(1, 60) AS i;

INSERT INTO harvests
SELECT i,
       1 + (i * 7) % 52,
       CASE WHEN i > 144 THEN current_date - (150 - i) * 4 - 30
            ELSE make_date(2015 + (i - 1) / 16, 9 + (i % 3 = 0)::int, 5 + (i * 3) % 23) END,
       round(1.5 + (i * 53 % 150) / 10.0, 2),
       CASE WHEN i % 13 = 0 THEN NULL ELSE 17.5 + (i * 7 % 60) / 10.0 END,
       CASE WHEN i % 3 = 0 THEN 'machine' ELSE 'hand' END
FROM generate_series(1, 150) AS i;

INSERT INTO wines VALUES
    (1, 'Hollow Lane Classic Cuvee', 'Chardonnay', NULL, 'sparkling', 34.00, 820, 12.0, 1,
        '2019-05-01', false),
    (2, 'Hollow Lane Blanc de Blancs', 'Chardonnay', 2016, 'sparkling', 52.00, 240, 12.0, 1,
        '2021-11-15', false),
    (3, 'Kestrel Hill Chardonnay', 'Chardonnay', 2021, 'white', 26.50, 410, 12.5, 3,
        '2022-09-10', false),
    (4, 'Kestrel Hill Pinot Noir', 'Pinot Noir', 2020, 'red', 31.00, 180, 12.0, 3,
        '2022-03-01', false),
    (5, 'Chalk Ridge Bacchus', 'Bacchus', 2023, 'white', 18.50, 960, 11.5, 5,
        '2024-04-20', false),
    (6, 'Chalk Ridge Rose', 'Pinot Noir', 2023, 'rose', 21.00, 530, 11.5, 5,
        '2024-05-18', false),
    (7, 'Old Barn Pinot Noir', 'Pinot Noir', 2019, 'red', 38.00, 64, 12.5, 4,
        '2021-06-05', true),
    (8, 'Old Barn Ortega', 'Ortega', 2022, 'white', 19.75, 300, 11.0, 4,
        '2023-05-12', false),
    (9, 'Millstream Seyval Blanc', 'Seyval Blanc', 2022, 'white', 16.00, 720, 11.0, 6,
        '2023-04-01', false),
    (10, 'Hare''s Leap Rondo', 'Rondo', 2021, 'red', 22.50, 150, 12.0, 7,
        '2022-10-01', false),
    (11, 'Crouch Valley Pinot Gris', 'Pinot Gris', 2022, 'white', 23.00, 95, 12.5, 10,
        '2023-08-22', false),
    (12, 'Crouch Valley Pinot Noir', 'Pinot Noir', 2018, 'red', 44.00, 48, 13.0, 10,
        '2020-09-30', true),
    (13, 'Tregothnan Solaris', 'Solaris', 2023, 'white', 17.25, 610, 12.0, 11,
        '2024-06-01', false),
    (14, 'Camel Estuary Classic Brut', 'Pinot Noir', 2019, 'sparkling', 41.00, 205, 12.0, 12,
        '2023-02-14', false),
    (15, 'Downland Brut Reserve', 'Pinot Meunier', 2015, 'sparkling', 58.00, 72, 12.0, 13,
        '2020-12-01', true),
    (16, 'Wealden Oaks Bacchus', 'Bacchus', 2022, 'white', 17.50, 0, 11.5, 14,
        '2023-03-15', false),
    (17, 'Pilgrims Way Chardonnay', 'Chardonnay', 2020, 'white', 29.00, 260, 13.0, 16,
        '2021-10-10', false),
    (18, 'Test Valley Blanc de Noirs', 'Pinot Noir', 2014, 'sparkling', 65.00, 36, 12.5, 17,
        '2019-11-01', true),
    (19, 'Test Valley Pinot Meunier Rose', 'Pinot Meunier', 2023, 'rose', 22.00, 380, 11.5, 17,
        '2024-05-01', false),
    (20, 'Heron Marsh Bacchus Fume', 'Bacchus', 2021, 'white', 24.00, 115, 12.0, 18,
        '2022-11-20', false),
    (21, 'Box Hill Sparkling', 'Chardonnay', 2018, 'sparkling', 39.50, 330, 12.0, 19,
        '2022-04-09', false),
    (22, 'Polgoon Rondo Rose', 'Rondo', 2024, 'rose', 19.00, 450, 11.0, 20,
        '2025-05-10', false),
    (23, 'Brambletye Pinot Gris', 'Pinot Gris', 2024, 'white', 21.50, 275, 12.5, 2,
        '2025-06-21', false),
    (24, 'Sandpit Field Chardonnay', 'Chardonnay', 2017, 'white', 33.00, 88, 13.0, 9,
        '2019-07-01', true),
    (25, 'Foxbury Regent', 'Regent', 2022, 'red', 20.00, 140, 12.0, 8,
        '2024-01-30', false),
    (26, 'Winemaker''s Blend Red', 'Rondo', NULL, 'red', 14.50, 1200, 11.5, NULL,
        '2018-09-01', false),
    (27, 'Winemaker''s Blend White', 'Seyval Blanc', NULL, 'white', 13.50, 1340, 11.0, NULL,
        '2018-09-01', false),
    (28, 'Beacon Down Pet Nat', 'Pinot Meunier', 2024, 'sparkling', 27.00, 190, 11.0, 15,
        '2025-07-04', false),
    (29, 'Kestrel Hill Late Harvest', 'Ortega', 2020, 'white', 36.00, 54, 10.5, 3,
        '2022-12-01', true),
    (30, 'Hollow Lane Rose de Saignee', 'Pinot Noir', 2022, 'rose', 25.00, 12, 12.0, 1,
        '2023-06-10', false);

INSERT INTO customers
SELECT i,
       (ARRAY['Eleanor', 'James', 'Margaret', 'Tom', 'Aisha', 'Robert', 'Helen', 'David',
              'Fatima', 'Peter', 'Sarah', 'Andrew', 'Claire', 'Michael', 'Rachel', 'Simon',
              'Laura', 'Richard', 'Zoe', 'Stephen', 'Katie', 'Mark', 'Anna', 'Paul',
              'Joanna', 'Chris', 'Megan', 'Ian', 'Lydia', 'Neil'])[1 + (i - 1) % 30]
       || ' ' ||
       (ARRAY['Hughes', 'Whitfield', 'Oduya', 'Carter', 'Bennett', 'Fletcher', 'Marsh',
              'Ahmed', 'Sinclair', 'Doyle', 'Griffiths', 'Lambert', 'Nash', 'Pearce',
              'Rowe', 'Sharma', 'Tucker', 'Vaughan', 'Webb', 'Young', 'Foster', 'Gill',
              'Hale', 'Irwin', 'Kaur', 'Lloyd', 'Mercer', 'Norris', 'Osei',
              'Palmer'])[1 + ((i - 1) * 7 + (i - 1) / 30) % 30],
       CASE WHEN i % 8 = 5 THEN NULL ELSE 'customer' || i || '@example.co.uk' END,
       (ARRAY['Brighton', 'London', 'Lewes', 'Guildford', 'Canterbury', 'Winchester',
              'Chichester', 'Tunbridge Wells'])[1 + (i * 3) % 8],
       CASE WHEN i > 112 THEN current_date - (120 - i) * 9 - 3
            ELSE date '2016-02-01' + i * 29 END,
       CASE WHEN i % 10 = 0 THEN 'gold' WHEN i % 4 = 0 THEN 'silver' WHEN i % 3 = 0 THEN 'bronze'
       END,
       CASE WHEN i % 10 = 0 OR i % 4 = 0 OR i % 3 = 0 THEN
           CASE WHEN i > 112 THEN current_date - (120 - i) * 9
                WHEN i % 9 = 0 OR i % 20 = 0
                THEN make_date(extract(year FROM current_date)::int - 1, 1 + i % 12, 1 + i % 27)
                ELSE date '2017-03-01' + i * 31 END
       END,
       i % 5 <> 2
FROM generate_series(1, 120) AS i;

INSERT INTO orders
SELECT i,
       CASE WHEN i % 19 = 0 THEN 42 ELSE 1 + (i * 7) % 117 END,
       CASE WHEN i > 240 THEN date_trunc('day', now()) - (250 - i) * interval '2 days'
                              + interval '11 hours 20 minutes'
            ELSE timestamptz '2023-01-03 10:00+00' + i * interval '2 days 19 hours' END,
       CASE WHEN i % 5 = 0 THEN 'club_shipment' WHEN i % 3 = 0 THEN 'cellar_door'
            ELSE 'online' END,
       (CASE WHEN i % 17 = 0 THEN 'cancelled' WHEN i > 244 THEN 'pending'
             WHEN i % 7 = 0 THEN 'paid' WHEN i % 4 = 0 THEN 'shipped'
             ELSE 'delivered' END)::order_status,
       CASE WHEN i % 5 <> 0 AND i % 3 = 0 THEN NULL
            WHEN i % 5 = 0 THEN 0 ELSE 6.95 + (i % 3) * 2 END,
       i % 11 = 0
FROM generate_series(1, 250) AS i;

INSERT INTO order_lines
SELECT o.order_id,
       k,
       1 + (o.order_id * 7 + k * 11) % 27,
       1 + (o.order_id + k * 5) % 12 + CASE WHEN w.wine_id = 6 THEN 2 ELSE 0 END,
       w.price_gbp
FROM orders AS o
CROSS JOIN generate_series(1, 1 + o.order_id % 3) AS k
JOIN wines AS w ON w.wine_id = 1 + (o.order_id * 7 + k * 11) % 27;

INSERT INTO tasting_bookings
SELECT i,
       CASE WHEN i % 9 = 4 THEN NULL ELSE 1 + (i * 17) % 95 END,
       CASE WHEN i > 170 THEN date_trunc('day', now()) + (i - 172) * interval '1 day'
                              + interval '14 hours'
            ELSE timestamptz '2024-03-02 11:00+00' + i * interval '4 days 3 hours' END,
       1 + (i * 7) % 10,
       CASE WHEN i % 6 = 0 THEN 'vineyard_tour' WHEN i % 4 = 0 THEN 'premium' ELSE 'classic' END,
       CASE WHEN i > 171 THEN 'confirmed' WHEN i % 13 = 0 THEN 'no_show'
            WHEN i % 10 = 0 THEN 'cancelled' ELSE 'attended' END,
       (ARRAY['Lucy Barnes', 'Felix Moreau', 'Hannah Price', 'Sam Okoro'])[1 + i % 4],
       CASE WHEN i % 6 = 0 THEN 150 WHEN i % 4 = 0 THEN 105 ELSE 75 END,
       CASE WHEN i % 6 = 0 THEN 45 WHEN i % 4 = 0 THEN 35 ELSE 20 END
FROM generate_series(1, 180) AS i;
"""
