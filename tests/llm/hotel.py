"""A hotel chain schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

HOTEL: Final = """
CREATE TYPE loyalty_tier AS ENUM ('basic', 'silver', 'gold', 'platinum');
CREATE TYPE charge_category AS ENUM
    ('room_service', 'minibar', 'restaurant', 'spa', 'laundry', 'parking');

CREATE TABLE hotels (
    hotel_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country text NOT NULL,
    star_rating smallint NOT NULL CHECK (star_rating BETWEEN 1 AND 5),
    opened_on date NOT NULL,
    renovated_on date,
    has_spa boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN hotels.renovated_on IS 'Last full renovation; NULL if never renovated';

CREATE TABLE room_types (
    room_type_id integer PRIMARY KEY,
    code text NOT NULL UNIQUE CHECK (code IN ('STD', 'SUP', 'TWN', 'DLX', 'FAM', 'JRS', 'STE')),
    name text NOT NULL UNIQUE,
    max_occupancy smallint NOT NULL,
    base_rate_eur numeric(8, 2) NOT NULL,
    has_kitchenette boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN room_types.base_rate_eur IS 'Rack rate per night before seasonal adjustments';

CREATE TABLE rooms (
    room_id integer PRIMARY KEY,
    hotel_id integer NOT NULL REFERENCES hotels,
    room_type_id integer NOT NULL REFERENCES room_types,
    room_number text NOT NULL,
    floor smallint NOT NULL,
    is_accessible boolean NOT NULL DEFAULT false,
    allows_pets boolean NOT NULL DEFAULT false,
    is_out_of_service boolean NOT NULL DEFAULT false,
    UNIQUE (hotel_id, room_number)
);

CREATE TABLE guests (
    guest_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    country text NOT NULL,
    date_of_birth date NOT NULL,
    loyalty_tier loyalty_tier NOT NULL DEFAULT 'basic',
    loyalty_points integer NOT NULL DEFAULT 0,
    enrolled_on date NOT NULL,
    marketing_opt_in boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN guests.enrolled_on IS 'Day the guest joined the loyalty programme';

CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    hotel_id integer NOT NULL REFERENCES hotels,
    full_name text NOT NULL,
    role text NOT NULL CHECK (role IN
        ('general_manager', 'front_desk', 'housekeeping', 'concierge', 'chef', 'maintenance')),
    reports_to integer REFERENCES staff (staff_id),
    hired_on date NOT NULL,
    hourly_wage_eur numeric(6, 2) NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE reservations (
    reservation_id integer PRIMARY KEY,
    confirmation_code text NOT NULL UNIQUE,
    guest_id integer NOT NULL REFERENCES guests,
    hotel_id integer NOT NULL REFERENCES hotels,
    room_type_id integer NOT NULL REFERENCES room_types,
    booked_by integer REFERENCES staff (staff_id),
    channel text NOT NULL CHECK (channel IN
        ('website', 'mobile_app', 'phone', 'travel_agent', 'corporate')),
    booked_at timestamptz NOT NULL,
    check_in_date date NOT NULL,
    check_out_date date NOT NULL CHECK (check_out_date > check_in_date),
    adults smallint NOT NULL,
    children smallint NOT NULL DEFAULT 0,
    nightly_rate_eur numeric(8, 2) NOT NULL,
    breakfast_included boolean NOT NULL DEFAULT false,
    cancelled_at timestamptz
);
COMMENT ON COLUMN reservations.booked_by IS 'Staff member who took a phone booking; NULL otherwise';
COMMENT ON COLUMN reservations.cancelled_at IS 'NULL while the reservation stands';

CREATE TABLE stays (
    stay_id integer PRIMARY KEY,
    reservation_id integer NOT NULL REFERENCES reservations,
    room_id integer NOT NULL REFERENCES rooms,
    checked_in_at timestamptz NOT NULL,
    checked_out_at timestamptz,
    checked_in_by integer NOT NULL REFERENCES staff (staff_id),
    UNIQUE (reservation_id, room_id)
);
COMMENT ON TABLE stays IS 'One row per room a reservation actually occupied, from check-in';
COMMENT ON COLUMN stays.checked_out_at IS 'NULL while the guest is still in house';

CREATE TABLE charges (
    charge_id integer PRIMARY KEY,
    stay_id integer NOT NULL REFERENCES stays,
    category charge_category NOT NULL,
    description text NOT NULL,
    amount_eur numeric(8, 2) NOT NULL,
    posted_at timestamptz NOT NULL,
    posted_by integer REFERENCES staff (staff_id),
    is_disputed boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN charges.posted_by IS 'NULL for minibar items posted by the in-room sensor';

INSERT INTO hotels VALUES
    (1, 'Harbour View Lisbon', 'Lisbon', 'Portugal', 4, '2004-05-12', '2019-03-01', true),
    (2, 'Alfama Court', 'Lisbon', 'Portugal', 3, '1997-09-01', NULL, false),
    (3, 'Ribeira Grand', 'Porto', 'Portugal', 5, '2011-04-18', NULL, true),
    (4, 'Douro Riverside', 'Porto', 'Portugal', 4, '1989-06-30', '2015-11-10', false),
    (5, 'Castellana Palace', 'Madrid', 'Spain', 5, '1994-02-14', '2021-01-20', true),
    (6, 'Gran Via Suites', 'Madrid', 'Spain', 4, '2016-10-03', NULL, false),
    (7, 'Sagrada Terrace', 'Barcelona', 'Spain', 4, '2008-07-21', NULL, true),
    (8, 'Liffey Quay', 'Dublin', 'Ireland', 3, '2001-03-05', '2017-05-22', false),
    (9, 'Royal Mile Lodge', 'Edinburgh', 'United Kingdom', 3, '1999-08-16', '2012-04-02', false),
    (10, 'Canal House Amsterdam', 'Amsterdam', 'Netherlands', 4, '2013-12-02', NULL, false),
    (11, 'Ringstrasse Imperial', 'Vienna', 'Austria', 5, '1992-04-27', '2018-09-03', true),
    (12, 'Jordaan Loft', 'Amsterdam', 'Netherlands', 3, '2020-06-15', NULL, false);

INSERT INTO room_types VALUES
    (1, 'STD', 'Standard Double', 2, 95.00, false),
    (2, 'SUP', 'Superior King', 2, 130.00, false),
    (3, 'TWN', 'Twin Room', 2, 105.00, false),
    (4, 'DLX', 'Deluxe Double', 3, 185.00, false),
    (5, 'FAM', 'Family Room', 4, 165.00, true),
    (6, 'JRS', 'Junior Suite', 3, 260.00, false),
    (7, 'STE', 'Executive Suite', 4, 420.00, true);

INSERT INTO rooms
SELECT h.hotel_id * 100 + n,
       h.hotel_id,
       1 + (n * 3 + h.hotel_id) % 7,
       (1 + (n - 1) / 5)::text || lpad((1 + (n - 1) % 5)::text, 2, '0'),
       1 + (n - 1) / 5,
       n % 6 = 1,
       n % 4 = 0 AND h.hotel_id % 3 <> 0,
       (h.hotel_id + n) % 13 = 0
FROM hotels AS h, generate_series(1, 10 + (h.hotel_id * 7) % 9) AS n;

INSERT INTO guests
SELECT i,
       (ARRAY['Sofia', 'Lukas', 'Emma', 'Mateo', 'Chloe', 'Liam', 'Ines', 'Noah', 'Clara',
              'Hugo', 'Marta', 'Daniel', 'Aoife', 'Pedro', 'Julia', 'Finn', 'Lucia', 'Oscar',
              'Elena', 'Jonas', 'Alice', 'Diego', 'Nora', 'Tobias', 'Zoe', 'Felix', 'Laura',
              'Matteo', 'Hanna', 'Victor', 'Maeve', 'Bruno', 'Ingrid', 'Samuel', 'Amelie',
              'Rory', 'Paloma', 'Henrik', 'Leonor', 'Colin'])[1 + (i - 1) % 40]
       || ' ' ||
       (ARRAY['Almeida', 'Bauer', 'Dubois', 'Navarro', 'Byrne', 'Visser', 'Moreau', 'Rossi',
              'Schmidt', 'Lindqvist', 'Oliveira', 'Keller', 'Walsh', 'Romero', 'Fischer',
              'Jensen', 'Martins', 'Bianchi', 'Petrov', 'Nolan', 'Lambert', 'Hofmann',
              'Castillo', 'Brennan', 'Mertens', 'Ferrari', 'Novak', 'Sousa', 'Weber', 'Dahl',
              'Laurent', 'Quinn', 'Pereira', 'Meyer', 'Ortiz', 'Kowalski', 'Russo', 'Fontaine',
              'Doyle', 'Vogel'])[1 + (i * 7 + (i - 1) / 40 * 13) % 40],
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'guest' || i || '@travelmail.eu' END,
       (ARRAY['Portugal', 'Spain', 'Germany', 'France', 'Ireland', 'Netherlands', 'Italy',
              'United Kingdom', 'United States', 'Sweden'])[1 + (i * 3) % 10],
       date '1950-01-01' + (i * 877) % 18000,
       (CASE WHEN i % 13 = 0 THEN 'platinum' WHEN i % 5 = 0 THEN 'gold'
             WHEN i % 3 = 0 THEN 'silver' ELSE 'basic' END)::loyalty_tier,
       CASE WHEN i % 13 = 0 THEN 60000 WHEN i % 5 = 0 THEN 30000 WHEN i % 3 = 0 THEN 10000
            ELSE 0 END + (i * 4721) % 9000,
       CASE WHEN i > 110 THEN current_date - (i - 111) * 9 ELSE date '2015-02-01' + i * 29 END,
       i % 4 <> 2
FROM generate_series(1, 120) AS i;

INSERT INTO staff
SELECT i,
       1 + (i - 1) % 12,
       (ARRAY['Beatriz', 'Rui', 'Carmen', 'Sean', 'Fiona', 'Pieter', 'Anke', 'Johann', 'Greta',
              'Rafael', 'Miguel', 'Paula', 'Isabel', 'Declan', 'Kirsty', 'Joost', 'Marisol',
              'Stefan', 'Nuno', 'Eva'])[1 + (i - 1) % 20]
       || ' ' ||
       (ARRAY['Ferreira', 'Santos', 'Garcia', 'Lopez', 'Murphy', 'Kelly', 'Campbell',
              'de Vries', 'Jansen', 'Gruber', 'Huber', 'Costa', 'Ramos', 'Gallagher', 'Fraser',
              'Bakker', 'Molina', 'Steiner', 'Teixeira', 'Sanz'])
           [1 + (i * 7 + (i - 1) / 20 * 3) % 20],
       CASE WHEN i <= 12 THEN 'general_manager'
            WHEN i <= 24 THEN 'front_desk'
            WHEN i <= 36 THEN 'housekeeping'
            ELSE (ARRAY['concierge', 'chef', 'maintenance', 'front_desk', 'housekeeping'])
                     [1 + i % 5] END,
       CASE WHEN i > 12 THEN 1 + (i - 1) % 12 END,
       date '2001-03-12' + (i * 2719) % 8000,
       CASE WHEN i <= 12 THEN 42.50 + (i * 3) % 11 * 1.25
            ELSE 11.50 + (i * 37) % 90 / 10.0 END,
       i % 13 <> 0
FROM generate_series(1, 60) AS i;

INSERT INTO reservations
SELECT i,
       'HX' || upper(to_hex(1048576 + i * 7919)),
       CASE WHEN i % 40 = 0 THEN 42 ELSE 1 + (i * 37) % 110 END,
       r.hotel_id,
       r.room_type_id,
       CASE WHEN i % 10 = 4 THEN (SELECT min(s.staff_id) FROM staff AS s
                                  WHERE s.hotel_id = r.hotel_id AND s.role = 'front_desk') END,
       CASE WHEN i % 10 < 4 THEN 'website' WHEN i % 10 = 4 THEN 'phone'
            WHEN i % 10 < 7 THEN 'travel_agent' WHEN i % 10 = 7 THEN 'corporate'
            ELSE 'mobile_app' END,
       d.booked_on + time '09:00' + i % 8 * interval '1 hour',
       d.check_in,
       d.check_in + 1 + (i * 7) % 6,
       CASE WHEN t.max_occupancy >= 3 AND i % 3 = 0 THEN 3 WHEN i % 4 = 0 THEN 1 ELSE 2 END,
       CASE WHEN t.max_occupancy = 4 AND i % 2 = 0 THEN 2 ELSE 0 END,
       round(t.base_rate_eur * (0.80 + i % 9 * 0.05), 2),
       i % 3 <> 1,
       CASE WHEN i % 9 = 0 AND i <= 260
            THEN d.booked_on + time '09:00' + i % 8 * interval '1 hour' + interval '20 hours' END
FROM generate_series(1, 266) AS i
CROSS JOIN LATERAL (
    -- Past bookings on fixed dates, then bookings a fixed number of days before today
    -- (always 2 mod 3 days ago, so no booking sits on a 30-day boundary), then arrivals
    -- around today.
    SELECT CASE WHEN i <= 170 THEN date '2023-03-06' + i * 5
                WHEN i <= 260 THEN current_date - (2 + 3 * ((i - 171) * 7 % 100)) + 1 + i * 13 % 90
                ELSE current_date + (i - 263) END AS check_in,
           CASE WHEN i <= 170 THEN date '2023-03-06' + i * 5 - (3 + i * 11 % 60)
                WHEN i <= 260 THEN current_date - (2 + 3 * ((i - 171) * 7 % 100))
                ELSE current_date - (5 + 3 * (i - 261)) END AS booked_on
) AS d
JOIN (SELECT room_id, hotel_id, room_type_id, row_number() OVER (ORDER BY room_id) AS k
      FROM rooms) AS r
  ON r.k = CASE WHEN i <= 260 THEN 1 + i * 53 % 150 ELSE 1 + i * 11 % 150 END
JOIN room_types AS t ON t.room_type_id = r.room_type_id;

INSERT INTO stays
SELECT row_number() OVER (ORDER BY a.reservation_id, a.room_id),
       a.reservation_id,
       a.room_id,
       a.check_in_date + time '14:00' + a.reservation_id % 5 * interval '37 minutes',
       CASE WHEN a.check_out_date < current_date
            THEN a.check_out_date + time '10:30' - a.reservation_id % 4 * interval '20 minutes' END,
       (SELECT s.staff_id FROM staff AS s
        WHERE s.hotel_id = a.hotel_id AND s.role = 'front_desk'
        ORDER BY s.staff_id * a.reservation_id % 11, s.staff_id LIMIT 1)
FROM (
    SELECT res.*, r.room_id
    FROM reservations AS res
    JOIN (SELECT room_id, row_number() OVER (ORDER BY room_id) AS k FROM rooms) AS r
      ON r.k = CASE WHEN res.reservation_id <= 260 THEN 1 + res.reservation_id * 53 % 150
                    ELSE 1 + res.reservation_id * 11 % 150 END
    UNION ALL
    -- Group bookings take the neighbouring room of the same hotel as well.
    SELECT res.*, (SELECT x.room_id FROM rooms AS x
                   WHERE x.hotel_id = res.hotel_id AND x.room_id <> r.room_id
                   ORDER BY abs(x.room_id - r.room_id), x.room_id LIMIT 1)
    FROM reservations AS res
    JOIN (SELECT room_id, row_number() OVER (ORDER BY room_id) AS k FROM rooms) AS r
      ON r.k = 1 + res.reservation_id * 53 % 150
    WHERE res.reservation_id % 15 = 0 AND res.reservation_id <= 260
) AS a
WHERE a.cancelled_at IS NULL AND a.check_in_date <= current_date;

INSERT INTO charges
SELECT row_number() OVER (ORDER BY s.stay_id, k),
       s.stay_id,
       (ARRAY['room_service', 'minibar', 'restaurant', 'spa', 'laundry', 'parking']
           ::charge_category[])[1 + (s.reservation_id + k) % 6],
       (ARRAY['Club sandwich and fries', 'Sparkling water and crisps', 'Dinner for two',
              'Deep tissue massage', 'Shirt pressing', 'Overnight parking'])
           [1 + (s.reservation_id + k) % 6],
       (ARRAY[28, 9, 64, 95, 18, 25])[1 + (s.reservation_id + k) % 6]
           + (s.reservation_id * 37 + k * 13) % 90 + (s.reservation_id + k * 7) % 100 / 100.0,
       res.check_in_date + time '16:00' + k * interval '100 minutes',
       CASE WHEN (s.reservation_id + k) % 6 <> 1
            THEN (SELECT st.staff_id FROM staff AS st
                  WHERE st.hotel_id = res.hotel_id AND st.role <> 'general_manager'
                  ORDER BY (st.staff_id + k) % 7, st.staff_id LIMIT 1) END,
       (s.reservation_id + k) % 23 = 0
FROM stays AS s
JOIN reservations AS res ON res.reservation_id = s.reservation_id
CROSS JOIN generate_series(1, s.reservation_id % 3) AS k
WHERE res.check_in_date < current_date;
"""
