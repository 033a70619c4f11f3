"""A music school schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

MUSICSCHOOL: Final = """
CREATE TYPE instrument_family AS ENUM
    ('keyboard', 'strings', 'woodwind', 'brass', 'percussion', 'voice');
CREATE TYPE lesson_format AS ENUM ('private', 'group', 'masterclass');
CREATE TYPE exam_result AS ENUM ('distinction', 'merit', 'pass', 'fail');

CREATE TABLE instruments (
    instrument_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    family instrument_family NOT NULL,
    monthly_rental_fee numeric(6, 2),
    available_for_hire boolean NOT NULL DEFAULT false
);

CREATE TABLE teachers (
    teacher_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    main_instrument_id integer NOT NULL REFERENCES instruments (instrument_id),
    mentor_id integer REFERENCES teachers (teacher_id),
    hired_on date NOT NULL,
    hourly_rate numeric(6, 2) NOT NULL,
    contract text NOT NULL CHECK (contract IN ('full_time', 'part_time', 'visiting')),
    accepting_new_students boolean NOT NULL DEFAULT true
);

CREATE TABLE students (
    student_id integer PRIMARY KEY,
    full_name text NOT NULL,
    date_of_birth date NOT NULL,
    enrolled_on date NOT NULL,
    guardian_name text,
    email text,
    level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    has_scholarship boolean NOT NULL DEFAULT false,
    withdrawn_on date
);

CREATE TABLE lessons (
    lesson_id integer PRIMARY KEY,
    teacher_id integer NOT NULL REFERENCES teachers,
    student_id integer NOT NULL REFERENCES students,
    instrument_id integer NOT NULL REFERENCES instruments,
    starts_at timestamp NOT NULL,
    duration_minutes integer NOT NULL CHECK (duration_minutes IN (30, 45, 60)),
    format lesson_format NOT NULL DEFAULT 'private',
    room text NOT NULL,
    status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled', 'no_show'))
);

CREATE TABLE exams (
    exam_id integer PRIMARY KEY,
    student_id integer NOT NULL REFERENCES students,
    instrument_id integer NOT NULL REFERENCES instruments,
    exam_board text NOT NULL CHECK (exam_board IN ('ABRSM', 'Trinity', 'RSL')),
    grade_level smallint NOT NULL CHECK (grade_level BETWEEN 1 AND 8),
    sat_on date NOT NULL,
    entry_fee numeric(6, 2) NOT NULL,
    mark smallint,
    result exam_result
);

CREATE TABLE recitals (
    recital_id integer PRIMARY KEY,
    title text NOT NULL,
    venue text NOT NULL,
    held_on date NOT NULL,
    ticket_price numeric(6, 2) NOT NULL DEFAULT 0,
    seating_capacity integer NOT NULL,
    organiser_id integer REFERENCES teachers (teacher_id),
    is_open_to_public boolean NOT NULL DEFAULT true
);

CREATE TABLE recital_performances (
    performance_id integer PRIMARY KEY,
    recital_id integer NOT NULL REFERENCES recitals,
    student_id integer NOT NULL REFERENCES students,
    instrument_id integer NOT NULL REFERENCES instruments,
    piece_title text NOT NULL,
    composer text NOT NULL,
    accompanist_id integer REFERENCES teachers (teacher_id),
    running_order smallint NOT NULL,
    length_minutes numeric(4, 1) NOT NULL
);

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    student_id integer NOT NULL REFERENCES students,
    term text NOT NULL CHECK (term IN ('autumn', 'spring', 'summer')),
    issued_on date NOT NULL,
    due_on date NOT NULL,
    amount_due numeric(8, 2) NOT NULL,
    status text NOT NULL CHECK (status IN ('draft', 'sent', 'paid', 'overdue', 'void')),
    paid_on date
);

INSERT INTO instruments VALUES
    (1, 'Piano', 'keyboard', NULL, false),
    (2, 'Violin', 'strings', 18.50, true),
    (3, 'Cello', 'strings', 32.00, true),
    (4, 'Flute', 'woodwind', 15.00, true),
    (5, 'Clarinet', 'woodwind', 16.50, true),
    (6, 'Trumpet', 'brass', 14.00, true),
    (7, 'Drum Kit', 'percussion', NULL, false),
    (8, 'Classical Guitar', 'strings', 12.00, true),
    (9, 'Alto Saxophone', 'woodwind', 24.00, true),
    (10, 'Voice', 'voice', NULL, false),
    (11, 'Double Bass', 'strings', 45.00, true),
    (12, 'Harp', 'strings', 58.00, false),
    (13, 'French Horn', 'brass', 28.00, true),
    (14, 'Organ', 'keyboard', NULL, false);

INSERT INTO teachers VALUES
    (1, 'Helena Marsh', 'h.marsh@allegro-school.org', 1, NULL, '2009-09-01', 62.00,
     'full_time', true),
    (2, 'Tomasz Nowak', 't.nowak@allegro-school.org', 2, NULL, '2011-01-10', 58.00,
     'full_time', false),
    (3, 'Aisha Bello', NULL, 10, 1, '2016-04-18', 45.00, 'part_time', true),
    (4, 'Rupert Hale', 'rupert.hale@brassworks.co.uk', 6, NULL, '2013-09-02', 50.00,
     'visiting', true),
    (5, 'Mei Lin Zhou', 'm.zhou@allegro-school.org', 3, 2, '2018-09-03', 48.00,
     'part_time', true),
    (6, 'Diego Ferreira', 'd.ferreira@allegro-school.org', 8, NULL, '2015-02-16', 42.00,
     'full_time', true),
    (7, 'Clara Jensen', NULL, 4, 1, '2020-01-06', 40.00, 'part_time', false),
    (8, 'Oluwaseun Ade', 'seun.ade@gmail.com', 7, 6, '2021-09-01', 38.00, 'visiting', true),
    (9, 'Beatrix Olsen', 'b.olsen@allegro-school.org', 12, 2, '2019-05-13', 70.00,
     'visiting', false),
    (10, 'Samuel Okoro', NULL, 9, 4, '2022-08-29', 44.00, 'part_time', true),
    (11, 'Ingrid Vasquez', 'i.vasquez@allegro-school.org', 5, 7, '2023-01-09', 39.00,
     'part_time', true),
    (12, 'Felix Brandt', 'f.brandt@allegro-school.org', 1, 1, '2025-03-03', 47.00,
     'full_time', true);

INSERT INTO students
SELECT i,
       (ARRAY['Lucas', 'Maya', 'Ethan', 'Zara', 'Finn', 'Nadia', 'Reuben', 'Elif', 'Caleb',
              'Saoirse', 'Hugo', 'Amara', 'Jonah', 'Keira', 'Milo', 'Yasmin', 'Felix',
              'Harriet', 'Kofi', 'Imogen', 'Tobias', 'Leila', 'Rory', 'Anya', 'Dev',
              'Beatrice', 'Luca', 'Orla', 'Stanley', 'Wren'])[i]
       || ' ' ||
       (ARRAY['Abbott', 'Fischer', 'Mensah', 'Kowalski', 'Reid', 'Haddad', 'Lindqvist',
              'Yilmaz', 'Parry', 'Gallagher', 'Dubois', 'Nwosu', 'Sato', 'Blackwood',
              'Ortega', 'Rahman', 'Quinn', 'Pemberton', 'Asante', 'Doyle'])[1 + (i * 7) % 20],
       date '1996-02-11' + (i * 613) % 8400,
       date '2023-01-09' + (i * 37) % 1000,
       NULL,
       CASE WHEN i % 8 = 3 THEN NULL ELSE 'student' || i || '@allegro-school.org' END,
       CASE WHEN i % 5 = 0 THEN 'advanced' WHEN i % 3 = 0 THEN 'intermediate'
            ELSE 'beginner' END,
       i % 9 = 4,
       CASE WHEN i % 10 = 7 THEN date '2023-01-09' + (i * 37) % 1000 + 240 END
FROM generate_series(1, 30) AS i;

UPDATE students
SET guardian_name = (ARRAY['Paul', 'Sarah', 'Ahmed', 'Joanne', 'Kwame', 'Linda'])
                    [1 + student_id % 6] || ' ' || split_part(full_name, ' ', 2)
WHERE date_of_birth > date '2008-01-01' AND student_id % 7 <> 2;

INSERT INTO lessons
SELECT i,
       t.teacher_id,
       1 + (i * 11) % 28,
       t.main_instrument_id,
       date '2024-01-08' + i * 5 + time '15:00' + (i % 4) * interval '1 hour',
       (ARRAY[30, 45, 60])[1 + i % 3],
       (CASE WHEN i % 17 = 0 THEN 'masterclass' WHEN i % 5 = 0 THEN 'group'
             ELSE 'private' END)::lesson_format,
       (ARRAY['Room 1', 'Room 2', 'Studio A', 'Recital Hall'])[1 + (i * 3) % 4],
       CASE WHEN i > 140 THEN 'scheduled' WHEN i % 11 = 0 THEN 'cancelled'
            WHEN i % 13 = 0 THEN 'no_show' ELSE 'completed' END
FROM generate_series(1, 150) AS i
JOIN teachers AS t
    ON t.teacher_id = CASE WHEN i % 19 = 4 THEN 3 ELSE 1 + (i * 5) % 11 END;

INSERT INTO exams
SELECT i,
       s,
       (ARRAY[1, 2, 3, 4, 5, 8, 10, 1, 2, 6])[1 + i % 10],
       CASE WHEN i % 7 = 0 THEN 'RSL' WHEN i % 3 = 0 THEN 'Trinity' ELSE 'ABRSM' END,
       1 + (i * 3) % 8,
       date '2023-03-14' + i * 29,
       30 + (1 + (i * 3) % 8) * 9.5,
       m,
       (CASE WHEN m IS NULL THEN NULL WHEN m >= 130 THEN 'distinction' WHEN m >= 120 THEN 'merit'
             WHEN m >= 100 THEN 'pass' ELSE 'fail' END)::exam_result
FROM generate_series(1, 36) AS i,
     LATERAL (SELECT 1 + (i * 11) % 26 AS s,
                     CASE WHEN i > 32 THEN NULL ELSE 88 + (i * 17) % 56 END AS m) AS x;

INSERT INTO recitals VALUES
    (1, 'Spring Showcase 2024', 'Main Hall', '2024-04-20', 5.00, 180, 1, true),
    (2, 'Summer Strings Evening', 'St Cecilia''s Church', '2024-07-06', 8.00, 120, 2, true),
    (3, 'Autumn Informal Concert', 'Recital Hall', '2024-10-19', 0, 60, 3, false),
    (4, 'Winter Gala 2024', 'Town Assembly Rooms', '2024-12-14', 12.50, 300, 1, true),
    (5, 'Brass & Winds Night', 'Main Hall', '2025-03-22', 6.00, 180, 4, true),
    (6, 'Spring Showcase 2025', 'Main Hall', '2025-05-17', 7.50, 180, NULL, true),
    (7, 'Young Performers Afternoon', 'Recital Hall', '2025-09-27', 0, 60, 6, false),
    (8, 'Winter Gala 2025', 'Town Assembly Rooms', '2025-12-13', 15.00, 320, 12, true);

INSERT INTO recital_performances
SELECT i,
       1 + (i - 1) / 5,
       1 + (i * 7) % 27,
       (ARRAY[1, 2, 3, 4, 8, 10, 6, 5, 9])[1 + i % 9],
       (ARRAY['Clair de Lune', 'Gymnopedie No. 1', 'The Swan', 'Syrinx', 'Recuerdos de la Alhambra',
              'Ave Maria', 'Trumpet Voluntary', 'Clarinet Concerto (Adagio)', 'Harlem Nocturne',
              'Prelude in E minor', 'Meditation from Thais', 'Romance in F'])[1 + i % 12],
       (ARRAY['Debussy', 'Satie', 'Saint-Saens', 'Debussy', 'Tarrega', 'Schubert', 'Clarke',
              'Mozart', 'Hagen', 'Chopin', 'Massenet', 'Beethoven'])[1 + i % 12],
       CASE WHEN i % 9 IN (1, 3) THEN NULL WHEN i % 4 = 0 THEN 12 ELSE 1 END,
       1 + (i - 1) % 5,
       3 + (i * 13) % 50 / 10.0
FROM generate_series(1, 38) AS i;

INSERT INTO invoices
SELECT i,
       'INV-' || extract(year FROM d)::int || '-' || lpad(i::text, 4, '0'),
       1 + (i * 13) % 29,
       (ARRAY['spring', 'summer', 'autumn'])[1 + (i - 1) % 3],
       d,
       d + 30,
       180 + (i * 47) % 520 + (i % 4) * 0.25,
       st,
       CASE WHEN st = 'paid' THEN d + 5 + (i * 3) % 20 END
FROM generate_series(1, 36) AS i,
     LATERAL (SELECT date '2023-01-05' + ((i - 1) / 3) * 112 + (i - 1) % 3 * 4 AS d,
                     CASE WHEN i % 13 = 0 THEN 'void' WHEN i > 34 THEN 'draft'
                          WHEN i % 6 = 0 THEN 'overdue' WHEN i % 7 = 3 THEN 'sent'
                          ELSE 'paid' END AS st) AS y;
"""
