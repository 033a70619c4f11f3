"""A bike courier cooperative's schema for the planner's words tests, with deterministic rows.

Depots, riders (each with a supervisor), the vehicles of the fleet, distributors and the parts
they distribute, trips and the parcels each trip carried. Dates are written relative to the
day the rows are loaded (current_date ± n), so "yesterday", "this year" or "in the last 30
days" always find the same rows; every period asked about has rows just inside and just
outside it.
"""

from typing import Final

COURIER: Final = """
CREATE TABLE depots (
    depot_id integer PRIMARY KEY,
    name     text NOT NULL UNIQUE,
    city     text NOT NULL
);
CREATE TABLE riders (
    rider_id      integer PRIMARY KEY,
    full_name     text NOT NULL UNIQUE,
    depot_id      integer NOT NULL REFERENCES depots,
    supervisor_id integer REFERENCES riders,
    joined_on     date NOT NULL,
    height_cm     integer NOT NULL,
    is_active     boolean NOT NULL
);
CREATE TABLE vehicles (
    vehicle_id integer PRIMARY KEY,
    plate      text NOT NULL UNIQUE,
    kind       text NOT NULL,
    depot_id   integer NOT NULL REFERENCES depots,
    bought_on  date NOT NULL,
    seats      integer NOT NULL,
    tracking   boolean NOT NULL,
    is_active  boolean NOT NULL
);
CREATE TABLE distributors (
    distributor_id integer PRIMARY KEY,
    name           text NOT NULL UNIQUE,
    city           text NOT NULL,
    credit_gbp     numeric(8, 2) NOT NULL,
    currency       text NOT NULL
);
CREATE TABLE parts (
    part_id        integer PRIMARY KEY,
    name           text NOT NULL,
    distributor_id integer NOT NULL REFERENCES distributors,
    price_eur      numeric(8, 2) NOT NULL
);
CREATE TABLE trips (
    trip_id     integer PRIMARY KEY,
    rider_id    integer NOT NULL REFERENCES riders,
    vehicle_id  integer NOT NULL REFERENCES vehicles,
    starts_at   timestamptz NOT NULL,
    distance_km numeric(6, 1) NOT NULL,
    status      text NOT NULL,
    delay_minutes    integer NOT NULL DEFAULT 0,
    duration_seconds integer
);
CREATE TABLE parcels (
    parcel_id integer PRIMARY KEY,
    label     text NOT NULL UNIQUE,
    weight_kg  numeric(5, 2) NOT NULL,
    checked_by integer REFERENCES riders
);
CREATE TABLE trip_parcels (
    trip_id   integer NOT NULL REFERENCES trips,
    parcel_id integer NOT NULL REFERENCES parcels,
    PRIMARY KEY (trip_id, parcel_id)
);

INSERT INTO depots VALUES
    (1, 'Harbour Yard', 'Porto'), (2, 'North Gate', 'Braga'), (3, 'Old Mill', 'Coimbra');
INSERT INTO riders VALUES
    (1, 'Ana Lima', 1, NULL, current_date - 3000, 171, true),
    (2, 'Tom Berg', 1, 1, current_date - 10, 186, true),
    (3, 'Rui Costa', 1, 1, current_date - 45, 178, true),
    (4, 'Ines Sousa', 2, NULL, current_date - 900, 165, true),
    (5, 'Joao Pinto', 2, 4, current_date - 29, 192, true),
    (6, 'Marta Reis', 2, 4, current_date - 500, 169, false),
    (7, 'Paulo Dias', 3, 4, current_date - 2000, 181, false),
    (8, 'Lia Gomes', 3, 2, current_date - 1, 160, true);
INSERT INTO vehicles VALUES
    (1, 'CB-01', 'cargo bike', 1, current_date - 200, 1, true, true),
    (2, 'CB-02', 'cargo bike', 2, current_date - 800, 1, false, true),
    (3, 'VN-01', 'van', 1, current_date - 2500, 3, true, true),
    (4, 'TD-01', 'tandem', 3, current_date - 1000, 2, false, false),
    (5, 'TD-02', 'tandem', 3, current_date - 100, 2, true, true),
    (6, 'VN-02', 'van', 2, current_date - 3000, 2, true, false),
    (7, 'CB-03', 'cargo bike', 1, current_date - 30, 1, false, true);
INSERT INTO distributors VALUES
    (1, 'Velo Supply', 'Lisbon', 2500.00, 'EUR'), (2, 'Pedal Parts', 'Porto', 800.00, 'GBP'),
    (3, 'Chain Works', 'Faro', 1200.00, 'EUR');
INSERT INTO parts VALUES
    (1, 'brake pads', 1, 12.50), (2, 'inner tube', 1, 6.00), (3, 'chain', 2, 24.00),
    (4, 'brake pads', 2, 11.00), (5, 'saddle', 2, 35.00), (6, 'cassette', 1, 48.00);
INSERT INTO trips VALUES
    (1, 1, 1, current_date - 400 + time '09:00', 12.0, 'completed'),
    (2, 2, 1, current_date - 40 + time '10:00', 8.5, 'completed'),
    (3, 3, 3, current_date - 20 + time '11:00', 31.0, 'cancelled'),
    (4, 2, 7, current_date - 6 + time '08:30', 22.5, 'completed'),
    (5, 5, 2, current_date - 1 + time '14:00', 5.0, 'completed'),
    (6, 8, 5, current_date - 1 + time '18:45', 41.0, 'cancelled'),
    (7, 4, 2, current_date + time '07:15', 9.5, 'completed'),
    (8, 2, 1, current_date + 1 + time '09:30', 15.0, 'planned'),
    (9, 3, 7, current_date + 1 + time '16:00', 3.5, 'planned'),
    (10, 5, 3, current_date + 2 + time '12:00', 27.0, 'planned'),
    (11, 1, 7, current_date + 12 + time '10:00', 18.0, 'planned'),
    (12, 4, 2, current_date + 400 + time '10:00', 6.0, 'planned'),
    (13, 8, 5, current_date - 8 + time '10:00', 14.0, 'completed');
UPDATE trips SET delay_minutes = trip_id * 3 % 20, duration_seconds = 600 + trip_id * 211;
INSERT INTO parcels VALUES
    (1, 'P-100', 2.5, 2), (2, 'P-101', 14.0, NULL), (3, 'P-102', 0.8, 5), (4, 'P-103', 7.2, NULL);
INSERT INTO trip_parcels VALUES
    (2, 1), (4, 1), (4, 2), (5, 3), (7, 4), (8, 1), (13, 2);
"""
