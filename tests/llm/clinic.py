"""A clinic schema designed for the planner's fourth held-out set, with deterministic rows."""

from typing import Final

CLINIC: Final = """
CREATE TYPE visit_status AS ENUM ('scheduled', 'completed', 'cancelled', 'no_show');
CREATE TYPE dose_form AS ENUM ('tablet', 'syrup', 'injection', 'cream', 'inhaler');
CREATE TABLE specialties (
    specialty_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL UNIQUE
);
CREATE TABLE clinics (
    clinic_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name      text NOT NULL,
    city      text NOT NULL,
    opened_on date NOT NULL
);
CREATE TABLE doctors (
    doctor_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name    text NOT NULL,
    specialty_id integer NOT NULL REFERENCES specialties,
    clinic_id    integer NOT NULL REFERENCES clinics,
    email        text,
    hired_on     date NOT NULL,
    salary       numeric(10, 2) NOT NULL
);
CREATE TABLE patients (
    patient_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name     text NOT NULL,
    birth_date    date NOT NULL,
    city          text NOT NULL,
    insurer       text,
    registered_on date NOT NULL
);
CREATE TABLE appointments (
    appointment_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id     integer NOT NULL REFERENCES patients,
    doctor_id      integer NOT NULL REFERENCES doctors,
    scheduled_for  timestamp NOT NULL,
    checked_in_at  timestamp,
    status         visit_status NOT NULL,
    fee            numeric(8, 2) NOT NULL
);
CREATE TABLE medications (
    medication_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    form          dose_form NOT NULL,
    unit_price    numeric(8, 2) NOT NULL,
    stock         integer NOT NULL
);
CREATE TABLE prescriptions (
    prescription_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id  integer NOT NULL REFERENCES appointments,
    medication_id   integer NOT NULL REFERENCES medications,
    quantity        integer NOT NULL,
    refills         integer NOT NULL
);
CREATE TABLE payments (
    payment_id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id integer NOT NULL REFERENCES appointments,
    amount         numeric(8, 2) NOT NULL,
    method         text NOT NULL,
    paid_on        date NOT NULL
);
INSERT INTO specialties (name) VALUES ('Cardiology'), ('Dermatology'), ('Pediatrics'),
    ('Neurology'), ('Orthopedics');
INSERT INTO clinics (name, city, opened_on) VALUES
    ('Riverside Clinic', 'Leeds', '2011-03-01'), ('Harbor Health', 'Bristol', '2015-06-15'),
    ('Elm Street Practice', 'Leeds', '2019-01-10'), ('Northgate Medical', 'York', '2021-09-01');
INSERT INTO doctors (full_name, specialty_id, clinic_id, email, hired_on, salary)
SELECT (ARRAY['Amara', 'Bruno', 'Carmen', 'Dmitri', 'Elena', 'Felix', 'Grace', 'Hassan',
              'Iris', 'Jonas'])[i] || ' '
       || (ARRAY['Patel', 'Costa', 'Weber', 'Nakamura', 'Olsen'])[1 + i % 5],
       1 + i % 5, 1 + i % 4,
       CASE WHEN i % 4 = 0 THEN NULL ELSE 'doctor' || i || '@clinic.example' END,
       date '2010-01-01' + i * 300, 80000 + (i * 7300) % 50000
FROM generate_series(1, 10) i;
INSERT INTO patients (full_name, birth_date, city, insurer, registered_on)
SELECT (ARRAY['Alice', 'Bilal', 'Clara', 'David', 'Eva', 'Farid', 'Gina', 'Henrik', 'Isla',
              'Jamal', 'Kira', 'Luca'])[1 + i % 12] || ' '
       || (ARRAY['Hughes', 'Moreno', 'Fischer', 'Dubois', 'Ivanova', 'Kim', 'Larsen'])[1 + i % 7],
       date '1940-01-01' + i * 131, (ARRAY['Leeds', 'Bristol', 'York', 'Hull', 'Bath'])[1 + i % 5],
       CASE WHEN i % 6 = 0 THEN NULL
            ELSE (ARRAY['MediCare Plus', 'HealthFirst', 'CarePoint'])[1 + i % 3] END,
       date '2019-01-01' + i * 9
FROM generate_series(1, 200) i;
INSERT INTO appointments (patient_id, doctor_id, scheduled_for, checked_in_at, status, fee)
SELECT 1 + (i * i + i / 3) % 200, 1 + (i * i / 7) % 10,
       timestamp '2022-01-03 08:00' + i * interval '26 hours',
       CASE WHEN s = 'completed' THEN timestamp '2022-01-03 07:50' + i * interval '26 hours' END,
       s::visit_status, 60 + (i * 17) % 90
FROM generate_series(1, 1000) i,
     LATERAL (SELECT CASE WHEN i > 950 THEN 'scheduled' WHEN i % 9 = 0 THEN 'cancelled'
                          WHEN i % 13 = 0 THEN 'no_show' ELSE 'completed' END AS s) st;
INSERT INTO medications (name, form, unit_price, stock) VALUES
    ('Amoxicillin', 'tablet', 4.20, 340), ('Ibuprofen', 'tablet', 2.10, 820),
    ('Paracetamol', 'tablet', 1.50, 1200), ('Lisinopril', 'tablet', 6.80, 45),
    ('Metformin', 'tablet', 3.90, 260), ('Atorvastatin', 'tablet', 8.40, 130),
    ('Omeprazole', 'tablet', 5.30, 38), ('Salbutamol', 'inhaler', 12.50, 60),
    ('Cetirizine', 'tablet', 2.90, 410), ('Prednisolone', 'tablet', 7.10, 25),
    ('Insulin Glargine', 'injection', 38.00, 18), ('Amlodipine', 'tablet', 4.60, 150),
    ('Sertraline', 'tablet', 9.20, 95), ('Hydrocortisone', 'cream', 6.40, 70),
    ('Cough Relief', 'syrup', 5.80, 110);
INSERT INTO prescriptions (appointment_id, medication_id, quantity, refills)
SELECT 1 + (i * 13) % 1000, 1 + (i * 7) % 15, 10 + (i % 4) * 10, i % 4
FROM generate_series(1, 700) i;
INSERT INTO payments (appointment_id, amount, method, paid_on)
SELECT appointment_id, fee, (ARRAY['card', 'cash', 'insurance'])[1 + appointment_id % 3],
       scheduled_for::date + appointment_id % 10
FROM appointments WHERE status = 'completed' AND appointment_id % 5 <> 0;
ANALYZE;
"""
