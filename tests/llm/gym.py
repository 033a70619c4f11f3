"""A fitness club schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

GYM: Final = """
CREATE TYPE booking_status AS ENUM ('booked', 'attended', 'no_show', 'cancelled');

CREATE TABLE plans (
    plan_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    monthly_fee_eur numeric(6, 2) NOT NULL,
    joining_fee_eur numeric(6, 2) NOT NULL DEFAULT 0,
    includes_classes boolean NOT NULL,
    includes_sauna boolean NOT NULL,
    min_term_months integer NOT NULL,
    is_available boolean NOT NULL DEFAULT true
);

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text,
    birth_date date NOT NULL,
    plan_id integer NOT NULL REFERENCES plans,
    joined_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('active', 'frozen', 'cancelled')),
    is_student boolean NOT NULL DEFAULT false
);

CREATE TABLE trainers (
    trainer_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text NOT NULL,
    specialty text NOT NULL
        CHECK (specialty IN ('strength', 'yoga', 'pilates', 'cycling', 'hiit', 'boxing')),
    hourly_rate_eur numeric(6, 2) NOT NULL,
    hired_on date NOT NULL,
    offers_personal_training boolean NOT NULL
);

CREATE TABLE class_types (
    class_type_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    category text NOT NULL CHECK (category IN ('cardio', 'strength', 'mind_body', 'dance', 'aqua')),
    duration_min integer NOT NULL,
    max_capacity integer NOT NULL,
    intensity text NOT NULL CHECK (intensity IN ('low', 'moderate', 'high')),
    is_beginner_friendly boolean NOT NULL
);

CREATE TABLE sessions (
    session_id integer PRIMARY KEY,
    class_type_id integer NOT NULL REFERENCES class_types,
    trainer_id integer NOT NULL REFERENCES trainers,
    starts_at timestamp NOT NULL,
    room text NOT NULL CHECK (room IN ('studio_a', 'studio_b', 'spin_room', 'main_hall')),
    is_cancelled boolean NOT NULL DEFAULT false
);

CREATE TABLE bookings (
    booking_id serial PRIMARY KEY,
    session_id integer NOT NULL REFERENCES sessions,
    member_id integer NOT NULL REFERENCES members,
    booked_at timestamp NOT NULL,
    status booking_status NOT NULL,
    UNIQUE (session_id, member_id)
);

CREATE TABLE payments (
    payment_id serial PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    amount_eur numeric(8, 2) NOT NULL,
    paid_on date NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'direct_debit', 'cash')),
    kind text NOT NULL
        CHECK (kind IN ('membership', 'personal_training', 'day_pass', 'late_fee'))
);

CREATE TABLE pt_appointments (
    appointment_id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    trainer_id integer NOT NULL REFERENCES trainers,
    starts_at timestamp NOT NULL,
    duration_min integer NOT NULL,
    price_eur numeric(6, 2) NOT NULL,
    status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    notes text
);

INSERT INTO plans VALUES
    (1, 'Basic', 29.00, 0, false, false, 12, true),
    (2, 'Standard', 45.00, 25.00, true, false, 12, true),
    (3, 'Premium', 69.00, 25.00, true, true, 12, true),
    (4, 'Student', 24.50, 0, true, false, 6, true),
    (5, 'Off-Peak', 32.00, 15.00, false, false, 1, true),
    (6, 'Corporate', 55.00, 0, true, true, 12, true),
    (7, 'Platinum Annual', 89.00, 50.00, true, true, 12, false);

INSERT INTO members
SELECT i,
       (ARRAY['Aoife', 'Conor', 'Siobhan', 'Liam', 'Niamh', 'Sean', 'Ciara', 'Darragh',
              'Sinead', 'Eoin', 'Roisin', 'Cian', 'Grainne', 'Oisin', 'Emma', 'Jack', 'Sarah',
              'Adam', 'Laura', 'Luke', 'Chloe', 'Daniel', 'Hannah', 'Ryan', 'Katie', 'Nathan',
              'Megan', 'Patrick', 'Rachel', 'Mark', 'Fiona', 'Kevin', 'Orla', 'Tomasz', 'Ana',
              'Mateus', 'Priya', 'Wei', 'Fatima', 'Lukas'])[1 + (i - 1) % 40]
       || ' ' ||
       (ARRAY['Murphy', 'Kelly', 'Byrne', 'Ryan', 'Brady', 'Walsh', 'Sheridan', 'Doyle',
              'McCarthy', 'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn',
              'Moore', 'McLoughlin', 'Carroll', 'Connolly', 'Daly', 'Connell', 'Wilson',
              'Dunne', 'Brennan', 'Burke', 'Collins', 'Campbell', 'Clarke', 'Johnston',
              'Hughes', 'Farrell', 'Fitzgerald', 'Brown', 'Martin', 'Maguire', 'Nolan', 'Flynn',
              'Thompson', 'Bennett', 'Okafor'])[1 + (i * 7 + (i - 1) / 40 * 3) % 40],
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'member' || i || '@ironleafgym.ie' END,
       CASE WHEN i % 13 <> 0 THEN '+353 87 ' || lpad(((i * 7919) % 10000000)::text, 7, '0') END,
       date '1961-05-04' + (i * 397) % 16000,
       CASE WHEN i % 6 = 0 THEN 4 ELSE (ARRAY[1, 2, 2, 3, 5, 6, 1, 2])[1 + i % 8] END,
       CASE WHEN i > 72 THEN current_date - (i - 72) * 3 ELSE date '2019-02-11' + i * 29 END,
       CASE WHEN i > 72 THEN 'active' WHEN i % 10 = 0 THEN 'cancelled'
            WHEN i % 7 = 0 THEN 'frozen' ELSE 'active' END,
       i % 6 = 0
FROM generate_series(1, 80) AS i;

INSERT INTO trainers VALUES
    (1, 'Sofia Marino', 'sofia.marino@ironleafgym.ie', 'yoga', 55.00, '2016-03-14', true),
    (2, 'Marcus Reid', 'marcus.reid@ironleafgym.ie', 'strength', 72.50, '2014-09-01', true),
    (3, 'Aisling Fennelly', 'aisling.fennelly@ironleafgym.ie', 'pilates', 58.00, '2018-01-08',
     true),
    (4, 'Diego Herrera', 'diego.herrera@ironleafgym.ie', 'cycling', 48.00, '2019-06-17', false),
    (5, 'Grace Okonkwo', 'grace.okonkwo@ironleafgym.ie', 'hiit', 64.00, '2017-04-03', true),
    (6, 'Ben Carver', 'ben.carver@ironleafgym.ie', 'boxing', 68.00, '2020-02-24', true),
    (7, 'Lena Hoffmann', 'lena.hoffmann@ironleafgym.ie', 'yoga', 52.00, '2021-09-06', false),
    (8, 'Ruairi Doyle', 'ruairi.doyle@ironleafgym.ie', 'strength', 60.00, '2015-11-30', true),
    (9, 'Maya Lindqvist', 'maya.lindqvist@ironleafgym.ie', 'pilates', 57.00, '2022-05-09',
     false),
    (10, 'Kofi Mensah', 'kofi.mensah@ironleafgym.ie', 'hiit', 62.00, '2019-10-21', true),
    (11, 'Hannah Voss', 'hannah.voss@ironleafgym.ie', 'cycling', 45.00, '2023-03-13', false),
    (12, 'Jamie Lawlor', 'jamie.lawlor@ironleafgym.ie', 'strength', 75.00, current_date - 40,
     true);

INSERT INTO class_types VALUES
    (1, 'Spin Express', 'cardio', 30, 24, 'high', false),
    (2, 'Vinyasa Yoga', 'mind_body', 60, 20, 'moderate', true),
    (3, 'Body Pump', 'strength', 55, 30, 'high', false),
    (4, 'Pilates Core', 'mind_body', 45, 16, 'moderate', true),
    (5, 'Boxfit', 'cardio', 50, 18, 'high', false),
    (6, 'HIIT Blast', 'cardio', 40, 22, 'high', false),
    (7, 'Zumba', 'dance', 60, 35, 'moderate', true),
    (8, 'Kettlebell Basics', 'strength', 45, 12, 'moderate', true),
    (9, 'Stretch and Relax', 'mind_body', 75, 20, 'low', true),
    (10, 'Aqua Aerobics', 'aqua', 45, 25, 'low', true);

INSERT INTO sessions
SELECT i,
       t,
       CASE WHEN i % 4 = 0 THEN 1 + (i * 5) % 11 ELSE (ARRAY[4, 1, 2, 3, 6, 5, 10, 8, 7])[t] END,
       current_date - 90 + (i * 105) / 200 + make_interval(hours => 7 + (i * 5) % 13),
       (ARRAY['spin_room', 'studio_b', 'main_hall', 'studio_b', 'studio_a', 'main_hall',
              'studio_a', 'main_hall', 'studio_b'])[t],
       i % 17 = 0
FROM generate_series(1, 200) AS i, LATERAL (SELECT 1 + (i * 4) % 9 AS t) AS k;

INSERT INTO bookings (session_id, member_id, booked_at, status)
SELECT s.session_id,
       1 + (i * 11) % 72,
       least(s.starts_at - (1 + i % 5) * interval '1 day' - interval '2 hours',
             current_date - (1 + i % 4) * interval '1 day' + interval '9 hours'),
       (CASE WHEN s.starts_at >= current_date THEN 'booked'
             WHEN s.is_cancelled OR i % 9 = 0 THEN 'cancelled'
             WHEN i % 7 = 0 THEN 'no_show' ELSE 'attended' END)::booking_status
FROM generate_series(1, 240) AS i JOIN sessions AS s ON s.session_id = 1 + (i * 7) % 200;

INSERT INTO bookings (session_id, member_id, booked_at, status)
SELECT session_id, 27, starts_at - interval '2 days',
       (CASE WHEN is_cancelled THEN 'cancelled' ELSE 'attended' END)::booking_status
FROM sessions WHERE session_id IN (150, 160);

INSERT INTO payments (member_id, amount_eur, paid_on, method, kind)
SELECT m.member_id,
       CASE k.kind WHEN 'membership' THEN p.monthly_fee_eur
                   WHEN 'personal_training' THEN (ARRAY[55, 150, 260, 480])[1 + (i / 10) % 4]
                   WHEN 'day_pass' THEN 15 ELSE 10 END,
       current_date - (i * 37) % 401,
       CASE WHEN k.kind = 'membership' AND i % 5 <> 0 THEN 'direct_debit'
            WHEN k.kind IN ('day_pass', 'late_fee') AND i % 2 = 1 THEN 'cash' ELSE 'card' END,
       k.kind
FROM generate_series(1, 200) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 'personal_training'
                                WHEN i % 13 = 0 THEN 'day_pass'
                                WHEN i % 17 = 0 THEN 'late_fee'
                                ELSE 'membership' END AS kind) AS k
JOIN members AS m ON m.member_id = 1 + (i * 13) % 80
JOIN plans AS p ON p.plan_id = m.plan_id;

INSERT INTO payments (member_id, amount_eur, paid_on, method, kind)
SELECT member_id, 12 * 69.00 * 0.85, current_date - 123, 'card', 'membership'
FROM members WHERE member_id = 3;

INSERT INTO pt_appointments
SELECT i,
       1 + (i * 17) % 72,
       t.trainer_id,
       current_date - 75 + (i * 3) / 2 + make_interval(hours => 6 + (i * 7) % 14),
       d.minutes,
       round(t.hourly_rate_eur * d.minutes / 60, 2),
       CASE WHEN current_date - 75 + (i * 3) / 2 >= current_date THEN 'scheduled'
            WHEN i % 8 = 0 THEN 'cancelled' ELSE 'completed' END,
       CASE i % 6 WHEN 1 THEN 'knee rehab: no jumping' WHEN 4 THEN 'marathon prep' END
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT (ARRAY[30, 45, 60, 60, 90])[1 + i % 5] AS minutes) AS d
JOIN trainers AS t ON t.trainer_id = (ARRAY[1, 2, 3, 5, 6, 8, 10])[1 + i % 7];
"""
