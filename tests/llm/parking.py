"""A city parking operator's schema with deterministic rows, for held-out questions."""

from typing import Final

PARKING: Final = """
CREATE TYPE zone_kind AS ENUM ('car_park', 'on_street');
CREATE TYPE fine_status AS ENUM ('outstanding', 'paid', 'appealed', 'cancelled');

CREATE TABLE zones (
    zone_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    kind zone_kind NOT NULL,
    district text NOT NULL,
    capacity_spaces integer NOT NULL CHECK (capacity_spaces > 0),
    hourly_tariff_gbp numeric(5, 2) NOT NULL,
    max_stay_hours integer,
    opened_on date NOT NULL,
    has_ev_charging boolean NOT NULL DEFAULT false,
    is_covered boolean NOT NULL DEFAULT false
);

CREATE TABLE officers (
    officer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    badge_number text NOT NULL UNIQUE,
    district text NOT NULL,
    hired_on date NOT NULL,
    supervisor_id integer REFERENCES officers (officer_id),
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE permits (
    permit_id integer PRIMARY KEY,
    permit_number text NOT NULL UNIQUE,
    holder_name text NOT NULL,
    vehicle_plate text NOT NULL,
    permit_type text NOT NULL
        CHECK (permit_type IN ('resident', 'visitor', 'business', 'carer')),
    zone_id integer NOT NULL REFERENCES zones,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    fee_gbp numeric(7, 2) NOT NULL,
    is_electric_vehicle boolean NOT NULL DEFAULT false,
    CHECK (valid_to > valid_from)
);

CREATE TABLE parking_sessions (
    session_id integer PRIMARY KEY,
    zone_id integer NOT NULL REFERENCES zones,
    vehicle_plate text NOT NULL,
    entered_at timestamptz NOT NULL,
    exited_at timestamptz,
    amount_paid_gbp numeric(7, 2),
    payment_method text NOT NULL
        CHECK (payment_method IN ('card', 'cash', 'app', 'permit'))
);

CREATE TABLE fines (
    fine_id integer PRIMARY KEY,
    officer_id integer NOT NULL REFERENCES officers,
    zone_id integer NOT NULL REFERENCES zones,
    vehicle_plate text NOT NULL,
    issued_at timestamptz NOT NULL,
    reason text NOT NULL CHECK (reason IN ('no_valid_ticket', 'overstayed', 'no_permit',
                                           'double_yellow_lines', 'disabled_bay', 'loading_bay')),
    amount_gbp numeric(7, 2) NOT NULL,
    status fine_status NOT NULL DEFAULT 'outstanding',
    paid_at timestamptz
);

CREATE TABLE appeals (
    appeal_id integer PRIMARY KEY,
    fine_id integer NOT NULL UNIQUE REFERENCES fines,
    lodged_on date NOT NULL,
    grounds text NOT NULL,
    outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'upheld', 'rejected')),
    decided_on date
);

INSERT INTO zones VALUES
    (1, 'Central Multi-Storey', 'car_park', 'City Centre', 620, 3.20, NULL, '1989-05-02',
     true, true),
    (2, 'Riverside Car Park', 'car_park', 'Riverside', 240, 2.10, NULL, '2004-08-16', true, false),
    (3, 'Station Road Car Park', 'car_park', 'Northgate', 410, 2.80, 24, '1997-03-10',
     false, true),
    (4, 'Market Square', 'on_street', 'City Centre', 38, 3.60, 2, '1978-06-01', false, false),
    (5, 'Castle Street', 'on_street', 'Old Town', 24, 3.00, 1, '1981-09-14', false, false),
    (6, 'Hospital Multi-Storey', 'car_park', 'Eastfield', 780, 1.80, NULL, '2011-02-21',
     true, true),
    (7, 'Elm Grove', 'on_street', 'Westbury', 45, 1.20, 4, '1995-04-03', true, false),
    (8, 'Harbour Quay', 'on_street', 'Riverside', 30, 2.40, 3, '2008-07-07', false, false),
    (9, 'Westbury Park and Ride', 'car_park', 'Westbury', 350, 0.80, NULL, '2016-10-24',
     false, false),
    (10, 'Leisure Centre Car Park', 'car_park', 'Eastfield', 180, 1.00, 4, '2001-01-15',
     false, false),
    (11, 'Victoria Road', 'on_street', 'Northgate', 60, 1.60, 2, '1999-11-29', false, false),
    (12, 'Cathedral Close', 'on_street', 'Old Town', 18, 4.00, 1, '1986-03-17', false, false);

INSERT INTO officers VALUES
    (1, 'Sandra Okafor', 'PEO-101', 'City Centre', '2008-02-11', NULL, true),
    (2, 'Kevin Doyle', 'PEO-114', 'City Centre', '2015-06-01', 1, true),
    (3, 'Priya Natarajan', 'PEO-122', 'Riverside', '2017-09-18', 1, true),
    (4, 'Martin Hughes', 'PEO-130', 'Old Town', '2012-04-23', 1, false),
    (5, 'Aisha Bello', 'PEO-141', 'Eastfield', '2019-01-07', 1, true),
    (6, 'Tom Fletcher', 'PEO-152', 'Westbury', '2020-03-02', 1, true),
    (7, 'Gareth Price', 'PEO-160', 'Northgate', '2016-11-14', 1, true),
    (8, 'Nadia Kowalski', 'PEO-171', 'Westbury', '2022-08-29', 6, true),
    (9, 'Ben Ashworth', 'PEO-183', 'Northgate', current_date - 20, 7, true),
    (10, 'Lucy Marsh', 'PEO-190', 'Riverside', '2021-05-10', 3, false);

INSERT INTO permits
SELECT i,
       'RP-' || lpad(i::text, 4, '0'),
       (ARRAY['Hannah', 'Joseph', 'Megan', 'Callum', 'Zara', 'Ethan', 'Niamh', 'Reuben',
              'Imogen', 'Dylan', 'Keira', 'Harvey', 'Layla', 'Finley', 'Esme', 'Rory',
              'Matilda', 'Kai', 'Phoebe', 'Louis'])[1 + (i - 1) % 20]
       || ' ' ||
       (ARRAY['Armstrong', 'Bennett', 'Chapman', 'Dixon', 'Ellis', 'Foster', 'Gibson',
              'Holmes', 'Irwin', 'Jennings', 'Knight', 'Lloyd', 'Mason', 'Nolan', 'Owen',
              'Palmer', 'Quinn', 'Reid', 'Shaw', 'Tucker', 'Vaughan', 'Webb', 'Yates'])
           [1 + (i * 7) % 23],
       chr(65 + i % 26) || chr(65 + (i * 7 + 3) % 26) || lpad((i % 70 + 15)::text, 2, '0')
       || ' ' || chr(65 + (i * 3) % 26) || chr(65 + (i * 5 + 1) % 26)
       || chr(65 + (i * 11 + 2) % 26),
       t.kind,
       (ARRAY[4, 5, 7, 8, 11, 12, 4])[1 + i % 7],
       d.valid_from,
       d.valid_from + 365,
       CASE t.kind WHEN 'resident' THEN 80 WHEN 'visitor' THEN 25 WHEN 'business' THEN 250
                   ELSE 0 END,
       i % 6 = 0
FROM generate_series(1, 80) AS i
CROSS JOIN LATERAL (
    SELECT CASE WHEN i % 10 = 0 THEN 'business' WHEN i % 7 = 0 THEN 'carer'
                WHEN i % 3 = 0 THEN 'visitor' ELSE 'resident' END AS kind
) AS t
CROSS JOIN LATERAL (
    SELECT CASE WHEN i BETWEEN 61 AND 65 THEN current_date - 364 + (i - 61) * 5
                WHEN i > 70 THEN current_date - (i - 70) * 10
                ELSE date '2023-04-01' + (i * 29) % 700 END AS valid_from
) AS d;

INSERT INTO parking_sessions
SELECT i, s.zone_id, s.plate, s.entered_at,
       CASE WHEN i = 271 THEN NULL ELSE s.entered_at + s.minutes * interval '1 minute' END,
       CASE WHEN i = 271 THEN NULL
            WHEN s.method = 'permit' THEN 0
            ELSE z.hourly_tariff_gbp * ceil(s.minutes / 60.0) END,
       s.method
FROM generate_series(1, 300) AS i
CROSS JOIN LATERAL (
    SELECT CASE WHEN i % 4 = 0 THEN 1 WHEN i % 9 = 0 THEN 6 ELSE 1 + (i * 7) % 12 END AS zone_id,
           chr(65 + (1 + (i * 13) % 120) % 26) || chr(65 + ((1 + (i * 13) % 120) * 7 + 3) % 26)
           || lpad(((1 + (i * 13) % 120) % 70 + 15)::text, 2, '0') || ' '
           || chr(65 + ((1 + (i * 13) % 120) * 3) % 26)
           || chr(65 + ((1 + (i * 13) % 120) * 5 + 1) % 26)
           || chr(65 + ((1 + (i * 13) % 120) * 11 + 2) % 26) AS plate,
           CASE WHEN i > 270 THEN (current_date - (i - 271))::timestamptz + interval '8 hours'
                                  + (i % 5) * interval '47 minutes'
                ELSE timestamptz '2025-01-06 07:00:00+00'
                     + i * interval '1 day 2 hours 13 minutes' END AS entered_at,
           20 + (i * 37) % 400 AS minutes,
           (ARRAY['card', 'app', 'cash', 'card', 'app', 'permit'])[1 + i % 6] AS method
) AS s
JOIN zones z ON z.zone_id = s.zone_id;

INSERT INTO fines
SELECT i,
       CASE WHEN i % 13 = 0 THEN 10 WHEN i % 11 = 0 THEN 2 ELSE 1 + i % 8 END,
       1 + (i * 5) % 11,
       chr(65 + (1 + (i * 17) % 150) % 26) || chr(65 + ((1 + (i * 17) % 150) * 7 + 3) % 26)
       || lpad(((1 + (i * 17) % 150) % 70 + 15)::text, 2, '0') || ' '
       || chr(65 + ((1 + (i * 17) % 150) * 3) % 26)
       || chr(65 + ((1 + (i * 17) % 150) * 5 + 1) % 26)
       || chr(65 + ((1 + (i * 17) % 150) * 11 + 2) % 26),
       f.issued_at,
       (ARRAY['no_valid_ticket', 'overstayed', 'no_permit', 'double_yellow_lines',
              'disabled_bay', 'loading_bay'])[1 + i % 6],
       (ARRAY[50, 35, 70, 70, 110, 50])[1 + i % 6] + CASE WHEN i % 9 = 0 THEN 25 ELSE 0 END,
       f.status::fine_status,
       CASE WHEN f.status = 'paid' THEN f.issued_at + (3 + i % 20) * interval '1 day' END
FROM generate_series(1, 150) AS i
CROSS JOIN LATERAL (
    SELECT CASE WHEN i > 130 THEN (current_date - (i - 131) * 2)::timestamptz
                                  + interval '9 hours 30 minutes'
                ELSE timestamptz '2024-01-03 08:15:00+00'
                     + i * interval '2 days 3 hours 7 minutes' END AS issued_at,
           CASE WHEN i % 10 = 0 THEN 'cancelled' WHEN i % 15 = 0 THEN 'paid'
                WHEN i % 5 = 0 THEN 'appealed' WHEN i % 23 = 0 THEN 'cancelled'
                WHEN i % 3 = 0 OR i > 140 THEN 'outstanding' ELSE 'paid' END AS status
) AS f;

UPDATE fines SET paid_at = least(paid_at, now() - interval '1 hour') WHERE paid_at IS NOT NULL;

INSERT INTO appeals
SELECT row_number() OVER (ORDER BY f.fine_id),
       f.fine_id,
       least(f.issued_at::date + 3 + f.fine_id % 7, current_date),
       (ARRAY['Signage was unclear', 'Ticket was displayed', 'Medical emergency',
              'Vehicle had been sold', 'Pay machine was broken'])[1 + f.fine_id % 5],
       CASE WHEN f.status = 'cancelled' THEN 'upheld' WHEN f.status = 'paid' THEN 'rejected'
            ELSE 'pending' END,
       CASE WHEN f.status IN ('cancelled', 'paid')
            THEN least(f.issued_at::date + 3 + f.fine_id % 7, current_date) + 21 END
FROM fines f
WHERE f.fine_id % 5 = 0;
"""
