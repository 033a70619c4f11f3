"""A city bus network schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

BUSES: Final = """
CREATE TYPE fuel_kind AS ENUM ('diesel', 'hybrid', 'electric', 'cng');
CREATE TYPE service_kind AS ENUM ('local', 'express', 'night', 'shuttle');
CREATE TYPE incident_severity AS ENUM ('minor', 'moderate', 'severe');

CREATE TABLE routes (
    route_id integer PRIMARY KEY,
    route_number text NOT NULL UNIQUE,
    route_name text NOT NULL UNIQUE,
    service_type service_kind NOT NULL,
    base_fare numeric(5, 2) NOT NULL,
    length_km numeric(5, 1) NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    launched_on date NOT NULL,
    discontinued_on date
);

CREATE TABLE stops (
    stop_id integer PRIMARY KEY,
    stop_code text NOT NULL UNIQUE,
    stop_name text NOT NULL,
    district text NOT NULL,
    has_shelter boolean NOT NULL,
    is_step_free boolean NOT NULL
);

CREATE TABLE route_stops (
    route_id integer NOT NULL REFERENCES routes,
    stop_id integer NOT NULL REFERENCES stops,
    stop_sequence smallint NOT NULL CHECK (stop_sequence > 0),
    minutes_from_start smallint NOT NULL,
    PRIMARY KEY (route_id, stop_sequence),
    UNIQUE (route_id, stop_id)
);

CREATE TABLE vehicles (
    vehicle_id integer PRIMARY KEY,
    fleet_number text NOT NULL UNIQUE,
    manufacturer text NOT NULL,
    model text NOT NULL,
    fuel_type fuel_kind NOT NULL,
    seats smallint NOT NULL,
    standing_capacity smallint NOT NULL,
    commissioned_on date NOT NULL,
    last_inspected_on date,
    is_low_floor boolean NOT NULL,
    in_service boolean NOT NULL DEFAULT true,
    odometer_km integer NOT NULL
);

CREATE TABLE drivers (
    driver_id integer PRIMARY KEY,
    full_name text NOT NULL,
    license_number text NOT NULL UNIQUE,
    hired_on date NOT NULL,
    phone text,
    hourly_rate numeric(5, 2) NOT NULL,
    employment_status text NOT NULL
        CHECK (employment_status IN ('active', 'on_leave', 'suspended', 'retired')),
    mentor_id integer REFERENCES drivers (driver_id),
    is_night_qualified boolean NOT NULL DEFAULT false
);

CREATE TABLE trips (
    trip_id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes,
    vehicle_id integer NOT NULL REFERENCES vehicles,
    driver_id integer NOT NULL REFERENCES drivers,
    scheduled_departure timestamp NOT NULL,
    actual_departure timestamp,
    trip_status text NOT NULL
        CHECK (trip_status IN ('scheduled', 'completed', 'delayed', 'cancelled')),
    delay_minutes smallint
);

CREATE TABLE incidents (
    incident_id integer PRIMARY KEY,
    trip_id integer NOT NULL REFERENCES trips,
    occurred_at timestamp NOT NULL,
    category text NOT NULL
        CHECK (category IN ('collision', 'breakdown', 'passenger_injury', 'vandalism',
                            'fare_dispute')),
    severity incident_severity NOT NULL,
    damage_cost numeric(10, 2),
    police_attended boolean NOT NULL DEFAULT false,
    resolved_on date
);

CREATE TABLE passenger_counts (
    count_id integer PRIMARY KEY,
    trip_id integer NOT NULL REFERENCES trips,
    stop_id integer NOT NULL REFERENCES stops,
    boardings smallint NOT NULL,
    alightings smallint NOT NULL,
    recorded_at timestamp NOT NULL
);

INSERT INTO routes VALUES
    (1, '1', 'Harbour - University', 'local', '2.50', '14.2', true, '2023-02-01', NULL),
    (2, '4', 'Old Town Circular', 'local', '2.50', '9.8', true, '2023-02-01', NULL),
    (3, '7', 'Airport Express', 'express', '6.00', '31.5', true, '2023-04-17', NULL),
    (4, '12', 'Riverside - Northgate', 'local', '2.75', '17.6', true, '2023-03-06', NULL),
    (5, '15', 'Hospital Shuttle', 'shuttle', '0.00', '4.3', true, '2023-09-04', NULL),
    (6, '22', 'Eastfield - Central Station', 'local', '2.75', '12.9', true, '2023-05-22', NULL),
    (7, '30X', 'Westpark Express', 'express', '4.50', '24.8', true, '2024-02-12', NULL),
    (8, 'N1', 'Night Owl North', 'night', '3.25', '19.4', true, '2023-10-27', NULL),
    (9, 'N2', 'Night Owl South', 'night', '3.50', '21.1', true, '2024-03-29', NULL),
    (10, '9', 'Market Hall Loop', 'local', '2.25', '6.7', false, '2023-02-01', '2025-06-30'),
    (11, '18', 'Stadium Shuttle', 'shuttle', '1.50', '5.2', false, '2023-08-12', '2024-11-15'),
    (12, '41', 'Lakeside - Business Park', 'local', '2.80', '15.4', true, '2025-11-03', NULL);

INSERT INTO stops VALUES
    (1, 'OT01', 'Central Station', 'Old Town', true, true),
    (2, 'OT02', 'Cathedral Square', 'Old Town', true, false),
    (3, 'OT03', 'Market Hall', 'Old Town', false, true),
    (4, 'HB01', 'Harbour Front', 'Harbour', true, true),
    (5, 'HB02', 'Ferry Terminal', 'Harbour', true, false),
    (6, 'UN01', 'University Main Gate', 'University', true, true),
    (7, 'UN02', 'Science Park', 'University', false, true),
    (8, 'NG01', 'Northgate Bus Station', 'Northgate', true, true),
    (9, 'NG02', 'Northgate Library', 'Northgate', false, false),
    (10, 'EF01', 'Eastfield Shops', 'Eastfield', true, true),
    (11, 'EF02', 'Eastfield Park', 'Eastfield', false, false),
    (12, 'WP01', 'Westpark Retail Park', 'Westpark', true, true),
    (13, 'WP02', 'Westpark Leisure Centre', 'Westpark', false, true),
    (14, 'RS01', 'Riverside Quay', 'Riverside', true, false),
    (15, 'RS02', 'Riverside Hospital', 'Riverside', true, true),
    (16, 'LS01', 'Lakeside Promenade', 'Lakeside', false, false),
    (17, 'LS02', 'Business Park North', 'Lakeside', true, true),
    (18, 'AP01', 'Airport Terminal', 'Airport', true, true),
    (19, 'EF03', 'City Stadium', 'Eastfield', false, true),
    (20, 'RS03', 'Mill Lane', 'Riverside', false, false);

INSERT INTO route_stops VALUES
    (1, 4, 1, 0),
    (1, 1, 2, 12),
    (1, 2, 3, 20),
    (1, 6, 4, 24),
    (1, 7, 5, 33),
    (2, 1, 1, 0),
    (2, 3, 2, 6),
    (2, 2, 3, 17),
    (3, 1, 1, 0),
    (3, 8, 2, 9),
    (3, 18, 3, 14),
    (4, 14, 1, 0),
    (4, 15, 2, 12),
    (4, 1, 3, 20),
    (4, 9, 4, 24),
    (4, 8, 5, 33),
    (5, 1, 1, 0),
    (5, 15, 2, 6),
    (6, 10, 1, 0),
    (6, 19, 2, 9),
    (6, 1, 3, 14),
    (7, 12, 1, 0),
    (7, 13, 2, 12),
    (7, 1, 3, 20),
    (8, 1, 1, 0),
    (8, 6, 2, 6),
    (8, 8, 3, 17),
    (8, 9, 4, 24),
    (9, 1, 1, 0),
    (9, 4, 2, 9),
    (9, 5, 3, 14),
    (9, 14, 4, 24),
    (9, 15, 5, 30),
    (10, 3, 1, 0),
    (10, 2, 2, 12),
    (11, 19, 1, 0),
    (11, 10, 2, 6),
    (12, 1, 1, 0),
    (12, 16, 2, 9),
    (12, 17, 3, 14);

INSERT INTO vehicles VALUES
    (1, 'B101', 'Volvo', 'B8RLE', 'diesel', 41, 30, '2023-03-14', '2025-09-02', true, true,
     412300),
    (2, 'B102', 'Volvo', 'B8RLE', 'diesel', 41, 30, '2023-03-14', '2025-08-19', true, true,
     398750),
    (3, 'B103', 'Alexander Dennis', 'Enviro200', 'diesel', 33, 28, '2023-05-02', NULL, false,
     false, 287640),
    (4, 'B104', 'Alexander Dennis', 'Enviro400', 'hybrid', 78, 20, '2023-09-11', '2025-10-07',
     true, true, 251980),
    (5, 'B105', 'Wrightbus', 'StreetDeck', 'hybrid', 75, 22, '2024-01-22', '2025-11-03', true,
     true, 188420),
    (6, 'E201', 'BYD', 'D9UR', 'electric', 39, 35, '2024-04-08', '2025-07-15', true, true,
     121560),
    (7, 'E202', 'BYD', 'D9UR', 'electric', 39, 35, '2024-04-08', NULL, true, true, 118905),
    (8, 'E203', 'Wrightbus', 'StreetDeck Electroliner', 'electric', 70, 25, '2024-10-14',
     '2025-10-21', true, true, 76340),
    (9, 'E204', 'Wrightbus', 'StreetDeck Electroliner', 'electric', 70, 25, '2025-02-03', NULL,
     true, true, 45210),
    (10, 'C301', 'Mercedes-Benz', 'Citaro NGT', 'cng', 37, 53, '2023-06-19', '2025-06-30',
     true, true, 301775),
    (11, 'C302', 'Mercedes-Benz', 'Citaro NGT', 'cng', 37, 53, '2023-06-19', '2024-12-12',
     true, false, 296410),
    (12, 'M401', 'Mercedes-Benz', 'Sprinter City 75', 'diesel', 19, 19, '2023-11-27',
     '2025-05-28', false, true, 164300),
    (13, 'M402', 'Mercedes-Benz', 'Sprinter City 75', 'diesel', 19, 19, '2024-07-01', NULL,
     false, true, 92870),
    (14, 'E205', 'BYD', 'D9UR', 'electric', 39, 35, '2025-06-16', '2025-11-12', true, true,
     18460),
    (15, 'B106', 'Volvo', 'B5LH', 'hybrid', 72, 24, '2023-01-09', '2025-04-14', true, true,
     455120),
    (16, 'C303', 'Mercedes-Benz', 'Citaro NGT', 'cng', 37, 53, '2024-03-04', '2025-09-25',
     true, true, 143990);

INSERT INTO drivers VALUES
    (1, 'Marta Kowalski', 'DL-480112', '2023-01-16', '555-0101', '24.80', 'active', NULL, true),
    (2, 'Daniel Okafor', 'DL-480257', '2023-02-06', '555-0102', '23.50', 'active', NULL, false),
    (18, 'Victor Chen', 'DL-479880', '2023-01-09', '555-0118', '25.30', 'retired', NULL, false);

INSERT INTO drivers VALUES
    (3, 'Sofia Lindqvist', 'DL-481033', '2023-03-20', NULL, '22.90', 'active', 1, true),
    (4, 'Tomás Herrera', 'DL-481190', '2023-05-08', '555-0104', '22.40', 'on_leave', 1, false),
    (5, 'Aisha Rahman', 'DL-482015', '2023-07-03', '555-0105', '23.10', 'active', 2, true),
    (6, 'Kevin Doyle', 'DL-482288', '2023-08-28', NULL, '21.75', 'suspended', 2, false),
    (7, 'Priya Nair', 'DL-483004', '2023-11-13', '555-0107', '22.10', 'active', 1, false),
    (8, 'Lukas Brandt', 'DL-483371', '2024-01-08', '555-0108', '21.60', 'active', 3, true),
    (9, 'Grace Mensah', 'DL-484120', '2024-02-19', '555-0109', '21.40', 'active', 5, false),
    (10, 'Hiroshi Tanaka', 'DL-484455', '2024-04-15', '555-0110', '21.20', 'active', 5, false),
    (11, 'Elena Petrova', 'DL-485009', '2024-06-03', NULL, '20.95', 'active', 5, true),
    (12, 'Samuel Adeyemi', 'DL-485362', '2024-08-26', '555-0112', '20.80', 'on_leave', 2,
     false),
    (13, 'Chloe Martin', 'DL-486140', '2024-10-07', '555-0113', '20.60', 'active', 7, false),
    (14, 'Mateo Rossi', 'DL-486517', '2025-01-13', '555-0114', '20.40', 'active', 7, true),
    (15, 'Nadia Haddad', 'DL-487002', '2025-03-24', NULL, '20.25', 'active', 3, false),
    (16, 'Owen Price', 'DL-487388', '2025-06-09', '555-0116', '20.10', 'active', 8, false),
    (17, 'Ingrid Solberg', 'DL-488051', '2025-09-01', '555-0117', '20.00', 'active', 8, false);

INSERT INTO trips VALUES
    (1, 1, 15, 7, '2024-01-26 11:10', '2024-01-26 11:11', 'completed', 1),
    (2, 3, 12, 3, '2024-02-13 16:25', '2024-02-13 16:27', 'completed', 2),
    (3, 4, 11, 8, '2024-02-28 07:35', '2024-02-28 07:38', 'completed', 3),
    (4, 6, 2, 3, '2024-03-17 12:50', '2024-03-17 13:02', 'delayed', 12),
    (5, 1, 16, 9, '2024-04-04 17:05', '2024-04-04 17:10', 'completed', 5),
    (6, 2, 15, 1, '2024-04-19 08:15', '2024-04-19 08:15', 'completed', 0),
    (7, 7, 7, 7, '2024-05-07 13:30', '2024-05-07 13:37', 'delayed', 7),
    (8, 8, 2, 1, '2024-05-25 23:40', '2024-05-25 23:58', 'delayed', 18),
    (9, 4, 12, 7, '2024-06-09 09:55', NULL, 'cancelled', NULL),
    (10, 9, 6, 1, '2024-06-27 23:10', '2024-06-27 23:14', 'completed', 4),
    (11, 5, 7, 7, '2024-07-15 19:20', '2024-07-15 19:25', 'completed', 5),
    (12, 10, 8, 10, '2025-02-14 10:35', '2025-02-14 10:59', 'delayed', 24),
    (13, 1, 11, 7, '2024-08-17 15:45', '2024-08-17 15:46', 'completed', 1),
    (14, 3, 4, 5, '2024-09-04 06:00', '2024-09-04 06:08', 'delayed', 8),
    (15, 6, 13, 11, '2024-09-19 11:15', '2024-09-19 11:18', 'completed', 3),
    (16, 7, 6, 10, '2024-10-07 16:25', '2024-10-07 16:36', 'delayed', 11),
    (17, 4, 4, 2, '2024-10-25 07:40', '2024-10-25 07:45', 'completed', 5),
    (18, 2, 12, 8, '2024-11-09 12:50', NULL, 'cancelled', NULL),
    (19, 9, 5, 1, '2024-11-27 23:05', '2024-11-27 23:06', 'completed', 1),
    (20, 8, 13, 1, '2024-12-15 23:20', '2024-12-15 23:37', 'delayed', 17),
    (21, 1, 6, 11, '2024-12-30 13:30', '2024-12-30 13:39', 'delayed', 9),
    (22, 4, 15, 8, '2025-01-17 18:45', NULL, 'cancelled', NULL),
    (23, 3, 7, 13, '2025-02-04 09:55', '2025-02-04 10:00', 'completed', 5),
    (24, 6, 16, 4, '2025-02-19 14:10', '2025-02-19 14:33', 'delayed', 23),
    (25, 1, 8, 10, '2025-03-09 19:25', '2025-03-09 19:26', 'completed', 1),
    (26, 4, 1, 5, '2025-03-27 10:35', '2025-03-27 10:37', 'completed', 2),
    (27, 7, 9, 11, '2025-04-11 15:50', NULL, 'cancelled', NULL),
    (28, 1, 2, 1, '2025-04-29 06:00', '2025-04-29 06:10', 'delayed', 10),
    (29, 5, 10, 7, '2025-05-17 11:15', '2025-05-17 11:20', 'completed', 5),
    (30, 3, 4, 12, '2025-06-01 16:30', '2025-06-01 16:30', 'completed', 0),
    (31, 8, 12, 14, '2025-06-19 23:40', '2025-06-19 23:41', 'completed', 1),
    (32, 6, 5, 12, '2025-07-07 12:55', '2025-07-07 13:11', 'delayed', 16),
    (33, 2, 13, 1, '2025-07-22 17:05', '2025-07-22 17:08', 'completed', 3),
    (34, 4, 6, 7, '2025-08-09 08:20', '2025-08-09 08:24', 'completed', 4),
    (35, 1, 15, 12, '2025-08-27 13:35', '2025-08-27 13:46', 'delayed', 11),
    (36, 7, 7, 1, '2025-09-11 18:45', NULL, 'cancelled', NULL),
    (37, 9, 16, 14, '2025-09-29 23:00', '2025-09-29 23:01', 'completed', 1),
    (38, 9, 8, 11, '2025-10-17 23:10', NULL, 'scheduled', NULL),
    (39, 3, 1, 1, '2025-11-01 19:25', NULL, 'scheduled', NULL),
    (40, 1, 9, 7, '2025-11-19 10:40', NULL, 'scheduled', NULL);

INSERT INTO incidents VALUES
    (1, 6, '2024-04-19 08:44', 'collision', 'severe', '4171.37', true, '2024-04-26'),
    (2, 12, '2025-02-14 11:45', 'breakdown', 'minor', '2176.00', false, '2025-02-25'),
    (3, 17, '2024-10-25 07:58', 'passenger_injury', 'moderate', NULL, false, '2024-11-09'),
    (4, 24, '2025-02-19 15:03', 'vandalism', 'minor', '1964.50', false, '2025-03-10'),
    (5, 30, '2025-06-01 17:17', 'fare_dispute', 'minor', NULL, false, NULL),
    (6, 37, '2025-09-29 23:15', 'breakdown', 'minor', '1628.00', false, '2025-10-26'),
    (7, 5, '2024-04-04 17:41', 'collision', 'severe', '4397.59', true, '2024-05-05'),
    (8, 11, '2024-07-15 20:13', 'vandalism', 'minor', '1208.50', false, '2024-08-19'),
    (9, 16, '2024-10-07 16:51', 'passenger_injury', 'moderate', NULL, false, '2024-11-15'),
    (10, 23, '2025-02-04 10:32', 'breakdown', 'minor', '1080.00', false, NULL),
    (11, 29, '2025-05-17 12:09', 'collision', 'severe', '13881.07', true, '2025-05-24'),
    (12, 35, '2025-08-27 14:02', 'fare_dispute', 'minor', NULL, false, '2025-09-07'),
    (13, 4, '2024-03-17 13:35', 'vandalism', 'moderate', '913.50', true, '2024-04-01'),
    (14, 10, '2024-06-28 00:04', 'breakdown', 'minor', '532.00', false, '2024-07-17'),
    (15, 15, '2024-09-19 11:35', 'collision', 'severe', '9365.55', true, NULL),
    (16, 21, '2024-12-30 14:13', 'passenger_injury', 'severe', NULL, true, '2025-01-26'),
    (17, 28, '2025-04-29 07:01', 'breakdown', 'moderate', '3271.00', false, NULL),
    (18, 34, '2025-08-09 08:42', 'vandalism', 'minor', '618.50', false, NULL);

INSERT INTO passenger_counts VALUES
    (1, 1, 4, 18, 0, '2024-01-26 11:11'),
    (2, 1, 1, 18, 8, '2024-01-26 11:17'),
    (3, 1, 2, 29, 11, '2024-01-26 11:23'),
    (4, 1, 6, 35, 23, '2024-01-26 11:29'),
    (5, 1, 7, 8, 1, '2024-01-26 11:35'),
    (6, 2, 1, 30, 0, '2024-02-13 16:27'),
    (7, 2, 8, 26, 9, '2024-02-13 16:33'),
    (8, 2, 18, 22, 14, '2024-02-13 16:39'),
    (9, 3, 14, 28, 0, '2024-02-28 07:38'),
    (10, 3, 15, 34, 10, '2024-02-28 07:44'),
    (11, 3, 1, 32, 18, '2024-02-28 07:50'),
    (12, 3, 9, 6, 17, '2024-02-28 07:56'),
    (13, 3, 8, 33, 14, '2024-02-28 08:02'),
    (14, 4, 10, 29, 0, '2024-03-17 13:02'),
    (15, 4, 19, 9, 2, '2024-03-17 13:08'),
    (16, 4, 1, 1, 23, '2024-03-17 13:14'),
    (17, 5, 4, 8, 0, '2024-04-04 17:10'),
    (18, 5, 1, 8, 3, '2024-04-04 17:16'),
    (19, 5, 2, 19, 6, '2024-04-04 17:22'),
    (20, 5, 6, 25, 18, '2024-04-04 17:28'),
    (21, 5, 7, 36, 21, '2024-04-04 17:34'),
    (22, 6, 1, 20, 0, '2024-04-19 08:15'),
    (23, 6, 3, 37, 14, '2024-04-19 08:21'),
    (24, 6, 2, 26, 11, '2024-04-19 08:27'),
    (25, 7, 12, 34, 0, '2024-05-07 13:37'),
    (26, 7, 13, 2, 24, '2024-05-07 13:43'),
    (27, 7, 1, 22, 13, '2024-05-07 13:49'),
    (28, 8, 1, 34, 0, '2024-05-25 23:58'),
    (29, 8, 6, 8, 8, '2024-05-26 00:04'),
    (30, 8, 8, 30, 14, '2024-05-26 00:10'),
    (31, 8, 9, 3, 17, '2024-05-26 00:16'),
    (32, 10, 1, 10, 0, '2024-06-27 23:14'),
    (33, 10, 4, 0, 12, '2024-06-27 23:20'),
    (34, 10, 5, 11, 15, '2024-06-27 23:26'),
    (35, 10, 14, 34, 17, '2024-06-27 23:32'),
    (36, 10, 15, 7, 20, '2024-06-27 23:38'),
    (37, 11, 1, 17, 0, '2024-07-15 19:25'),
    (38, 11, 15, 14, 0, '2024-07-15 19:31'),
    (39, 12, 3, 8, 0, '2025-02-14 10:59'),
    (40, 12, 2, 30, 16, '2025-02-14 11:05');
"""
