"""A bakery chain's schema for the planner's vocabulary tests, with deterministic rows.

Its names are not the words people use (workers for staff, runs for deliveries, kcal for
calories, post for a job title), its numbers carry units (price_eur, fee_usd, distance_km,
duration_min, floor_area_m2, weight_g, hourly_wage_eur, hours_per_week), and two names are
explained only by a COMMENT ON.
"""

from typing import Final

BAKERY: Final = """
CREATE TABLE shops (
    shop_id        integer PRIMARY KEY,
    shop_name      text NOT NULL UNIQUE,
    town           text NOT NULL,
    street_address text NOT NULL,
    opened_on      date NOT NULL,
    floor_area_m2  numeric(6, 1) NOT NULL,
    has_seating    boolean NOT NULL
);
CREATE TABLE workers (
    worker_id       integer PRIMARY KEY,
    full_name       text NOT NULL UNIQUE,
    email           text,
    phone           text,
    post            text NOT NULL,
    shop_id         integer NOT NULL REFERENCES shops,
    supervisor_id   integer REFERENCES workers,
    hourly_wage_eur numeric(6, 2) NOT NULL,
    hours_per_week  integer NOT NULL,
    started_on      date NOT NULL
);
COMMENT ON COLUMN workers.post IS 'position or job title';
CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    full_name   text NOT NULL UNIQUE,
    town        text NOT NULL,
    email       text,
    signed_up_on date NOT NULL
);
CREATE TABLE products (
    product_id   integer PRIMARY KEY,
    product_name text NOT NULL UNIQUE,
    price_eur    numeric(6, 2) NOT NULL,
    weight_g     integer NOT NULL,
    kcal         integer NOT NULL
);
COMMENT ON COLUMN products.kcal IS 'energy per portion in calories';
CREATE TABLE runs (
    run_id       integer PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers,
    shop_id      integer NOT NULL REFERENCES shops,
    distance_km  numeric(5, 1) NOT NULL,
    fee_usd      numeric(6, 2) NOT NULL,
    duration_min integer NOT NULL,
    run_on       date NOT NULL
);
COMMENT ON TABLE runs IS 'courier deliveries of orders to customers';

INSERT INTO shops VALUES
    (1, 'Corn Exchange', 'Leeds', '12 Call Lane', '2015-04-01', 1250.0, true),
    (2, 'Harbour Street', 'Whitby', '3 Harbour Street', '2019-06-15', 80.5, false),
    (3, 'Minster Yard', 'York', '8 Minster Yard', '2022-09-30', 140.0, true);
INSERT INTO workers VALUES
    (1, 'Ana Ruiz', 'ana@bakery.example', '0113 555 0101', 'manager', 1, NULL, 21.50, 40,
        '2015-03-20'),
    (2, 'Tom Hale', NULL, '0113 555 0102', 'baker', 1, 1, 14.00, 38, '2018-01-08'),
    (3, 'Priya Shah', 'priya@bakery.example', NULL, 'baker', 1, 1, 14.50, 24, '2024-02-12'),
    (4, 'Owen Price', 'owen@bakery.example', '01947 555 0201', 'manager', 2, NULL, 19.00, 40,
        '2019-05-01'),
    (5, 'Lena Berg', NULL, NULL, 'cashier', 2, 4, 12.20, 16, '2024-07-22'),
    (6, 'Sam Cole', 'sam@bakery.example', '01904 555 0301', 'baker', 3, NULL, 15.10, 32,
        '2022-09-01'),
    (7, 'Mia Lund', 'mia@bakery.example', NULL, 'cashier', 3, 6, 12.00, 20, '2023-11-15');
INSERT INTO customers VALUES
    (1, 'Ben Ward', 'York', 'ben@mail.example', '2021-02-03'),
    (2, 'Cara Doyle', 'Leeds', NULL, '2022-05-19'),
    (3, 'Dev Patel', 'Leeds', 'dev@mail.example', '2023-08-30'),
    (4, 'Ella Fox', 'Whitby', NULL, '2024-01-12'),
    (5, 'Finn Moss', 'York', 'finn@mail.example', '2024-10-05');
INSERT INTO products VALUES
    (1, 'Sourdough Loaf', 4.20, 800, 1900),
    (2, 'Croissant', 1.80, 60, 250),
    (3, 'Cinnamon Bun', 2.60, 110, 420),
    (4, 'Rye Bread', 3.90, 1000, 2100),
    (5, 'Flapjack', 2.10, 90, 380),
    (6, 'Celebration Cake', 24.00, 1500, 5200);
INSERT INTO runs VALUES
    (1, 1, 3, 2.5, 4.00, 15, '2025-01-10'),
    (2, 2, 1, 6.0, 7.50, 35, '2025-01-11'),
    (3, 3, 1, 12.4, 12.00, 50, '2025-02-02'),
    (4, 4, 2, 1.2, 3.00, 10, '2025-02-14'),
    (5, 5, 3, 8.8, 9.50, 40, '2025-03-01'),
    (6, 1, 3, 3.1, 4.50, 20, '2025-03-09');
"""
