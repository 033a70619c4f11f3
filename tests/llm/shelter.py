"""An animal shelter schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

SHELTER: Final = """
CREATE TYPE species_kind AS ENUM ('dog', 'cat', 'rabbit', 'guinea_pig', 'bird');
CREATE TYPE application_status AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

CREATE TABLE animals (
    animal_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    species species_kind NOT NULL,
    breed text,
    sex char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date date,
    intake_date date NOT NULL,
    intake_type text NOT NULL
        CHECK (intake_type IN ('stray', 'owner_surrender', 'transfer', 'returned')),
    status text NOT NULL
        CHECK (status IN ('available', 'adopted', 'fostered', 'in_medical_care')),
    kennel text,
    weight_kg numeric(5, 2) NOT NULL,
    is_neutered boolean NOT NULL DEFAULT false,
    microchip_number text UNIQUE
);

CREATE TABLE adopters (
    adopter_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text NOT NULL,
    city text NOT NULL,
    has_yard boolean NOT NULL,
    has_other_pets boolean NOT NULL DEFAULT false,
    registered_on date NOT NULL
);

CREATE TABLE applications (
    application_id integer PRIMARY KEY,
    animal_id integer NOT NULL REFERENCES animals,
    adopter_id integer NOT NULL REFERENCES adopters,
    submitted_at timestamptz NOT NULL,
    status application_status NOT NULL DEFAULT 'pending',
    home_visit_on date
);

CREATE TABLE adoptions (
    adoption_id serial PRIMARY KEY,
    application_id integer NOT NULL UNIQUE REFERENCES applications,
    animal_id integer NOT NULL REFERENCES animals,
    adopter_id integer NOT NULL REFERENCES adopters,
    adopted_on date NOT NULL,
    fee_usd numeric(7, 2) NOT NULL
);

CREATE TABLE treatments (
    treatment_id integer PRIMARY KEY,
    animal_id integer NOT NULL REFERENCES animals,
    treated_on date NOT NULL,
    procedure text NOT NULL CHECK (procedure IN
        ('vaccination', 'spay_neuter', 'dental', 'surgery', 'checkup', 'microchipping')),
    vet_name text NOT NULL,
    cost_usd numeric(8, 2) NOT NULL,
    duration_minutes integer NOT NULL,
    needs_follow_up boolean NOT NULL DEFAULT false
);

CREATE TABLE volunteers (
    volunteer_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text NOT NULL,
    phone text,
    joined_on date NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    has_driving_licence boolean NOT NULL DEFAULT false
);

CREATE TABLE shifts (
    shift_id integer PRIMARY KEY,
    volunteer_id integer NOT NULL REFERENCES volunteers,
    starts_at timestamptz NOT NULL,
    duration_hours numeric(3, 1) NOT NULL,
    duty text NOT NULL CHECK (duty IN
        ('dog_walking', 'cat_socialising', 'cleaning', 'front_desk', 'transport')),
    no_show boolean NOT NULL DEFAULT false
);

CREATE TABLE donations (
    donation_id integer PRIMARY KEY,
    donor_name text NOT NULL,
    adopter_id integer REFERENCES adopters,
    amount_usd numeric(10, 2) NOT NULL,
    donated_on date NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer', 'cheque')),
    is_recurring boolean NOT NULL DEFAULT false,
    campaign text
);

INSERT INTO animals
SELECT i,
       CASE WHEN i <= 40 THEN
           (ARRAY['Bella', 'Milo', 'Luna', 'Max', 'Daisy', 'Charlie', 'Coco', 'Rocky', 'Nala',
                  'Buddy', 'Willow', 'Bear', 'Pepper', 'Duke', 'Mochi', 'Ziggy', 'Hazel',
                  'Biscuit', 'Olive', 'Tucker', 'Clover', 'Jasper', 'Maple', 'Bruno', 'Poppy',
                  'Gus', 'Juniper', 'Otis', 'Sadie', 'Murphy', 'Pumpkin', 'Rex', 'Ginger',
                  'Bandit', 'Marble', 'Scout', 'Peanut', 'Thor', 'Misty', 'Kiwi'])[i]
       ELSE
           (ARRAY['Rosie', 'Oreo', 'Winston', 'Pixel', 'Luke', 'Smokey', 'Tilly', 'Hank',
                  'Cinnamon', 'Ranger', 'Nutmeg', 'Apollo', 'Sunny', 'Bailey', 'Whiskers',
                  'Diesel', 'Fern', 'Moose', 'Sky', 'Tank', 'Honey', 'Zeus', 'Button',
                  'Copper', 'Snowball', 'Koda', 'Lulu', 'Ace', 'Dusty', 'Ruby', 'Shadow',
                  'Mabel', 'Bolt', 'Pickles', 'Blue', 'Cleo', 'Archie', 'Fudge', 'Rusty',
                  'Dottie'])[i - 40]
       END,
       s.species,
       CASE s.species
           WHEN 'dog' THEN CASE WHEN i % 13 = 0 THEN NULL ELSE
               (ARRAY['Labrador Retriever', 'German Shepherd', 'Staffordshire Bull Terrier',
                      'Beagle', 'Border Collie', 'Greyhound', 'Chihuahua', 'Boxer'])
                   [1 + (i / 2) % 8] END
           WHEN 'cat' THEN
               (ARRAY['Domestic Shorthair', 'Domestic Longhair', 'Siamese', 'Maine Coon',
                      'Domestic Shorthair', 'Bengal'])[1 + (i / 2) % 6]
           WHEN 'rabbit' THEN (ARRAY['Holland Lop', 'Rex'])[1 + (i / 10) % 2]
           WHEN 'bird' THEN (ARRAY['Budgerigar', 'Cockatiel'])[1 + (i / 20) % 2]
       END,
       CASE WHEN (i * 3) % 7 < 3 THEN 'F' ELSE 'M' END,
       CASE WHEN i % 11 = 0 THEN NULL
            ELSE date '2023-01-09' + i * 9 - 200 - (i * 97) % 3600 END,
       CASE WHEN i > 74 THEN current_date - (80 - i) * 4 ELSE date '2023-01-09' + i * 9 END,
       (ARRAY['owner_surrender', 'stray', 'transfer', 'stray', 'owner_surrender', 'returned'])
           [1 + i % 6],
       s.status,
       CASE WHEN s.status IN ('adopted', 'fostered') THEN NULL
            WHEN s.status = 'in_medical_care' THEN 'CLINIC-' || (1 + i % 3)
            WHEN s.species = 'dog' THEN 'D-' || lpad((1 + i % 24)::text, 2, '0')
            WHEN s.species = 'cat' THEN 'C-' || lpad((1 + i % 18)::text, 2, '0')
            ELSE 'S-' || lpad((1 + i % 6)::text, 2, '0') END,
       CASE s.species
           WHEN 'dog' THEN CASE WHEN (i / 2) % 8 = 6 AND i % 13 <> 0 THEN 2.1 + (i % 5) * 0.3
                                ELSE 8 + (i * 37) % 30 + (i % 9) * 0.1 END
           WHEN 'cat' THEN 3 + (i % 5) * 0.7
           WHEN 'rabbit' THEN 1.6 + (i % 3) * 0.4
           WHEN 'guinea_pig' THEN 0.9 + (i % 4) * 0.1
           ELSE 0.08 + (i % 3) * 0.03
       END,
       i % 4 <> 1,
       CASE WHEN s.species IN ('dog', 'cat') AND i % 8 <> 0
            THEN '9810' || lpad((i * 7919)::text, 11, '0') END
FROM (
    SELECT i,
           (CASE WHEN i % 10 IN (1, 3, 5, 7) THEN 'dog' WHEN i % 10 IN (2, 4, 6, 8) THEN 'cat'
                 WHEN i % 10 = 9 THEN 'rabbit' WHEN i % 20 = 0 THEN 'bird'
                 ELSE 'guinea_pig' END)::species_kind AS species,
           CASE WHEN i % 3 = 0 AND i <= 74 THEN 'adopted' WHEN i % 7 = 0 THEN 'fostered'
                WHEN i % 11 = 5 THEN 'in_medical_care' ELSE 'available' END AS status
    FROM generate_series(1, 80) AS i
) AS s;

INSERT INTO adopters
SELECT i,
       (ARRAY['Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Ethan', 'Sophia', 'Mason', 'Isabella',
              'Logan', 'Mia', 'Lucas', 'Harper', 'Aiden', 'Evelyn', 'Caleb', 'Abigail',
              'Owen', 'Ella', 'Wyatt', 'Scarlett', 'Dylan', 'Chloe', 'Nathan', 'Zoe', 'Isaac',
              'Lily', 'Ryan', 'Hannah', 'Gabriel', 'Nora', 'Julian', 'Layla', 'Carter',
              'Aria', 'Jayden', 'Riley', 'Hudson', 'Stella', 'Miguel'])[i]
       || ' ' ||
       (ARRAY['Anderson', 'Nguyen', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
              'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Thomas', 'Moore', 'Jackson',
              'Martin', 'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark',
              'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright',
              'Scott', 'Torres', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
              'Hall', 'Rivera'])[1 + (i * 7) % 40],
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'adopter' || i || '@example.com' END,
       '503-555-' || lpad((100 + i * 13)::text, 4, '0'),
       (ARRAY['Portland', 'Beaverton', 'Gresham', 'Hillsboro', 'Lake Oswego', 'Tigard'])
           [1 + i % 6],
       i % 3 <> 0,
       i % 4 = 0,
       CASE WHEN i > 36 THEN current_date - (i - 36) * 9 ELSE date '2022-06-01' + i * 19 END
FROM generate_series(1, 40) AS i;

INSERT INTO applications
SELECT a.animal_id,
       a.animal_id,
       1 + (a.animal_id * 7) % 40,
       (d.adopted_on - 10) + time '14:30',
       'approved',
       d.adopted_on - 4
FROM animals AS a,
     LATERAL (SELECT CASE WHEN a.animal_id >= 66 THEN current_date - (72 - a.animal_id) * 5
                          ELSE a.intake_date + 20 + a.animal_id % 30 END AS adopted_on) AS d
WHERE a.status = 'adopted';

INSERT INTO applications
SELECT 100 + i,
       1 + (i * 13) % 80,
       CASE WHEN i IN (47, 49) THEN 3 ELSE 1 + (i * 11) % 36 END,
       CASE WHEN i > 45 THEN current_date - (50 - i) * 2 + time '10:15'
            ELSE timestamptz '2023-03-01 10:00+00' + i * interval '13 days 3 hours' END,
       (CASE WHEN i > 44 THEN 'pending' WHEN i % 5 = 0 THEN 'withdrawn'
             WHEN i % 3 = 0 THEN 'pending' ELSE 'rejected' END)::application_status,
       CASE WHEN i % 2 = 0 AND i <= 44
            THEN date '2023-03-08' + i * 13 END
FROM generate_series(1, 50) AS i;

INSERT INTO adoptions (application_id, animal_id, adopter_id, adopted_on, fee_usd)
SELECT p.application_id,
       p.animal_id,
       p.adopter_id,
       p.home_visit_on + 4,
       CASE WHEN p.animal_id % 9 = 0 THEN 0
            ELSE CASE a.species WHEN 'dog' THEN 150 + (p.animal_id % 4) * 50
                                WHEN 'cat' THEN 95 WHEN 'rabbit' THEN 60
                                WHEN 'bird' THEN 40 ELSE 25 END END
FROM applications AS p JOIN animals AS a ON a.animal_id = p.animal_id
WHERE p.status = 'approved'
ORDER BY p.application_id;

INSERT INTO treatments
SELECT i,
       1 + (i * 7) % 73,
       CASE WHEN i > 140 THEN current_date - (150 - i) * 3 ELSE date '2023-01-20' + i * 5 END,
       p.procedure,
       (ARRAY['Dr. Anita Rao', 'Dr. Marcus Bell', 'Dr. Sofia Lindqvist', 'Dr. Kwame Mensah'])
           [1 + (i / 3) % 4],
       CASE p.procedure WHEN 'vaccination' THEN 45 WHEN 'spay_neuter' THEN 180 + (i % 4) * 40
                        WHEN 'dental' THEN 320 WHEN 'surgery' THEN 800 + (i * 53) % 1500
                        WHEN 'checkup' THEN 60 ELSE 35 END,
       CASE p.procedure WHEN 'vaccination' THEN 15 WHEN 'spay_neuter' THEN 90
                        WHEN 'dental' THEN 60 WHEN 'surgery' THEN 120 + (i * 7) % 180
                        WHEN 'checkup' THEN 30 ELSE 10 END,
       p.procedure = 'surgery' OR i % 7 = 0
FROM generate_series(1, 150) AS i,
     LATERAL (SELECT (ARRAY['vaccination', 'checkup', 'spay_neuter', 'vaccination', 'dental',
                            'surgery', 'microchipping'])[1 + i % 7] AS procedure) AS p;

INSERT INTO volunteers
SELECT i,
       (ARRAY['Grace', 'Henry', 'Maya', 'Samuel', 'Leah', 'Victor', 'Naomi', 'Felix', 'Iris',
              'Oscar', 'Ruth', 'Elliot', 'Tessa', 'Marcus', 'June', 'Desmond', 'Priya',
              'Theo', 'Carmen', 'Rafael', 'Beatrice', 'Kenji', 'Yara', 'Quentin', 'Lydia',
              'Hugo', 'Wren', 'Dmitri', 'Opal', 'Silas'])[i]
       || ' ' ||
       (ARRAY['Okafor', 'Brennan', 'Castillo', 'Fischer', 'Park', 'Novak', 'Sullivan',
              'Duarte', 'Holm', 'Reyes', 'Kowalski', 'Ibrahim', 'Lindgren', 'Osei', 'Murray',
              'Tanaka', 'Shah', 'Byrne', 'Vega', 'Moreau'])[1 + (i * 3) % 20],
       'volunteer' || i || '@pawsrescue.org',
       CASE WHEN i % 6 = 0 THEN NULL ELSE '971-555-' || lpad((200 + i * 17)::text, 4, '0') END,
       CASE WHEN i > 27 THEN current_date - (i - 27) * 10 ELSE date '2019-04-01' + i * 83 END,
       i % 5 <> 0,
       i % 3 = 0
FROM generate_series(1, 30) AS i;

INSERT INTO shifts
SELECT i,
       1 + (i * 9) % 28,
       CASE WHEN i > 190 THEN (current_date + (i - 195)) + time '09:00'
            ELSE timestamptz '2024-01-03 08:00+00' + i * interval '2 days 3 hours' END,
       2 + ((i * 5) % 9) * 0.5,
       (ARRAY['dog_walking', 'cat_socialising', 'cleaning', 'front_desk', 'dog_walking',
              'transport'])[1 + i % 6],
       i % 17 = 0 AND i <= 190
FROM generate_series(1, 200) AS i;

INSERT INTO donations
SELECT i,
       CASE WHEN i % 3 = 0 THEN ad.full_name
            ELSE (ARRAY['Rose City Pet Supply', 'Harold Finch', 'Margaret Chen',
                        'Bridgetown Bakery', 'Walter Ames', 'Diane Foster', 'Cascade Vet Group',
                        'Patricia Olsen', 'Northwest Dog Club', 'Evan Whitaker'])
                     [1 + (i / 3) % 10] END,
       ad.adopter_id,
       CASE WHEN i % 10 = 0 THEN 1000 + (i * 137) % 4000 ELSE 10 + (i * 37) % 240 END,
       CASE WHEN i > 54 THEN current_date - (60 - i) * 7
            WHEN i > 50 THEN make_date(extract(year FROM current_date)::int - 1, i % 12, 15)
            ELSE date '2023-02-14' + i * 12 END,
       (ARRAY['card', 'cash', 'bank_transfer', 'card', 'cheque'])[1 + i % 5],
       i % 4 = 1,
       CASE i % 5 WHEN 0 THEN 'Winter Appeal' WHEN 1 THEN 'Giving Tuesday'
                  WHEN 3 THEN 'Clinic Fund' END
FROM generate_series(1, 60) AS i
LEFT JOIN adopters AS ad ON i % 3 = 0 AND ad.adopter_id = 1 + (i * 5) % 40;
"""
