"""A school schema designed for the planner's held-out questions, with deterministic rows."""

from typing import Final

SCHOOL: Final = """
CREATE TYPE term AS ENUM ('spring', 'summer', 'autumn');
CREATE TABLE departments (
    dept_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title    text NOT NULL,
    building text NOT NULL
);
CREATE TABLE teachers (
    teacher_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name  text NOT NULL,
    dept_id    integer NOT NULL REFERENCES departments,
    hired_on   date NOT NULL,
    salary     numeric(10, 2) NOT NULL,
    tenured    boolean NOT NULL
);
CREATE TABLE students (
    student_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name   text NOT NULL,
    city        text NOT NULL,
    email       text NOT NULL,
    enrolled_on date NOT NULL,
    graduated   boolean NOT NULL
);
CREATE TABLE courses (
    course_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text NOT NULL UNIQUE,
    title      text NOT NULL,
    dept_id    integer NOT NULL REFERENCES departments,
    teacher_id integer REFERENCES teachers,
    credits    integer NOT NULL
);
CREATE TABLE enrollments (
    enrollment_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    student_id    integer NOT NULL REFERENCES students,
    course_id     integer NOT NULL REFERENCES courses,
    term          term NOT NULL,
    year          integer NOT NULL,
    grade         numeric(3, 1)
);
INSERT INTO departments (title, building) VALUES ('Mathematics', 'North Hall'),
    ('Physics', 'North Hall'), ('History', 'South Hall'), ('Biology', 'East Wing'),
    ('Music', 'West Wing');
INSERT INTO teachers (full_name, dept_id, hired_on, salary, tenured)
SELECT (ARRAY['Ines', 'Omar', 'Lea', 'Piet', 'Yuki', 'Rosa'])[1 + i % 6] || ' '
       || (ARRAY['Marsh', 'Okafor', 'Lindqvist', 'Moreau'])[1 + i % 4],
       1 + i % 5, date '2008-09-01' + i * 400, 42000 + (i * 3700) % 30000, i % 3 <> 0
FROM generate_series(1, 12) i;
INSERT INTO students (full_name, city, email, enrolled_on, graduated)
SELECT (ARRAY['Ana', 'Ben', 'Chloe', 'Dario', 'Emil', 'Fatima', 'Greta', 'Hugo'])[1 + i % 8]
       || ' ' || (ARRAY['Silva', 'Berg', 'Novak', 'Roux', 'Kowalski'])[1 + i % 5],
       (ARRAY['Lyon', 'Porto', 'Graz', 'Turku', 'Bergen', 'Ghent'])[1 + i % 6],
       'student' || i || '@school.example', date '2020-09-01' + i * 13, i % 4 = 0
FROM generate_series(1, 120) i;
INSERT INTO courses (code, title, dept_id, teacher_id, credits)
SELECT 'C' || lpad(i::text, 3, '0'),
       (ARRAY['Linear Algebra', 'Calculus', 'Quantum Mechanics', 'Optics', 'Medieval Europe',
              'Modern History', 'Genetics', 'Ecology', 'Music Theory', 'Composition',
              'Statistics', 'Thermodynamics', 'Ancient Rome', 'Microbiology', 'Orchestration',
              'Number Theory', 'Astrophysics', 'World Wars', 'Botany', 'Jazz Harmony'])[i],
       1 + ((i - 1) / 2) % 5, CASE WHEN i % 7 = 0 THEN NULL ELSE 1 + i % 12 END,
       2 + i % 5
FROM generate_series(1, 20) i;
INSERT INTO enrollments (student_id, course_id, term, year, grade)
SELECT 1 + (i * 7) % 120, 1 + (i * 11) % 20, (ARRAY['spring', 'summer', 'autumn'])[1 + i % 3]::term,
       2021 + i % 4, CASE WHEN i % 10 = 0 THEN NULL ELSE round((4 + (i * 37) % 60 / 10.0), 1) END
FROM generate_series(1, 600) i;
ANALYZE;
"""
