"""A parcel depot whose vans, crates and parcels have no name column, only a mark.

Vans are read by their registration, crates by their code, parcels by their tracking number;
a van's driver and a parcel's checker are keys of the row itself that may be empty, and some
crates hold no parcel. Trips take minutes and cost fuel.
"""

from typing import Final

DEPOT: Final = """
CREATE TABLE drivers (
    driver_id integer PRIMARY KEY,
    full_name text NOT NULL,
    licence_class text NOT NULL
);
CREATE TABLE vans (
    van_id integer PRIMARY KEY,
    registration text NOT NULL UNIQUE,
    make text NOT NULL,
    payload_kg integer NOT NULL,
    driver_id integer REFERENCES drivers
);
CREATE TABLE crates (
    crate_id integer PRIMARY KEY,
    crate_code text NOT NULL UNIQUE,
    bay text NOT NULL
);
CREATE TABLE parcels (
    parcel_id integer PRIMARY KEY,
    tracking_no text NOT NULL UNIQUE,
    crate_id integer NOT NULL REFERENCES crates,
    weight_kg numeric(6, 2) NOT NULL,
    checked_by integer REFERENCES drivers (driver_id)
);
CREATE TABLE trips (
    trip_id integer PRIMARY KEY,
    van_id integer NOT NULL REFERENCES vans,
    driver_id integer NOT NULL REFERENCES drivers,
    distance_km integer NOT NULL,
    minutes_driven integer NOT NULL,
    fuel_cost_eur numeric(6, 2) NOT NULL,
    started_on date NOT NULL
);
INSERT INTO drivers VALUES
    (1, 'Mara Quist', 'C1'), (2, 'Tobin Reyes', 'B'), (3, 'Ilse Varga', 'C'),
    (4, 'Noor Haddad', 'B');
INSERT INTO vans VALUES
    (1, 'KX21 ABC', 'Iveco', 1200, 1), (2, 'LM70 DEF', 'Ford', 900, NULL),
    (3, 'PR19 GHJ', 'Renault', 1500, 3), (4, 'WT22 KLM', 'Ford', 800, NULL);
INSERT INTO crates VALUES
    (1, 'CR-001', 'north'), (2, 'CR-002', 'north'), (3, 'CR-003', 'south'),
    (4, 'CR-004', 'south'), (5, 'CR-005', 'east');
INSERT INTO parcels VALUES
    (1, 'TRK1001', 1, 2.50, 1), (2, 'TRK1002', 1, 7.25, NULL), (3, 'TRK1003', 3, 1.00, 3),
    (4, 'TRK1004', 3, 12.00, 1), (5, 'TRK1005', 3, 0.75, NULL), (6, 'TRK1006', 5, 4.40, 3),
    (7, 'TRK1007', 3, 3.10, 1);
INSERT INTO trips VALUES
    (1, 1, 1, 120, 150, 21.00, DATE '2026-03-02'), (2, 1, 1, 80, 95, 14.50, DATE '2026-03-05'),
    (3, 3, 3, 200, 240, 33.10, DATE '2026-03-06'), (4, 1, 2, 45, 50, 7.20, DATE '2026-04-01'),
    (5, 2, 2, 60, 70, 9.90, DATE '2026-04-03'), (6, 3, 3, 310, 400, 41.00, DATE '2026-04-09'),
    (7, 1, 3, 95, 110, 15.30, DATE '2026-05-11');
"""
