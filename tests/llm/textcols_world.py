"""A dog grooming salon schema with deterministic rows, for people and groups held in text columns.

Owners and their dogs, the salon's services, grooming appointments (the groomer is only a name,
``groomer_name``, not a table of its own), the shop's products and their sales (the cashier is a
``cashier_name``). A product holds ``units_in_stock`` while a sale holds the ``units`` sold, so
"which product has sold the most units" must add up the sales, not read the stock.
"""

from typing import Final

TEXTCOLS_WORLD: Final = """
CREATE TABLE owners (
    owner_id integer PRIMARY KEY,
    full_name text NOT NULL,
    phone text,
    city text NOT NULL,
    is_loyalty_member boolean NOT NULL DEFAULT false
);

CREATE TABLE dogs (
    dog_id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES owners,
    name text NOT NULL,
    breed text NOT NULL,
    size text NOT NULL CHECK (size IN ('small', 'medium', 'large')),
    status text NOT NULL CHECK (status IN ('regular', 'lapsed', 'banned')),
    is_neutered boolean NOT NULL,
    birth_date date NOT NULL
);

CREATE TABLE services (
    service_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    price_eur numeric(6, 2) NOT NULL,
    duration_minutes integer NOT NULL
);

CREATE TABLE appointments (
    appointment_id integer PRIMARY KEY,
    dog_id integer NOT NULL REFERENCES dogs,
    service_id integer NOT NULL REFERENCES services,
    groomer_name text NOT NULL,
    booked_for date NOT NULL,
    status text NOT NULL CHECK (status IN ('booked', 'done', 'no_show', 'cancelled')),
    charged_eur numeric(6, 2) NOT NULL,
    tip_eur numeric(6, 2) NOT NULL DEFAULT 0
);

CREATE TABLE products (
    product_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    brand text NOT NULL,
    price_eur numeric(6, 2) NOT NULL,
    units_in_stock integer NOT NULL
);

CREATE TABLE sales (
    sale_id integer PRIMARY KEY,
    product_id integer NOT NULL REFERENCES products,
    sold_on date NOT NULL,
    units integer NOT NULL,
    cashier_name text NOT NULL
);

INSERT INTO owners
SELECT i,
       (ARRAY['Alma', 'Bruno', 'Carla', 'Dirk', 'Elena', 'Fritz', 'Greta', 'Hanno', 'Ines',
              'Jonas', 'Katja', 'Luis'])[i] || ' ' ||
       (ARRAY['Berg', 'Klein', 'Moser', 'Roth', 'Weber'])[1 + i % 5],
       '+49 30 555 ' || lpad(i::text, 4, '0'),
       (ARRAY['Berlin', 'Potsdam', 'Leipzig'])[1 + (i * 2) % 3],
       i % 3 = 0 OR i % 5 = 1
FROM generate_series(1, 12) AS i;

INSERT INTO dogs
SELECT i,
       1 + (i * 5) % 12,
       (ARRAY['Bello', 'Luna', 'Rex', 'Mila', 'Bruno', 'Nala', 'Oskar', 'Kira', 'Sammy',
              'Frieda', 'Balu', 'Lotte', 'Max', 'Emma', 'Rocky', 'Paula', 'Teddy', 'Ronja'])[i],
       (ARRAY['poodle', 'labrador', 'dachshund', 'spaniel', 'terrier', 'collie'])[1 + i % 6],
       (ARRAY['small', 'medium', 'large'])[1 + (i * 7) % 3],
       CASE WHEN i % 7 = 0 THEN 'banned' WHEN i % 4 = 0 THEN 'lapsed' ELSE 'regular' END,
       i % 2 = 0,
       date '2014-02-03' + i * 211
FROM generate_series(1, 18) AS i;

INSERT INTO services VALUES
    (1, 'Full Groom', 65.00, 120),
    (2, 'Bath and Brush', 35.00, 60),
    (3, 'Nail Trim', 12.00, 15),
    (4, 'Puppy Intro', 25.00, 45),
    (5, 'De-shedding', 48.00, 90);

INSERT INTO appointments
SELECT i,
       1 + (i * 7) % 18,
       1 + (i * 3) % 5,
       (ARRAY['Mia', 'Tobias', 'Sara', 'Yusuf'])[1 + (i * i + i / 7) % 4],
       date '2025-01-06' + i * 5,
       CASE WHEN i % 11 = 0 THEN 'no_show' WHEN i % 8 = 0 THEN 'cancelled'
            WHEN i > 52 THEN 'booked' ELSE 'done' END,
       (ARRAY[65.00, 35.00, 12.00, 25.00, 48.00])[1 + (i * 3) % 5] + (i % 4) * 2.5,
       CASE WHEN i % 3 = 0 THEN 0 ELSE (i % 5) * 1.5 + (i % 7) END
FROM generate_series(1, 60) AS i;

INSERT INTO products VALUES
    (1, 'Oatmeal Shampoo', 'FurCare', 14.50, 40),
    (2, 'Detangling Spray', 'FurCare', 11.00, 25),
    (3, 'Slicker Brush', 'PawPro', 18.00, 12),
    (4, 'Nail Clipper', 'PawPro', 16.50, 30),
    (5, 'Dental Chews', 'Happy Hound', 9.00, 80),
    (6, 'Paw Balm', 'Happy Hound', 12.00, 15),
    (7, 'Leather Lead', 'PawPro', 24.00, 9);

INSERT INTO sales
SELECT i,
       1 + (i * 5 + i / 3) % 7,
       date '2025-01-04' + i * 4,
       1 + (i * i) % 5,
       (ARRAY['Jana', 'Ole', 'Pia'])[1 + (i * i + i / 2) % 3]
FROM generate_series(1, 45) AS i;
"""
