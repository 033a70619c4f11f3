"""A gym whose tables each hold numbers of their own, and one far off named like a price.

Plans have a billing period and a fee (one plan's name holds "Monthly", another's is close to
"annual plans"), members an age, coaches a day rate and a count of certificates, classes a
capacity, a length in minutes and start and end dates, bookings and lockers a fee and a status,
machines (no key to the rest) a build year, a height and a width, their repairs a cost: a
comparison must take the number of the rows asked for, or of a table one key away, never the
far repairs' cost.
"""

from typing import Final

WORKOUT: Final = """
CREATE TABLE plans (
    plan_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    billing text NOT NULL CHECK (billing IN ('monthly', 'annual')),
    fee_eur numeric(6, 2) NOT NULL
);

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    plan_id integer NOT NULL REFERENCES plans,
    age integer NOT NULL,
    joined_on date NOT NULL
);

CREATE TABLE coaches (
    coach_id integer PRIMARY KEY,
    full_name text NOT NULL,
    day_rate_eur numeric(6, 2) NOT NULL,
    certificate_count integer NOT NULL
);
COMMENT ON COLUMN coaches.certificate_count IS 'qualifications: certificates the coach holds';

CREATE TABLE classes (
    class_id integer PRIMARY KEY,
    title text NOT NULL,
    coach_id integer NOT NULL REFERENCES coaches,
    capacity integer NOT NULL,
    length_minutes integer NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL
);

CREATE TABLE bookings (
    booking_id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    class_id integer NOT NULL REFERENCES classes,
    booking_fee_eur numeric(6, 2) NOT NULL,
    status text NOT NULL CHECK (status IN ('paid', 'refunded')),
    booked_on date NOT NULL
);

CREATE TABLE lockers (
    locker_id integer PRIMARY KEY,
    member_id integer REFERENCES members,
    locker_fee_eur numeric(6, 2) NOT NULL,
    status text NOT NULL CHECK (status IN ('rented', 'vacant'))
);

CREATE TABLE machines (
    machine_id integer PRIMARY KEY,
    name text NOT NULL,
    year_built integer NOT NULL,
    height_cm integer NOT NULL,
    width_cm integer NOT NULL
);

CREATE TABLE repairs (
    repair_id integer PRIMARY KEY,
    machine_id integer NOT NULL REFERENCES machines,
    cost_eur numeric(8, 2) NOT NULL,
    done_on date NOT NULL
);

INSERT INTO plans VALUES
    (1, 'Basic Monthly', 'monthly', 25), (2, 'Annual Plus', 'annual', 45),
    (3, 'Premium', 'annual', 70), (4, 'Flex', 'monthly', 35);
INSERT INTO members
SELECT i, 'Member ' || i, 1 + i % 4, 18 + (i * 7) % 50, date '2024-01-01' + i * 5
FROM generate_series(1, 40) AS i;
INSERT INTO coaches VALUES
    (1, 'Ana Ruiz', 250, 4), (2, 'Ben Okafor', 480, 2), (3, 'Chen Li', 390, 7);
INSERT INTO classes
SELECT i, (ARRAY['Spin', 'Yoga', 'Boxing', 'Pilates'])[1 + i % 4] || ' ' || i, 1 + i % 3,
       8 + (i * 5) % 20, 30 + 15 * (i % 4), date '2024-09-01' + i * 30,
       date '2024-09-01' + i * 30 + 60
FROM generate_series(1, 12) AS i;
INSERT INTO bookings
SELECT i, 1 + (i * 7) % 40, 1 + (i * 5) % 12, 5 + (i * 3) % 20,
       CASE WHEN i % 9 = 0 THEN 'refunded' ELSE 'paid' END, date '2025-01-01' + i
FROM generate_series(1, 150) AS i;
INSERT INTO lockers
SELECT i, CASE WHEN i % 4 > 0 THEN 1 + (i * 3) % 40 END, 8 + i % 5,
       CASE WHEN i % 4 = 0 THEN 'vacant' ELSE 'rented' END
FROM generate_series(1, 24) AS i;
INSERT INTO machines
SELECT i, 'Machine ' || i, 1975 + i * 2, 120 + (i * 13) % 100, 60 + (i * 7) % 90
FROM generate_series(1, 20) AS i;
INSERT INTO repairs
SELECT i, 1 + i % 20, 20 + (i * 37) % 400, date '2025-01-01' + i * 9
FROM generate_series(1, 30) AS i;
"""
