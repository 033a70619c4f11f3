"""An airline schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

AIRLINE: Final = """
CREATE TYPE flight_status AS ENUM (
    'scheduled', 'boarding', 'departed', 'landed', 'cancelled', 'diverted'
);
CREATE TYPE crew_rank AS ENUM ('captain', 'first_officer', 'purser', 'flight_attendant');

CREATE TABLE airports (
    airport_id integer PRIMARY KEY,
    iata_code char(3) NOT NULL UNIQUE,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country text NOT NULL,
    elevation_m integer NOT NULL,
    runway_count integer NOT NULL,
    is_hub boolean NOT NULL DEFAULT false
);

CREATE TABLE aircraft (
    aircraft_id integer PRIMARY KEY,
    registration text NOT NULL UNIQUE,
    model text NOT NULL,
    manufacturer text NOT NULL,
    seat_count integer NOT NULL,
    range_km integer NOT NULL,
    delivered_on date NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    home_airport_id integer NOT NULL REFERENCES airports (airport_id),
    last_check_on date
);

CREATE TABLE flights (
    flight_id integer PRIMARY KEY,
    flight_no text NOT NULL,
    origin_airport_id integer NOT NULL REFERENCES airports (airport_id),
    destination_airport_id integer NOT NULL REFERENCES airports (airport_id),
    aircraft_id integer REFERENCES aircraft,
    scheduled_departure timestamp NOT NULL,
    scheduled_arrival timestamp NOT NULL,
    status flight_status NOT NULL,
    distance_km integer NOT NULL,
    delay_minutes integer,
    CHECK (origin_airport_id <> destination_airport_id)
);

CREATE TABLE passengers (
    passenger_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    born_on date NOT NULL,
    nationality text NOT NULL,
    frequent_flyer_no text UNIQUE,
    loyalty_tier text CHECK (loyalty_tier IN ('blue', 'silver', 'gold', 'platinum'))
);

CREATE TABLE bookings (
    booking_id integer PRIMARY KEY,
    passenger_id integer NOT NULL REFERENCES passengers,
    flight_id integer NOT NULL REFERENCES flights,
    booked_at timestamp NOT NULL,
    cabin text NOT NULL CHECK (cabin IN ('economy', 'premium_economy', 'business', 'first')),
    fare_eur numeric(8, 2) NOT NULL,
    seat text,
    checked_in boolean NOT NULL DEFAULT false,
    checked_bags integer NOT NULL DEFAULT 0,
    status text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
    UNIQUE (passenger_id, flight_id)
);

CREATE TABLE crew_members (
    crew_id integer PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    rank crew_rank NOT NULL,
    base_airport_id integer NOT NULL REFERENCES airports (airport_id),
    hired_on date NOT NULL,
    license_no text,
    mentor_id integer REFERENCES crew_members (crew_id)
);

CREATE TABLE crew_assignments (
    flight_id integer NOT NULL REFERENCES flights,
    crew_id integer NOT NULL REFERENCES crew_members,
    duty text NOT NULL CHECK (duty IN ('cockpit', 'cabin')),
    PRIMARY KEY (flight_id, crew_id)
);

INSERT INTO airports VALUES
(1, 'FRA', 'Frankfurt Airport', 'Frankfurt', 'Germany', 111, 4, true),
(2, 'MUC', 'Munich Airport', 'Munich', 'Germany', 453, 2, true),
(3, 'BER', 'Berlin Brandenburg Airport', 'Berlin', 'Germany', 48, 2, false),
(4, 'HAM', 'Hamburg Airport', 'Hamburg', 'Germany', 16, 2, false),
(5, 'VIE', 'Vienna International Airport', 'Vienna', 'Austria', 183, 2, true),
(6, 'ZRH', 'Zurich Airport', 'Zurich', 'Switzerland', 432, 3, false),
(7, 'LHR', 'London Heathrow Airport', 'London', 'United Kingdom', 25, 2, false),
(8, 'CDG', 'Paris Charles de Gaulle Airport', 'Paris', 'France', 119, 4, false),
(9, 'FCO', 'Rome Fiumicino Airport', 'Rome', 'Italy', 5, 4, false),
(10, 'MAD', 'Adolfo Suárez Madrid-Barajas Airport', 'Madrid', 'Spain', 610, 4, false),
(11, 'LIS', 'Humberto Delgado Airport', 'Lisbon', 'Portugal', 114, 1, false),
(12, 'ATH', 'Athens International Airport', 'Athens', 'Greece', 94, 2, false),
(13, 'JFK', 'John F. Kennedy International Airport', 'New York', 'United States', 4, 4, false),
(14, 'DXB', 'Dubai International Airport', 'Dubai', 'United Arab Emirates', 19, 2, false),
(15, 'KEF', 'Keflavík International Airport', 'Reykjavík', 'Iceland', 52, 2, false);

INSERT INTO aircraft VALUES
(1, 'D-AIMA', 'A380-800', 'Airbus', 509, 14800, '2010-05-19', true, 1, '2026-08-14'),
(2, 'D-ABYA', '747-8', 'Boeing', 364, 14300, '2012-04-25', true, 1, '2026-06-02'),
(3, 'D-AIXA', 'A350-900', 'Airbus', 293, 15000, '2016-12-20', true, 2, '2026-09-21'),
(4, 'D-AIXB', 'A350-900', 'Airbus', 293, 15000, '2017-02-10', true, 2, NULL),
(5, 'D-ABPA', '787-9', 'Boeing', 294, 14100, '2022-03-02', true, 1, '2026-10-05'),
(6, 'D-AIZA', 'A320-200', 'Airbus', 168, 6100, '2009-11-30', true, 1, '2026-07-19'),
(7, 'D-AIZB', 'A320-200', 'Airbus', 168, 6100, '2010-01-14', false, 3, '2024-02-11'),
(8, 'D-AINA', 'A320neo', 'Airbus', 180, 6300, '2018-01-26', true, 2, '2026-05-30'),
(9, 'D-AINB', 'A320neo', 'Airbus', 180, 6300, '2018-03-08', true, 3, '2026-08-30'),
(10, 'D-AIEA', 'A321-200', 'Airbus', 200, 5900, '2014-06-11', true, 4, '2026-04-22'),
(11, 'D-AIUA', 'A321neo', 'Airbus', 215, 7400, '2023-05-17', true, 5, NULL),
(12, 'OE-LBA', 'A319-100', 'Airbus', 138, 6900, '2011-06-01', false, 5, '2023-11-03'),
(13, 'D-ACNA', 'CRJ-900', 'Bombardier', 90, 2900, '2011-02-20', true, 2, '2026-03-15'),
(14, 'D-AEAA', 'E190', 'Embraer', 100, 4500, '2013-09-09', true, 3, '2026-09-09'),
(15, 'D-AEAB', 'E195', 'Embraer', 120, 4200, '2015-04-04', true, 4, '2026-01-27'),
(16, 'HB-JVA', 'Dash 8-400', 'De Havilland', 78, 2000, '2008-10-10', true, 6, '2026-10-28');

-- 13 routes flown both ways; legs weighted so Frankfurt has the most departures.
CREATE TEMPORARY TABLE legs (leg integer, flight_no text, origin integer, destination integer,
                             distance_km integer, minutes integer);
INSERT INTO legs VALUES
(1, 'LH400', 1, 13, 6200, 530), (2, 'LH401', 13, 1, 6200, 470),
(3, 'LH900', 1, 7, 650, 95), (4, 'LH901', 7, 1, 650, 95),
(5, 'LH1114', 1, 10, 1420, 160), (6, 'LH1115', 10, 1, 1420, 165),
(7, 'LH630', 1, 14, 4830, 380), (8, 'LH631', 14, 1, 4830, 410),
(9, 'LH1750', 2, 12, 1500, 150), (10, 'LH1751', 12, 2, 1500, 160),
(11, 'LH1870', 2, 9, 700, 90), (12, 'LH1871', 9, 2, 700, 95),
(13, 'LH2226', 2, 8, 690, 95), (14, 'LH2227', 8, 2, 690, 95),
(15, 'LH6290', 3, 5, 520, 75), (16, 'LH6291', 5, 3, 520, 75),
(17, 'LX1059', 4, 6, 690, 85), (18, 'LX1060', 6, 4, 690, 85),
(19, 'OS365', 5, 11, 2300, 235), (20, 'OS366', 11, 5, 2300, 225),
(21, 'LH200', 1, 3, 430, 65), (22, 'LH201', 3, 1, 430, 65),
(23, 'LH2060', 2, 4, 600, 75), (24, 'LH2061', 4, 2, 600, 75),
(25, 'LX2026', 6, 10, 1250, 135), (26, 'LX2027', 10, 6, 1250, 135);

-- 160 flights from 90 days ago to 29 days ahead; aircraft are assigned up to 20 days ahead.
INSERT INTO flights
SELECT g, l.flight_no, l.origin, l.destination,
       CASE
           WHEN d > 20 THEN NULL
           WHEN l.distance_km > 3000 THEN (ARRAY[1, 2, 3, 4, 5])[1 + g % 5]
           ELSE (ARRAY[6, 8, 9, 10, 11, 13, 14, 15, 9])[1 + g % 9]
       END,
       dep, dep + l.minutes * interval '1 minute',
       (CASE
           WHEN d > 0 AND g % 23 = 0 THEN 'cancelled'
           WHEN d > 0 THEN 'scheduled'
           WHEN d = 0 THEN 'boarding'
           WHEN g % 17 = 0 THEN 'cancelled'
           WHEN g % 37 = 0 THEN 'diverted'
           ELSE 'landed'
       END)::flight_status,
       l.distance_km,
       CASE WHEN d < 0 AND g % 17 <> 0 THEN (g * 7 % 11) * (g % 3) * 4 END
FROM generate_series(1, 160) AS g
CROSS JOIN LATERAL (SELECT (g * 13 % 120) - 90 AS d) AS o
CROSS JOIN LATERAL (
    SELECT current_date + o.d + time '06:15' + (g * 47 % 900) * interval '1 minute' AS dep
) AS t
JOIN legs l ON l.leg = (ARRAY[1, 3, 5, 7, 9, 2, 4, 6, 8, 10, 11, 13, 15, 17, 19, 21, 23, 25, 12,
                              14, 16, 18, 20, 22, 24, 26, 3, 21, 1, 4, 22, 9])[1 + g % 32];

INSERT INTO passengers
SELECT g,
       f || ' ' || l,
       lower(f) || '.' || lower(l) || g || '@mailbox.example',
       date '1948-03-01' + (g * 4111 % 20500),
       (ARRAY['German', 'German', 'Austrian', 'Swiss', 'British', 'French', 'Italian', 'Spanish',
              'American', 'German', 'Greek'])[1 + g * 3 % 11],
       CASE WHEN g % 4 <> 0 THEN 'MM' || (400000 + g * 379) END,
       CASE
           WHEN g % 4 = 0 THEN NULL
           WHEN g % 11 = 0 THEN 'platinum'
           WHEN g % 5 = 0 THEN 'gold'
           WHEN g % 3 = 0 THEN 'silver'
           ELSE 'blue'
       END
FROM generate_series(1, 60) AS g
CROSS JOIN LATERAL (
    SELECT (ARRAY['Anna', 'Thomas', 'Julia', 'Michael', 'Sarah', 'Daniel', 'Laura', 'Markus',
                  'Katharina', 'Andreas', 'Lisa', 'Christian', 'Hannah', 'Stefan', 'Emily'])
               [1 + g % 15] AS f,
           (ARRAY['Schmidt', 'Meier', 'Novak', 'Dubois', 'Clarke', 'Moretti', 'Garcia',
                  'Papadopoulos', 'Keller', 'Hofer', 'Walsh', 'Brunner', 'Lindqvist'])
               [1 + g * 7 % 13] AS l
) AS n;

-- 320 bookings, all made in the past; passenger 56 travels most,
-- passengers 57 to 60 have booked nothing.
INSERT INTO bookings
SELECT g,
       CASE WHEN g % 15 = 0 THEN 56 ELSE 1 + g * 13 % 55 END,
       f.flight_id,
       least(f.scheduled_departure, current_date - g % 3 + time '07:40')
           - (1 + g * 31 % 330) * interval '1 day' - (g % 7) * interval '1 hour',
       c.cabin,
       round(f.distance_km * CASE c.cabin WHEN 'first' THEN 0.9 WHEN 'business' THEN 0.55
                                          WHEN 'premium_economy' THEN 0.22 ELSE 0.11 END
             + 29 + g % 40, 2),
       CASE WHEN ci THEN (1 + g % 38)::text || substr('ABCDEF', 1 + g % 6, 1) END,
       ci,
       g % 3,
       CASE WHEN g % 19 = 0 THEN 'cancelled' ELSE 'confirmed' END
FROM generate_series(1, 320) AS g
JOIN flights f ON f.flight_id = 1 + g * 7 % 160
CROSS JOIN LATERAL (
    SELECT CASE
               WHEN g % 6 = 0 AND f.distance_km > 3000 THEN 'first'
               WHEN g % 10 = 0 THEN 'business'
               WHEN g % 7 = 0 THEN 'premium_economy'
               ELSE 'economy'
           END AS cabin,
           f.scheduled_departure < current_date AND g % 19 <> 0 AND g % 13 <> 0 AS ci
) AS c;

INSERT INTO crew_members VALUES
(1, 'Sabine', 'Roth', 'captain', 1, '2001-04-01', 'DE.FCL.1187', NULL),
(2, 'Karl', 'Brenner', 'captain', 1, '2003-09-15', 'DE.FCL.1422', NULL),
(3, 'Ingrid', 'Falk', 'captain', 2, '2006-02-01', 'DE.FCL.2031', 1),
(4, 'Oliver', 'Stein', 'captain', 2, '2009-07-01', 'DE.FCL.2760', 2),
(5, 'Miriam', 'Haas', 'captain', 5, '2012-03-01', 'AT.FCL.0419', 1),
(6, 'Tobias', 'Lang', 'captain', 1, '2014-10-01', 'DE.FCL.3395', 2),
(7, 'Rafael', 'Ortega', 'captain', 6, '2016-05-15', 'CH.FCL.0951', 3),
(8, 'Jana', 'Kowalski', 'first_officer', 1, '2015-01-15', 'DE.FCL.3611', 1),
(9, 'Lukas', 'Berger', 'first_officer', 2, '2017-06-01', 'DE.FCL.4102', 3),
(10, 'Eva', 'Lindner', 'first_officer', 1, '2018-09-01', 'DE.FCL.4478', 1),
(11, 'Moritz', 'Graf', 'first_officer', 3, '2019-03-01', 'DE.FCL.4815', 4),
(12, 'Selin', 'Aydin', 'first_officer', 5, '2021-08-01', 'AT.FCL.0877', 5),
(13, 'Niklas', 'Wendt', 'first_officer', 2, '2023-02-01', 'DE.FCL.5560', 3),
(14, 'Pia', 'Sommer', 'first_officer', 4, '2025-04-01', 'DE.FCL.6023', 6),
(15, 'Claudia', 'Engel', 'purser', 1, '2004-05-01', NULL, NULL),
(16, 'Georg', 'Pfeiffer', 'purser', 2, '2008-11-01', NULL, 15),
(17, 'Nadine', 'Vogt', 'purser', 1, '2011-01-15', NULL, 15),
(18, 'Helena', 'Marković', 'purser', 5, '2013-06-01', NULL, 16),
(19, 'Yusuf', 'Kaya', 'purser', 3, '2016-09-01', NULL, 16),
(20, 'Lara', 'Brandt', 'flight_attendant', 1, '2014-03-01', NULL, 15),
(21, 'Felix', 'Jung', 'flight_attendant', 1, '2016-04-15', NULL, 17),
(22, 'Sophie', 'Kramer', 'flight_attendant', 2, '2017-10-01', NULL, 16),
(23, 'Marco', 'Santos', 'flight_attendant', 2, '2018-05-01', NULL, 16),
(24, 'Leonie', 'Busch', 'flight_attendant', 3, '2019-07-01', NULL, 19),
(25, 'Ahmed', 'Nasser', 'flight_attendant', 1, '2020-02-01', NULL, 17),
(26, 'Chloé', 'Martin', 'flight_attendant', 6, '2021-06-01', NULL, NULL),
(27, 'Finn', 'Albers', 'flight_attendant', 4, '2022-03-15', NULL, 20),
(28, 'Mara', 'Schuster', 'flight_attendant', 5, '2023-09-01', NULL, 18),
(29, 'Jonas', 'Ebert', 'flight_attendant', 1, '2025-10-01', NULL, 20),
(30, 'Elena', 'Petrova', 'flight_attendant', 2, '2026-01-15', NULL, 22);

-- every flight has a captain, a first officer, a purser and two flight attendants;
-- captain 7, first officer 14 and attendants 29 and 30 have not flown yet.
INSERT INTO crew_assignments
SELECT f.flight_id, c.crew_id, c.duty
FROM flights f
CROSS JOIN LATERAL (VALUES
    ((ARRAY[1, 2, 3, 4, 5, 6])[1 + f.flight_id % 6], 'cockpit'),
    ((ARRAY[8, 9, 10, 11, 12, 13])[1 + f.flight_id * 5 % 6], 'cockpit'),
    ((ARRAY[15, 16, 17, 18, 19])[1 + f.flight_id % 5], 'cabin'),
    ((ARRAY[20, 21, 22, 23, 24, 25, 26, 27, 28])[1 + f.flight_id % 9], 'cabin'),
    ((ARRAY[20, 21, 22, 23, 24, 25, 26, 27, 28])[1 + (f.flight_id + 4) % 9], 'cabin')
) AS c (crew_id, duty);

DROP TABLE legs;
"""
