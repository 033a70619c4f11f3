"""Two small schemas in one database, for verbs of counts, absences and flags: a speakers'
agency (speakers hired for conferences in halls with a hire fee) and a sports centre (courts
open to guests or not, coaches taking on clients, kits packed from equipment).
"""

from typing import Final

R4B_WORLD: Final = """
CREATE TABLE halls (
    hall_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    hire_fee numeric(8, 2) NOT NULL
);

CREATE TABLE conferences (
    conference_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    hall_id integer NOT NULL REFERENCES halls,
    held_on date NOT NULL,
    ticket_status text NOT NULL CHECK (ticket_status IN ('on_sale', 'sold_out')),
    attendee_count integer NOT NULL
);

CREATE TABLE speakers (
    speaker_id integer PRIMARY KEY,
    full_name text NOT NULL,
    topic text NOT NULL,
    usual_role text NOT NULL CHECK (usual_role IN ('keynote', 'host', 'panelist')),
    speaking_fee numeric(8, 2) NOT NULL
);

CREATE TABLE speaker_bookings (
    conference_id integer NOT NULL REFERENCES conferences,
    speaker_id integer NOT NULL REFERENCES speakers,
    agreed_fee numeric(8, 2) NOT NULL,
    PRIMARY KEY (conference_id, speaker_id)
);

CREATE TABLE workshops (
    workshop_id integer PRIMARY KEY,
    conference_id integer NOT NULL REFERENCES conferences,
    host_id integer NOT NULL REFERENCES speakers (speaker_id),
    title text NOT NULL
);

CREATE TABLE courts (
    court_id integer PRIMARY KEY,
    label text NOT NULL UNIQUE,
    surface text NOT NULL CHECK (surface IN ('clay', 'grass', 'hard')),
    is_open_to_guests boolean NOT NULL DEFAULT true,
    maintenance_status text NOT NULL CHECK (maintenance_status IN ('ok', 'repair')),
    available_for_booking boolean NOT NULL DEFAULT true
);

CREATE TABLE coaches (
    coach_id integer PRIMARY KEY,
    full_name text NOT NULL,
    sport text NOT NULL,
    accepting_new_clients boolean NOT NULL DEFAULT true
);

CREATE TABLE equipment (
    equipment_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    replacement_cost numeric(6, 2) NOT NULL
);

CREATE TABLE kits (
    kit_id integer PRIMARY KEY,
    coach_id integer NOT NULL REFERENCES coaches,
    packed_on date NOT NULL
);

CREATE TABLE kit_items (
    kit_id integer NOT NULL REFERENCES kits,
    equipment_id integer NOT NULL REFERENCES equipment,
    quantity integer NOT NULL,
    PRIMARY KEY (kit_id, equipment_id)
);

CREATE TABLE courses (
    course_id integer PRIMARY KEY,
    coach_id integer NOT NULL REFERENCES coaches,
    title text NOT NULL,
    began_on date NOT NULL,
    due_completion date NOT NULL
);

CREATE TABLE course_sessions (
    session_id integer PRIMARY KEY,
    course_id integer NOT NULL REFERENCES courses,
    planned_finish date NOT NULL
);

CREATE TABLE equipment_orders (
    order_id integer PRIMARY KEY,
    equipment_id integer NOT NULL REFERENCES equipment,
    needed_by date NOT NULL,
    ordered_on date NOT NULL
);

CREATE TABLE court_reports (
    report_id integer PRIMARY KEY,
    court_id integer NOT NULL REFERENCES courts,
    inspect_by date NOT NULL,
    created_at date NOT NULL
);

INSERT INTO halls VALUES
    (1, 'Corn Exchange', 'Leeds', 2400),
    (2, 'Assembly Rooms', 'Derby', 1800),
    (3, 'Guild Hall', 'Preston', 3100);

INSERT INTO conferences VALUES
    (1, 'Data North', 1, '2025-03-12', 'sold_out', 420),
    (2, 'Green Build', 2, '2025-05-20', 'on_sale', 180),
    (3, 'Retail Futures', 3, '2025-09-09', 'sold_out', 300),
    (4, 'Health Tech Day', 1, '2025-11-04', 'sold_out', 260);

INSERT INTO speakers VALUES
    (1, 'Ama Boateng', 'data', 'keynote', 900),
    (2, 'Iain Craig', 'energy', 'host', 650),
    (3, 'Lena Vogt', 'retail', 'panelist', 700),
    (4, 'Omar Said', 'health', 'keynote', 1200),
    (5, 'Rosa Pires', 'design', 'host', 500);

INSERT INTO speaker_bookings VALUES
    (1, 1, 900), (2, 1, 850), (4, 1, 900),
    (2, 2, 650), (3, 3, 700), (4, 4, 1200), (3, 2, 600);

INSERT INTO workshops VALUES
    (1, 1, 2, 'Dashboards that work'),
    (2, 1, 5, 'Design sprints'),
    (3, 2, 2, 'Heat pumps 101'),
    (4, 3, 3, 'Store layouts');

INSERT INTO courts VALUES
    (1, 'Court 1', 'hard', true, 'ok', true),
    (2, 'Court 2', 'clay', false, 'repair', false),
    (3, 'Court 3', 'grass', true, 'ok', true),
    (4, 'Centre Court', 'grass', false, 'ok', false);

INSERT INTO coaches VALUES
    (1, 'Nia Evans', 'tennis', true),
    (2, 'Piotr Nowak', 'squash', false),
    (3, 'Sara Lind', 'tennis', false),
    (4, 'Tom Hale', 'badminton', true);

INSERT INTO equipment VALUES
    (1, 'Ball hopper', 45),
    (2, 'Cone set', 12),
    (3, 'Speed ladder', 25),
    (4, 'Ball machine', 900),
    (5, 'Agility hurdles', 30);

INSERT INTO kits VALUES
    (1, 1, '2025-04-01'),
    (2, 3, '2025-04-08'),
    (3, 4, '2025-05-02');

INSERT INTO kit_items VALUES
    (1, 1, 2), (1, 2, 1), (1, 3, 1), (2, 2, 3), (3, 3, 1), (3, 2, 2);

INSERT INTO courses VALUES
    (1, 1, 'Junior tennis', '2025-01-10', '2025-06-30'),
    (2, 2, 'Squash basics', '2025-09-01', '2026-02-28'),
    (3, 4, 'Badminton club', '2025-10-01', '2026-03-31'),
    (4, 1, 'Adult tennis', '2024-09-01', '2025-03-31');

INSERT INTO course_sessions VALUES
    (1, 1, '2025-02-01'), (2, 1, '2025-03-01'), (3, 2, '2025-12-01'),
    (4, 3, '2026-01-15'), (5, 4, '2025-01-20');

INSERT INTO equipment_orders VALUES
    (1, 1, '2025-01-10', '2024-12-01'),
    (2, 4, '2025-03-01', '2025-02-01'),
    (3, 2, '2026-01-05', '2025-11-20');

INSERT INTO court_reports VALUES
    (1, 1, '2025-01-15', '2024-12-20'),
    (2, 2, '2025-06-01', '2025-05-02'),
    (3, 4, '2026-02-01', '2025-12-30');
"""
