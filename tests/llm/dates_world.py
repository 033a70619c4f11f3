"""A dive club's schema with deterministic rows, for dates named by verbs and for durations.

Members (when they joined, got certified, when their medical expires), dive trips (when they
depart and return), bookings onto trips (made, maybe cancelled), the club's equipment (last
serviced, next service due) and gear rentals (checked out, returned). Dates are set relative to
current_date, so "in the last 90 days" and "tomorrow" always hold rows.
"""

from typing import Final

DATES_WORLD: Final = """
CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    certification_level text NOT NULL,
    joined_on date NOT NULL,
    certified_on date NOT NULL,
    medical_expires_on date NOT NULL
);

CREATE TABLE dive_trips (
    trip_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    site text NOT NULL,
    departs_at timestamp NOT NULL,
    returns_at timestamp NOT NULL,
    price_eur numeric(7, 2) NOT NULL
);

CREATE TABLE trip_bookings (
    booking_id integer PRIMARY KEY,
    trip_id integer NOT NULL REFERENCES dive_trips,
    member_id integer NOT NULL REFERENCES members,
    booked_at timestamp NOT NULL,
    cancelled_at timestamp
);

CREATE TABLE equipment (
    equipment_id integer PRIMARY KEY,
    tag text NOT NULL UNIQUE,
    kind text NOT NULL,
    serviced_on date NOT NULL,
    next_service_due date NOT NULL
);

CREATE TABLE gear_rentals (
    rental_id integer PRIMARY KEY,
    equipment_id integer NOT NULL REFERENCES equipment,
    member_id integer NOT NULL REFERENCES members,
    checked_out_at timestamp NOT NULL,
    returned_at timestamp
);

INSERT INTO members VALUES
    (1, 'Maria Lopes', 'advanced', current_date - 40, current_date - 700, current_date + 20),
    (2, 'Tom Becker', 'open_water', current_date - 800, current_date - 30, current_date + 200),
    (3, 'Aiko Tanaka', 'rescue', current_date - 2000, current_date - 1500, current_date + 45),
    (4, 'Sean Doyle', 'open_water', current_date - 10, current_date - 5, current_date + 400),
    (5, 'Lena Fischer', 'divemaster', current_date - 3000, current_date - 2500, current_date - 3),
    (6, 'Ravi Menon', 'advanced', current_date - 150, current_date - 120, current_date + 90);

INSERT INTO dive_trips VALUES
    (1, 'Farne Islands', 'Farne', current_date + 1 + time '07:00',
        current_date + 1 + time '17:30', 95),
    (2, 'Wreck Weekend', 'Scapa Flow', current_date + 9 + time '06:00',
        current_date + 11 + time '18:00', 420),
    (3, 'Quarry Night Dive', 'Stoney Cove', current_date - 20 + time '19:00',
        current_date - 20 + time '22:00', 30),
    (4, 'Seal Colony', 'Lundy', current_date - 60 + time '08:00',
        current_date - 60 + time '19:00', 120),
    (5, 'Reef Survey', 'Farne', current_date + 1 + time '13:00',
        current_date + 1 + time '16:00', 60);

INSERT INTO trip_bookings VALUES
    (1, 1, 1, current_date - 3 + time '10:00', NULL),
    (2, 1, 2, current_date - 12 + time '09:00', NULL),
    (3, 2, 3, current_date - 40 + time '12:00', NULL),
    (4, 3, 4, current_date - 25 + time '08:00', NULL),
    (5, 4, 1, current_date - 90 + time '08:00', current_date - 70 + time '08:00'),
    (6, 5, 6, current_date - 2 + time '15:00', NULL),
    (7, 2, 5, current_date - 5 + time '11:00', current_date - 1 + time '11:00'),
    (8, 1, 4, current_date - 1 + time '18:00', current_date + time '06:00');

INSERT INTO equipment VALUES
    (1, 'R-12', 'regulator', current_date - 200, current_date + 10),
    (2, 'R-14', 'regulator', current_date - 20, current_date + 340),
    (3, 'B-03', 'bcd', current_date - 400, current_date - 35),
    (4, 'T-21', 'tank', current_date - 100, current_date + 25),
    (5, 'C-07', 'computer', current_date - 500, current_date + 200);

INSERT INTO gear_rentals VALUES
    (1, 1, 1, current_date - 30 + time '09:00', current_date - 26 + time '17:00'),
    (2, 2, 2, current_date - 15 + time '09:00', current_date - 14 + time '10:00'),
    (3, 4, 3, current_date - 9 + time '08:00', current_date - 2 + time '08:00'),
    (4, 5, 4, current_date - 4 + time '12:00', NULL),
    (5, 3, 6, current_date - 60 + time '08:00', current_date - 59 + time '20:00');
"""
