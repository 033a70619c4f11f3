"""A vet practice, a language school and a window cleaner's round with deterministic rows, for
questions that name a column, a value or a table by an everyday word: "when does X expire", "who
runs X", "how much does it cost to join X", "X's date of birth", "our newest client". Dates are
relative to current_date.
"""

from typing import Final

WORDS_WORLD: Final = """
CREATE TABLE practices (
    practice_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    town text NOT NULL,
    head_vet text NOT NULL,
    consultation_fee_gbp numeric(6, 2) NOT NULL,
    team_size integer NOT NULL,
    sms_reminders integer NOT NULL,
    accepts_exotics boolean NOT NULL DEFAULT false,
    opened_on date NOT NULL
);

CREATE TABLE pets (
    pet_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    species text NOT NULL,
    dob date NOT NULL,
    weight_kg numeric(5, 1) NOT NULL,
    owner_name text NOT NULL,
    is_insured_pet boolean NOT NULL DEFAULT false,
    practice_id integer NOT NULL REFERENCES practices
);

CREATE TABLE vaccinations (
    vaccination_id integer PRIMARY KEY,
    certificate_no text NOT NULL UNIQUE,
    pet_id integer NOT NULL REFERENCES pets,
    vaccine text NOT NULL,
    given_on date NOT NULL,
    good_until date NOT NULL
);

CREATE TABLE courses (
    course_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    language text NOT NULL,
    lead_tutor text NOT NULL,
    weekly_rate_eur numeric(6, 2) NOT NULL,
    lessons_included integer NOT NULL,
    taken_for text NOT NULL CHECK (taken_for IN ('credit', 'leisure')),
    credit_points integer,
    pets_allowed boolean NOT NULL DEFAULT false,
    approved_on date NOT NULL,
    starts_on date NOT NULL,
    lapses_on date NOT NULL
);

CREATE TABLE learners (
    learner_id integer PRIMARY KEY,
    full_name text NOT NULL,
    date_of_birth date NOT NULL,
    invoice_cycle text NOT NULL CHECK (invoice_cycle IN ('monthly', 'annual')),
    is_scholarship_learner boolean NOT NULL DEFAULT false,
    plays text NOT NULL,
    course_id integer NOT NULL REFERENCES courses
);

CREATE TABLE accounts (
    account_id integer PRIMARY KEY,
    business_name text NOT NULL,
    town text NOT NULL,
    account_kind text NOT NULL CHECK (account_kind IN ('company', 'individual')),
    joined_on date NOT NULL
);

CREATE TABLE cleaning_jobs (
    job_id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts,
    done_on date NOT NULL,
    price_gbp numeric(6, 2) NOT NULL,
    was_complimentary boolean NOT NULL DEFAULT false,
    had_rain_delay boolean NOT NULL DEFAULT false,
    outcome text NOT NULL CHECK (outcome IN ('done', 'rejected', 'booked'))
);

INSERT INTO accounts VALUES
    (1, 'Tyne Bakery', 'Hexham', 'company', '2022-04-01'),
    (2, 'Wall Street Dental', 'Alnwick', 'company', '2023-09-15'),
    (3, 'Green Door Cafe', 'Hexham', 'company', '2024-02-20'),
    (4, 'Amble Marine Supplies', 'Amble', 'company', '2021-11-05'),
    (5, 'Mrs J Armstrong', 'Hexham', 'individual', '2024-06-30');

INSERT INTO cleaning_jobs VALUES
    (1, 1, '2025-01-10', 40.00, false, true, 'done'),
    (2, 1, '2025-02-10', 40.00, true, false, 'rejected'),
    (3, 2, '2025-01-22', 65.00, false, true, 'done'),
    (4, 4, '2025-03-03', 55.00, false, false, 'booked'),
    (5, 5, '2025-03-08', 20.00, true, true, 'rejected');

INSERT INTO practices VALUES
    (1, 'Riverside Vets', 'Hexham', 'Dr Amira Shah', 48.50, 12, 1450, true, '2009-03-01'),
    (2, 'Hilltop Animal Clinic', 'Alnwick', 'Dr Tom Reeve', 42.00, 7, 820, false, '2015-06-15'),
    (3, 'Coastline Pet Care', 'Amble', 'Dr Lucy Vance', 55.00, 9, 1010, true, '2020-01-10');

INSERT INTO pets VALUES
    (1, 'Biscuit', 'dog', '2019-04-12', 24.5, 'Jane Cole', true, 1),
    (2, 'Mittens', 'cat', '2021-08-30', 4.2, 'Ravi Patel', false, 1),
    (3, 'Pepper', 'rabbit', '2022-02-14', 2.1, 'Ola Nowak', false, 2),
    (4, 'Juniper', 'dog', '2016-11-03', 31.0, 'Sam Price', true, 3),
    (5, 'Socks', 'cat', '2018-07-21', 5.6, 'Ines Duarte', true, 2);

INSERT INTO vaccinations VALUES
    (1, 'VC-1001', 1, 'rabies', current_date - 340, current_date + 25),
    (2, 'VC-1002', 2, 'feline flu', current_date - 200, current_date + 165),
    (3, 'VC-1003', 3, 'myxomatosis', current_date - 380, current_date - 15),
    (4, 'VC-1004', 4, 'leptospirosis', current_date - 355, current_date + 10),
    (5, 'VC-1005', 5, 'feline flu', current_date - 700, current_date - 335),
    (6, 'VC-1006', 1, 'parvovirus', current_date - 100, current_date + 265);

INSERT INTO courses VALUES
    (1, 'Spanish for Travellers', 'Spanish', 'Carmen Ruiz', 120.00, 10, 'leisure', NULL, true,
        '2024-05-01', current_date - 30, current_date + 20),
    (2, 'Business German', 'German', 'Jonas Weber', 180.00, 24, 'credit', 6, false,
        '2025-01-10', current_date + 5, current_date + 90),
    (3, 'Italian Conversation', 'Italian', 'Giulia Conti', 95.00, 8, 'leisure', NULL, true,
        '2023-11-20', current_date - 200, current_date - 40),
    (4, 'Japanese Basics', 'Japanese', 'Haruto Sato', 150.00, 12, 'credit', 4, false,
        '2025-06-01', current_date + 10, current_date + 120);

INSERT INTO learners VALUES
    (1, 'Nadia Karim', '1994-05-17', 'monthly', true, 'piano', 1),
    (2, 'Owen Hughes', '1988-12-02', 'annual', false, 'guitar', 2),
    (3, 'Priya Nair', '2001-03-28', 'annual', true, 'piano', 2),
    (4, 'Mateo Silva', '1979-09-09', 'monthly', false, 'flute', 3);
"""
