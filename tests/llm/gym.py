"""A gym whose tables each hold a number of their own, and one far off named like a price.

Plans have a monthly fee, members an age, classes a capacity and a length in minutes, bookings
the amount paid, and repairs of machines (no key to the rest) a cost: a comparison must take
the number of the rows asked for, or of a table one key away, never the far repairs' cost.
"""

from typing import Final

GYM: Final = """
CREATE TABLE plans (
    plan_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    monthly_fee_eur numeric(6, 2) NOT NULL
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
    hourly_rate_eur numeric(6, 2) NOT NULL
);

CREATE TABLE classes (
    class_id integer PRIMARY KEY,
    title text NOT NULL,
    coach_id integer NOT NULL REFERENCES coaches,
    capacity integer NOT NULL,
    length_minutes integer NOT NULL
);

CREATE TABLE bookings (
    booking_id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    class_id integer NOT NULL REFERENCES classes,
    paid_eur numeric(6, 2) NOT NULL,
    booked_on date NOT NULL
);

CREATE TABLE repairs (
    repair_id integer PRIMARY KEY,
    machine text NOT NULL,
    cost_eur numeric(8, 2) NOT NULL,
    done_on date NOT NULL
);

INSERT INTO plans VALUES (1, 'Basic', 25), (2, 'Plus', 45), (3, 'Premium', 70);
INSERT INTO members
SELECT i, 'Member ' || i, 1 + i % 3, 18 + (i * 7) % 50, date '2024-01-01' + i * 5
FROM generate_series(1, 40) AS i;
INSERT INTO coaches VALUES (1, 'Ana Ruiz', 40), (2, 'Ben Okafor', 65), (3, 'Chen Li', 55);
INSERT INTO classes
SELECT i, (ARRAY['Spin', 'Yoga', 'Boxing', 'Pilates'])[1 + i % 4] || ' ' || i, 1 + i % 3,
       8 + (i * 5) % 20, 30 + 15 * (i % 4)
FROM generate_series(1, 12) AS i;
INSERT INTO bookings
SELECT i, 1 + (i * 7) % 40, 1 + (i * 5) % 12, 5 + (i * 3) % 20, date '2025-01-01' + i
FROM generate_series(1, 150) AS i;
INSERT INTO repairs
SELECT i, 'Machine ' || i, 20 + (i * 37) % 400, date '2025-01-01' + i * 9
FROM generate_series(1, 20) AS i;
"""
