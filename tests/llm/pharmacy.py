"""A pharmacy chain schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

PHARMACY: Final = """
CREATE TYPE dosage_form AS ENUM ('tablet', 'capsule', 'liquid', 'injection', 'inhaler', 'cream');
CREATE TYPE rx_status AS ENUM ('active', 'completed', 'expired', 'cancelled', 'on_hold');
CREATE TYPE interaction_severity AS ENUM ('minor', 'moderate', 'major');

CREATE TABLE stores (
    store_id integer PRIMARY KEY,
    store_name text NOT NULL UNIQUE,
    city text NOT NULL,
    state char(2) NOT NULL,
    phone text NOT NULL,
    opened_on date NOT NULL,
    is_24_hour boolean NOT NULL DEFAULT false,
    has_drive_thru boolean NOT NULL DEFAULT false
);

CREATE TABLE pharmacists (
    pharmacist_id integer PRIMARY KEY,
    full_name text NOT NULL,
    license_no text NOT NULL UNIQUE,
    store_id integer NOT NULL REFERENCES stores,
    supervisor_id integer REFERENCES pharmacists (pharmacist_id),
    hired_on date NOT NULL,
    hourly_rate_usd numeric(6, 2) NOT NULL,
    can_immunize boolean NOT NULL DEFAULT false
);

CREATE TABLE patients (
    patient_id integer PRIMARY KEY,
    full_name text NOT NULL,
    date_of_birth date NOT NULL,
    phone text,
    email text,
    insurance_type text NOT NULL
        CHECK (insurance_type IN ('commercial', 'medicare', 'medicaid', 'cash')),
    home_store_id integer NOT NULL REFERENCES stores (store_id),
    registered_on date NOT NULL,
    has_auto_refill boolean NOT NULL DEFAULT false,
    allergies text
);

CREATE TABLE drugs (
    drug_id integer PRIMARY KEY,
    generic_name text NOT NULL UNIQUE,
    brand_name text,
    strength text NOT NULL,
    form dosage_form NOT NULL,
    dea_schedule text NOT NULL DEFAULT 'none'
        CHECK (dea_schedule IN ('none', 'II', 'III', 'IV', 'V')),
    unit_price_usd numeric(10, 2) NOT NULL,
    requires_refrigeration boolean NOT NULL DEFAULT false,
    manufacturer text NOT NULL
);

CREATE TABLE drug_interactions (
    drug_id integer NOT NULL REFERENCES drugs,
    interacting_drug_id integer NOT NULL REFERENCES drugs (drug_id),
    severity interaction_severity NOT NULL,
    note text,
    PRIMARY KEY (drug_id, interacting_drug_id)
);

CREATE TABLE prescriptions (
    prescription_id integer PRIMARY KEY,
    rx_number text NOT NULL UNIQUE,
    patient_id integer NOT NULL REFERENCES patients,
    drug_id integer NOT NULL REFERENCES drugs,
    prescriber_name text NOT NULL,
    written_on date NOT NULL,
    quantity integer NOT NULL,
    days_supply integer NOT NULL,
    refills_authorized integer NOT NULL DEFAULT 0,
    status rx_status NOT NULL,
    expires_on date NOT NULL
);

CREATE TABLE fills (
    fill_id integer PRIMARY KEY,
    prescription_id integer NOT NULL REFERENCES prescriptions,
    store_id integer NOT NULL REFERENCES stores,
    pharmacist_id integer NOT NULL REFERENCES pharmacists,
    filled_at timestamp NOT NULL,
    quantity_dispensed integer NOT NULL,
    refill_number integer NOT NULL DEFAULT 0,
    patient_copay numeric(8, 2) NOT NULL,
    insurance_paid numeric(8, 2) NOT NULL DEFAULT 0,
    status text NOT NULL CHECK (status IN ('ready', 'picked_up', 'returned_to_stock')),
    picked_up_at timestamp
);

INSERT INTO stores VALUES
    (1, 'Downtown Main Street', 'Portland', 'OR', '503-555-0141', '2009-05-12', true, false),
    (2, 'Pearl District', 'Portland', 'OR', '503-555-0188', '2014-08-01', false, true),
    (3, 'Eastside Plaza', 'Seattle', 'WA', '206-555-0112', '2011-03-21', true, true),
    (4, 'Capitol Hill', 'Seattle', 'WA', '206-555-0175', '2018-10-15', false, false),
    (5, 'Riverfront', 'Boise', 'ID', '208-555-0129', '2006-01-09', false, true),
    (6, 'Old Town', 'Sacramento', 'CA', '916-555-0163', '2020-06-30', false, false),
    (7, 'Midtown Crossing', 'Sacramento', 'CA', '916-555-0107', '2016-02-14', true, false),
    (8, 'Lakeview', 'Spokane', 'WA', '509-555-0150', '2022-11-07', false, true);

INSERT INTO pharmacists VALUES
    (1, 'Daniel Okafor', 'RPH-20417', 1, NULL, '2011-04-18', 74.50, true),
    (3, 'Priya Natarajan', 'RPH-31562', 2, NULL, '2014-07-21', 71.00, true),
    (4, 'Marcus Bell', 'RPH-18830', 3, NULL, '2012-02-06', 76.25, false),
    (5, 'Sofia Lindqvist', 'RPH-42275', 4, NULL, '2018-09-24', 66.80, true),
    (6, 'Tom Whitaker', 'RPH-09914', 5, NULL, '2006-01-02', 78.40, false),
    (7, 'Aisha Rahman', 'RPH-50381', 6, NULL, '2020-06-15', 63.10, true),
    (8, 'Kevin Tran', 'RPH-37746', 7, NULL, '2016-01-25', 69.90, false),
    (2, 'Hannah Reyes', 'RPH-45129', 1, 1, '2019-03-11', 58.75, true),
    (9, 'Laura Chen', 'RPH-56603', 1, 1, '2023-05-30', 55.20, false),
    (10, 'Jorge Alvarez', 'RPH-48852', 2, 3, '2021-10-04', 59.60, true),
    (11, 'Emily Novak', 'RPH-53317', 3, 4, '2022-08-15', 57.40, true),
    (12, 'Samuel Ortiz', 'RPH-27790', 3, 4, '2015-11-09', 68.30, false),
    (13, 'Grace Kim', 'RPH-58124', 5, 6, '2024-02-12', 54.90, true),
    (14, 'Ben Adeyemi', 'RPH-44068', 8, 8, '2022-10-17', 61.50, true);

INSERT INTO patients
SELECT i,
       (ARRAY['Maria', 'James', 'Linda', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David',
              'Susan', 'Carlos', 'Karen', 'Wei', 'Nancy', 'Ahmed', 'Betty', 'Joseph', 'Helen',
              'Thomas', 'Sandra', 'Hiroshi', 'Donna', 'Anthony', 'Carol', 'Mark', 'Ruth',
              'Steven', 'Sharon', 'Paul', 'Michelle', 'Andrew', 'Laura', 'Joshua', 'Dorothy',
              'Kenneth', 'Lisa', 'Fatima'])[i]
       || ' ' ||
       (ARRAY['Gonzalez', 'Whitfield', 'Park', 'Kowalski', 'Nguyen', 'Brennan', 'Hayes',
              'Castillo', 'Murphy', 'Mendoza', 'Foster', 'Zhang', 'Sullivan', 'Hassan', 'Greer',
              'Romano', 'Becker', 'Lindgren', 'Ortega', 'Tanaka', 'Fischer', 'Russo', 'Dunn',
              'Holloway', 'Pearson', 'Kaplan', 'Wade', 'Morales', 'Sato', 'Jensen', 'Ramsey',
              'Vaughn', 'Pratt', 'Oduya', 'Harmon', 'Siddiqui'])[i],
       date '1938-02-11' + (i * 1291) % 27000,
       CASE WHEN i % 8 = 0 THEN NULL ELSE '555-01' || lpad((i * 37 % 100)::text, 2, '0') END,
       CASE WHEN i % 5 = 0 OR i % 7 = 0 THEN NULL ELSE 'patient' || i || '@example.com' END,
       CASE WHEN (date '1938-02-11' + (i * 1291) % 27000) < date '1959-01-01' THEN 'medicare'
            WHEN i % 6 = 0 THEN 'medicaid' WHEN i % 11 = 0 THEN 'cash' ELSE 'commercial' END,
       CASE WHEN i % 9 = 0 THEN 3 ELSE 1 + (i * 5) % 8 END,
       date '2023-01-09' + i * 29,
       i % 3 = 0,
       CASE i % 6 WHEN 1 THEN 'penicillin' WHEN 4 THEN 'sulfa drugs' END
FROM generate_series(1, 36) AS i;

INSERT INTO drugs VALUES
    (1, 'atorvastatin', 'Lipitor', '20 mg', 'tablet', 'none', 0.85, false, 'Pfizer'),
    (2, 'metformin', 'Glucophage', '500 mg', 'tablet', 'none', 0.12, false, 'Bristol-Myers Squibb'),
    (3, 'lisinopril', 'Zestril', '10 mg', 'tablet', 'none', 0.18, false, 'AstraZeneca'),
    (4, 'amoxicillin', 'Amoxil', '500 mg', 'capsule', 'none', 0.35, false, 'GSK'),
    (5, 'insulin glargine', 'Lantus', '100 units/mL', 'injection', 'none', 28.40, true, 'Sanofi'),
    (6, 'albuterol', 'Ventolin HFA', '90 mcg/actuation', 'inhaler', 'none', 4.10, false, 'GSK'),
    (7, 'oxycodone', 'OxyContin', '10 mg', 'tablet', 'II', 3.25, false, 'Purdue Pharma'),
    (8, 'alprazolam', 'Xanax', '0.5 mg', 'tablet', 'IV', 0.60, false, 'Pfizer'),
    (9, 'warfarin', 'Coumadin', '5 mg', 'tablet', 'none', 0.22, false, 'Bristol-Myers Squibb'),
    (10, 'sertraline', 'Zoloft', '50 mg', 'tablet', 'none', 0.40, false, 'Pfizer'),
    (11, 'fluticasone', 'Flovent HFA', '110 mcg/actuation', 'inhaler', 'none', 6.75, false, 'GSK'),
    (12, 'adalimumab', 'Humira', '40 mg/0.8 mL', 'injection', 'none', 3150.00, true, 'AbbVie'),
    (13, 'semaglutide', 'Ozempic', '1 mg/dose', 'injection', 'none', 245.50, true, 'Novo Nordisk'),
    (14, 'levothyroxine', 'Synthroid', '50 mcg', 'tablet', 'none', 0.30, false, 'AbbVie'),
    (15, 'omeprazole', 'Prilosec', '20 mg', 'capsule', 'none', 0.25, false, 'AstraZeneca'),
    (16, 'amphetamine salts', 'Adderall', '20 mg', 'tablet', 'II', 2.90, false, 'Teva'),
    (17, 'hydrocodone-acetaminophen', 'Norco', '5/325 mg', 'tablet', 'II', 0.95, false, 'Allergan'),
    (18, 'cephalexin', 'Keflex', '250 mg/5 mL', 'liquid', 'none', 0.45, true, 'Teva'),
    (19, 'hydrocortisone', NULL, '1%', 'cream', 'none', 0.08, false, 'Johnson & Johnson'),
    (20, 'tramadol', 'Ultram', '50 mg', 'tablet', 'IV', 0.55, false, 'Janssen'),
    (21, 'epinephrine', 'EpiPen', '0.3 mg', 'injection', 'none', 325.00, false, 'Mylan'),
    (22, 'testosterone cypionate', 'Depo-Testosterone', '200 mg/mL', 'injection', 'III', 18.20,
        false, 'Pfizer'),
    (23, 'mupirocin', NULL, '2%', 'cream', 'none', 1.15, false, 'GSK'),
    (24, 'clopidogrel', 'Plavix', '75 mg', 'tablet', 'none', 0.50, false, 'Bristol-Myers Squibb'),
    (25, 'guaifenesin', 'Robitussin', '100 mg/5 mL', 'liquid', 'none', 0.06, false, 'Haleon');

INSERT INTO drug_interactions VALUES
    (9, 24, 'major', 'Increased bleeding risk'),
    (9, 10, 'moderate', 'SSRIs may raise INR'),
    (9, 15, 'minor', 'Monitor INR'),
    (1, 9, 'moderate', 'May potentiate anticoagulant effect'),
    (7, 8, 'major', 'Respiratory depression'),
    (17, 8, 'major', 'Respiratory depression'),
    (20, 10, 'major', 'Serotonin syndrome risk'),
    (7, 20, 'major', 'Additive CNS depression'),
    (24, 15, 'moderate', 'Reduced antiplatelet effect'),
    (14, 15, 'minor', 'Reduced absorption'),
    (2, 13, 'minor', 'Hypoglycemia risk'),
    (16, 10, 'moderate', 'Serotonin syndrome risk');

INSERT INTO prescriptions
SELECT i,
       'RX' || (400100 + i * 37),
       1 + (i * 5) % 31,
       CASE WHEN i % 9 = 0 THEN 1 ELSE 1 + (i * 7) % 20 END,
       (ARRAY['Dr. Anita Patel', 'Dr. Samuel Greene', 'Dr. Olivia Marsh', 'Dr. Rafael Ortiz',
              'Dr. Mei Lin', 'Dr. George Abbott'])[1 + (i * 5) % 6],
       date '2024-02-01' + i * 17,
       CASE WHEN i % 4 = 0 THEN 90 WHEN i % 4 = 1 THEN 30 WHEN i % 4 = 2 THEN 60 ELSE 20 END,
       CASE WHEN i % 4 = 0 THEN 90 WHEN i % 4 = 3 THEN 10 ELSE 30 END,
       (i * 3) % 7 % 6,
       (CASE WHEN i % 13 = 0 THEN 'cancelled' WHEN i % 10 = 0 THEN 'on_hold'
             WHEN i < 12 AND i % 2 = 0 THEN 'expired' WHEN i < 16 THEN 'completed'
             ELSE 'active' END)::rx_status,
       date '2024-02-01' + i * 17 + 365
FROM generate_series(1, 40) AS i;

UPDATE prescriptions SET quantity = 1 + prescription_id % 3, days_supply = 28
WHERE drug_id IN (SELECT drug_id FROM drugs WHERE form IN ('injection', 'inhaler'));

INSERT INTO fills
SELECT i,
       p.prescription_id,
       CASE WHEN i % 10 = 0 THEN 3 ELSE pa.home_store_id END,
       (SELECT CASE WHEN i % 2 = 0 THEN min(ph.pharmacist_id) ELSE max(ph.pharmacist_id) END
          FROM pharmacists ph
         WHERE ph.store_id = CASE WHEN i % 10 = 0 THEN 3 ELSE pa.home_store_id END
           AND ph.pharmacist_id <> 12),
       p.written_on + (i % 4) + CASE WHEN i > 34 THEN p.days_supply ELSE 0 END
           + interval '9 hours' + (i * 37 % 600) * interval '1 minute',
       p.quantity,
       CASE WHEN i > 34 THEN 1 ELSE 0 END,
       CASE WHEN pa.insurance_type = 'cash' THEN round(p.quantity * d.unit_price_usd, 2)
            WHEN pa.insurance_type = 'medicaid' THEN 1.00
            ELSE 5 + (i * 13) % 40 + (i % 3) * 0.25 END,
       CASE WHEN pa.insurance_type = 'cash' THEN 0
            ELSE greatest(round(p.quantity * d.unit_price_usd * 0.9, 2), 2.50) END,
       CASE WHEN i % 11 = 0 THEN 'returned_to_stock' WHEN i % 7 = 3 THEN 'ready'
            ELSE 'picked_up' END,
       CASE WHEN i % 11 <> 0 AND i % 7 <> 3
            THEN p.written_on + (i % 4) + CASE WHEN i > 34 THEN p.days_supply ELSE 0 END
                 + 1 + interval '16 hours' END
FROM generate_series(1, 40) AS i
JOIN prescriptions p ON p.prescription_id = 1 + (i * 3) % 34
JOIN patients pa ON pa.patient_id = p.patient_id
JOIN drugs d ON d.drug_id = p.drug_id;
"""
