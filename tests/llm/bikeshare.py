"""A city bike-share schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

BIKESHARE: Final = """
CREATE TYPE bike_kind AS ENUM ('classic', 'electric', 'cargo');
CREATE TYPE job_priority AS ENUM ('low', 'normal', 'urgent');

CREATE TABLE stations (
    station_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    district text NOT NULL,
    dock_count integer NOT NULL CHECK (dock_count > 0),
    latitude numeric(8, 5) NOT NULL,
    longitude numeric(8, 5) NOT NULL,
    opened_on date NOT NULL,
    has_charging boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN stations.dock_count IS 'capacity: how many bikes the station can hold';
COMMENT ON COLUMN stations.has_charging IS 'the docks charge electric bikes';
COMMENT ON COLUMN stations.is_active IS 'false while the station is closed for works or events';

CREATE TABLE plans (
    plan_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    billing text NOT NULL CHECK (billing IN ('pay_as_you_go', 'day', 'monthly', 'annual')),
    fee_gbp numeric(7, 2) NOT NULL,
    included_minutes integer NOT NULL,
    per_minute_gbp numeric(5, 2) NOT NULL,
    is_concession boolean NOT NULL DEFAULT false,
    is_on_sale boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN plans.included_minutes IS 'minutes of each ride before per-minute charges';
COMMENT ON COLUMN plans.is_concession IS 'discounted plan for students, seniors or low incomes';

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    birth_date date NOT NULL,
    plan_id integer NOT NULL REFERENCES plans,
    home_station_id integer REFERENCES stations (station_id),
    joined_on date NOT NULL,
    cancelled_on date,
    referred_by integer REFERENCES members (member_id),
    receives_newsletter boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN members.cancelled_on IS 'NULL while the membership is current';

CREATE TABLE bikes (
    bike_id integer PRIMARY KEY,
    serial_number text NOT NULL UNIQUE,
    kind bike_kind NOT NULL,
    model text NOT NULL,
    docked_at_station_id integer REFERENCES stations (station_id),
    commissioned_on date NOT NULL,
    retired_on date,
    odometer_km numeric(8, 1) NOT NULL DEFAULT 0,
    battery_pct smallint CHECK (battery_pct BETWEEN 0 AND 100)
);
COMMENT ON COLUMN bikes.docked_at_station_id IS
    'station the bike is docked at now; NULL while out on a ride, in the workshop or retired';
COMMENT ON COLUMN bikes.battery_pct IS 'charge left, electric bikes only';

CREATE TABLE trips (
    trip_id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    bike_id integer NOT NULL REFERENCES bikes,
    start_station_id integer NOT NULL REFERENCES stations (station_id),
    end_station_id integer REFERENCES stations (station_id),
    started_at timestamp NOT NULL,
    ended_at timestamp,
    distance_km numeric(5, 2),
    fare_gbp numeric(6, 2)
);
COMMENT ON TABLE trips IS
    'one ride from undocking to docking; the end columns stay NULL while it is in progress';

CREATE TABLE maintenance_jobs (
    job_id integer PRIMARY KEY,
    bike_id integer NOT NULL REFERENCES bikes,
    reported_at timestamp NOT NULL,
    fault text NOT NULL
        CHECK (fault IN ('brakes', 'puncture', 'chain', 'battery', 'lights', 'frame')),
    priority job_priority NOT NULL DEFAULT 'normal',
    mechanic text,
    completed_at timestamp,
    cost_gbp numeric(7, 2)
);
COMMENT ON COLUMN maintenance_jobs.completed_at IS 'NULL until the mechanic signs the repair off';

CREATE TABLE payments (
    payment_id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    trip_id integer REFERENCES trips,
    paid_at timestamp NOT NULL,
    amount_gbp numeric(7, 2) NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'apple_pay', 'google_pay', 'direct_debit')),
    purpose text NOT NULL CHECK (purpose IN ('membership', 'ride', 'late_fee', 'damage')),
    is_refunded boolean NOT NULL DEFAULT false
);

CREATE TABLE favourite_stations (
    member_id integer NOT NULL REFERENCES members,
    station_id integer NOT NULL REFERENCES stations,
    added_on date NOT NULL,
    PRIMARY KEY (member_id, station_id)
);

INSERT INTO stations
SELECT s.id, s.name, s.district, s.docks, 53.38 + s.id * 0.00317, -1.49 + s.id * 0.00253,
       s.opened::date, s.charging, s.active
FROM (VALUES
    (1, 'Central Station', 'City Centre', 42, '2014-05-12', true, true),
    (2, 'Market Square', 'City Centre', 30, '2014-05-19', false, true),
    (3, 'Cathedral Close', 'City Centre', 18, '2014-06-02', false, true),
    (4, 'Old Town Hall', 'City Centre', 24, '2014-06-16', true, true),
    (5, 'Museum Street', 'City Centre', 16, '2015-03-30', false, true),
    (6, 'Riverside Quay', 'Docklands', 28, '2015-04-06', true, true),
    (7, 'Albert Dock', 'Docklands', 36, '2015-07-20', true, true),
    (8, 'Harbour Gate', 'Docklands', 20, '2016-04-11', false, true),
    (9, 'Ferry Terminal', 'Docklands', 22, '2016-04-18', true, true),
    (10, 'Canal Basin', 'Docklands', 14, '2017-09-04', false, false),
    (11, 'University Library', 'University Quarter', 34, '2015-09-21', true, true),
    (12, 'Science Park', 'University Quarter', 26, '2018-02-05', true, true),
    (13, 'Student Union', 'University Quarter', 19, '2015-09-28', false, true),
    (14, 'Botanic Gardens', 'University Quarter', 15, '2019-05-13', false, true),
    (15, 'Hospital East Entrance', 'Northside', 21, '2017-01-16', true, true),
    (16, 'Northgate', 'Northside', 17, '2016-10-03', false, true),
    (17, 'Victoria Park', 'Northside', 25, '2016-10-10', false, true),
    (18, 'Football Ground', 'Northside', 32, '2019-08-05', false, false),
    (19, 'Railway Arches', 'Westend', 13, '2018-06-25', false, true),
    (20, 'Mill Lane', 'Westend', 12, '2020-03-02', false, true),
    (21, 'Queens Road', 'Westend', 23, '2020-09-14', true, true),
    (22, 'Westfield Retail Park', 'Westend', 38, '2021-04-19', true, true),
    (23, 'Castle Hill', 'City Centre', 11, '2023-11-06', false, true),
    (24, 'Bus Station', 'City Centre', 27, '2024-02-26', true, true)
) AS s (id, name, district, docks, opened, charging, active);

INSERT INTO plans VALUES
    (1, 'Pay As You Go', 'pay_as_you_go', 0.00, 0, 0.12, false, true),
    (2, 'Day Pass', 'day', 6.50, 30, 0.10, false, true),
    (3, 'Three Day Pass', 'day', 15.00, 30, 0.10, false, true),
    (4, 'Tourist Weekly', 'day', 28.00, 45, 0.10, false, false),
    (5, 'Monthly Classic', 'monthly', 14.99, 30, 0.08, false, true),
    (6, 'Monthly Plus', 'monthly', 21.99, 45, 0.06, false, true),
    (7, 'Monthly Electric', 'monthly', 29.99, 45, 0.05, false, true),
    (8, 'Student Monthly', 'monthly', 8.99, 30, 0.08, true, true),
    (9, 'Off-Peak Monthly', 'monthly', 10.49, 20, 0.09, false, false),
    (10, 'Access Monthly', 'monthly', 5.00, 60, 0.04, true, true),
    (11, 'Annual Classic', 'annual', 120.00, 30, 0.07, false, true),
    (12, 'Annual Plus', 'annual', 180.00, 45, 0.05, false, true),
    (13, 'Annual Electric', 'annual', 249.00, 60, 0.04, false, true),
    (14, 'Student Annual', 'annual', 79.00, 30, 0.07, true, true),
    (15, 'Senior Annual', 'annual', 65.00, 45, 0.07, true, true),
    (16, 'Family Annual', 'annual', 299.00, 45, 0.06, false, true),
    (17, 'NHS Staff Annual', 'annual', 60.00, 60, 0.05, true, false),
    (18, 'Corporate Basic', 'annual', 99.00, 30, 0.06, false, true),
    (19, 'Corporate Premium', 'annual', 210.00, 60, 0.03, false, true),
    (20, 'Founders Annual', 'annual', 50.00, 60, 0.05, false, false);

INSERT INTO members
SELECT i,
       (ARRAY['Maya', 'Liam', 'Sofia', 'Ethan', 'Zara', 'Lucas', 'Nina', 'Omar', 'Chloe',
              'Ravi', 'Hannah', 'Felix', 'Amira', 'Jonas', 'Bella', 'Kofi', 'Elena', 'Marcus',
              'Ines', 'Tariq', 'Lucy', 'Mateo', 'Freya', 'Sami', 'Greta', 'Hugo', 'Leah',
              'Yusuf', 'Clara', 'Dylan'])[1 + (i - 1) % 30]
       || ' ' ||
       (ARRAY['Fischer', 'Okafor', 'Lindqvist', 'Moreau', 'Brennan', 'Tanaka', 'Kowalski',
              'Haddad', 'Ferreira', 'Novak', 'Gallagher', 'Singh', 'Rossi', 'Andersen', 'Mbeki',
              'Dubois', 'Nakamura', 'Costa', 'Murphy', 'Petrov', 'Vargas', 'Osei', 'Larsen',
              'Keane', 'Ahmed', 'Romero', 'Walsh', 'Bianchi', 'Hughes', 'Sato'])
           [1 + ((i - 1) * 7 + (i - 1) / 30 * 11) % 30],
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'rider' || i || '@cyclemail.net' END,
       date '1952-02-11' + (i * 271) % 19000,
       CASE WHEN i % 7 = 0 THEN 5 WHEN i % 5 = 0 THEN 11 ELSE 1 + (i * 7) % 17 END,
       CASE WHEN i % 8 = 0 THEN NULL ELSE 1 + (i * 11) % 24 END,
       CASE WHEN i > 70 THEN current_date - (80 - i) * 4 ELSE date '2019-03-04' + i * 29 END,
       CASE WHEN i % 13 = 0 AND i <= 70 THEN date '2019-03-04' + i * 29 + 400 END,
       CASE WHEN i % 6 = 0 THEN i - 5 END,
       i % 3 <> 0
FROM generate_series(1, 80) AS i;

INSERT INTO bikes
SELECT i,
       'BK-' || (10000 + i * 37),
       (CASE WHEN i % 10 = 0 THEN 'cargo' WHEN i % 3 = 0 THEN 'electric' ELSE 'classic' END)
           ::bike_kind,
       CASE WHEN i % 10 = 0 THEN 'Longtail C1'
            WHEN i % 3 = 0 THEN CASE WHEN i % 2 = 0 THEN 'Volta E3' ELSE 'Volta E2' END
            WHEN i % 4 = 1 THEN 'Urban 7-Speed'
            ELSE 'Urban 3-Speed' END,
       CASE WHEN i % 9 = 0 OR i % 23 = 0 THEN NULL ELSE 1 + (i * 5) % 24 END,
       date '2018-04-01' + i * 17,
       CASE WHEN i % 23 = 0 THEN date '2018-04-01' + i * 17 + 1500 END,
       (i * 7717) % 9000 + (i % 10) / 10.0,
       CASE WHEN i % 3 = 0 AND i % 10 <> 0 THEN (i * 37) % 101 END
FROM generate_series(1, 120) AS i;

INSERT INTO trips
SELECT i,
       CASE WHEN i % 13 = 0 THEN 17 WHEN i % 29 = 0 THEN 42 ELSE 1 + (i * 11) % 70 END,
       1 + (i * 13) % 110,
       CASE WHEN i % 5 = 0 THEN 1 ELSE 1 + (i * 7) % 24 END,
       CASE WHEN i > 296 THEN NULL WHEN i % 6 = 0 THEN 7 ELSE 1 + (i * 5 + 3) % 22 END,
       s.started_at,
       CASE WHEN i <= 296 THEN s.started_at + (8 + (i * 17) % 50) * interval '1 minute' END,
       CASE WHEN i <= 296 THEN 0.40 + ((i * 919) % 1000) / 100.0 END,
       CASE WHEN i <= 296 THEN 0.50 + ((i * 457) % 700) / 100.0 END
FROM generate_series(1, 300) AS i,
     LATERAL (SELECT CASE
         WHEN i <= 150 THEN timestamp '2024-03-01 07:30' + i * interval '4 days 3 hours 17 minutes'
         WHEN i <= 296 THEN current_date - (297 - i) * interval '22 hours' + interval '8 hours'
         ELSE localtimestamp - (i - 290) * interval '6 minutes' END AS started_at) AS s;

INSERT INTO maintenance_jobs
SELECT i,
       CASE WHEN i % 8 = 0 THEN 12 ELSE 1 + (i * 7) % 100 END,
       r.reported_at,
       (ARRAY['brakes', 'puncture', 'chain', 'battery', 'lights', 'frame'])[1 + i % 6],
       (CASE WHEN i % 7 = 0 THEN 'urgent' WHEN i % 3 = 0 THEN 'low' ELSE 'normal' END)
           ::job_priority,
       CASE WHEN i <= 56 THEN (ARRAY['Dev Shah', 'Kasia Nowak', 'Tom Reilly', 'Aisha Bello'])
           [1 + i % 4] END,
       CASE WHEN i <= 52 AND i % 17 <> 0 THEN r.reported_at + (4 + i % 30) * interval '1 hour' END,
       CASE WHEN i <= 52 AND i % 17 <> 0 THEN 12 + (i * 463) % 180 + (i % 4) * 0.25 END
FROM generate_series(1, 60) AS i,
     LATERAL (SELECT CASE
         WHEN i <= 40 THEN timestamp '2023-05-10 08:00' + i * interval '23 days 5 hours'
         ELSE current_date - (61 - i) * 3 + interval '9 hours 30 minutes' END AS reported_at) AS r;

INSERT INTO payments
SELECT p.i,
       t.member_id,
       CASE WHEN p.purpose IN ('ride', 'late_fee') THEN t.trip_id END,
       t.ended_at + interval '2 minutes',
       CASE p.purpose WHEN 'ride' THEN t.fare_gbp WHEN 'late_fee' THEN 10.00
                      WHEN 'damage' THEN 45 + p.i
                      ELSE (ARRAY[14.99, 21.99, 120.00, 8.99])[1 + p.i % 4] END,
       CASE WHEN p.purpose = 'membership' AND p.i % 2 = 0 THEN 'direct_debit'
            ELSE (ARRAY['card', 'apple_pay', 'google_pay'])[1 + p.i % 3] END,
       p.purpose,
       p.i % 17 = 0
FROM (SELECT i, CASE WHEN i % 10 = 0 THEN 'late_fee' WHEN i % 37 = 0 THEN 'damage'
                     WHEN i % 3 = 0 THEN 'membership' ELSE 'ride' END AS purpose
      FROM generate_series(1, 200) AS i) AS p
JOIN trips AS t ON t.trip_id = p.i + 40;

INSERT INTO favourite_stations
SELECT m, 1 + (m * 5 + k * 7) % 24, date '2022-01-10' + m * 13 + k * 40
FROM generate_series(1, 60) AS m, generate_series(1, 1 + m % 3) AS k;
"""
