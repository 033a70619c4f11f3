"""A property and car insurance schema with deterministic rows, for held-out questions."""

from typing import Final

INSURANCE: Final = """
CREATE TYPE policy_line AS ENUM ('auto', 'homeowners', 'renters');
CREATE TYPE policy_status AS ENUM ('active', 'lapsed', 'cancelled', 'expired');

CREATE TABLE adjusters (
    adjuster_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    license_no text NOT NULL UNIQUE,
    region text NOT NULL CHECK (region IN ('Northeast', 'Midwest', 'South', 'West')),
    hired_on date NOT NULL,
    supervisor_id integer REFERENCES adjusters (adjuster_id),
    is_independent boolean NOT NULL DEFAULT false,
    settlement_authority_usd numeric(10, 2) NOT NULL
);

CREATE TABLE policyholders (
    policyholder_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text NOT NULL,
    mailing_city text NOT NULL,
    state_code char(2) NOT NULL,
    date_of_birth date NOT NULL,
    customer_since date NOT NULL,
    loyalty_tier text NOT NULL CHECK (loyalty_tier IN ('standard', 'silver', 'gold')),
    referred_by_id integer REFERENCES policyholders (policyholder_id),
    credit_score integer
);

CREATE TABLE vehicles (
    vehicle_id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES policyholders (policyholder_id),
    vin text NOT NULL UNIQUE,
    make text NOT NULL,
    model text NOT NULL,
    model_year integer NOT NULL,
    license_plate text NOT NULL UNIQUE,
    annual_mileage integer NOT NULL,
    has_dashcam boolean NOT NULL DEFAULT false
);

CREATE TABLE properties (
    property_id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES policyholders (policyholder_id),
    street_address text NOT NULL UNIQUE,
    city text NOT NULL,
    dwelling_type text NOT NULL
        CHECK (dwelling_type IN ('single_family', 'condo', 'townhouse', 'apartment')),
    year_built integer NOT NULL,
    square_feet integer NOT NULL,
    rebuild_cost_usd numeric(12, 2) NOT NULL,
    in_flood_zone boolean NOT NULL DEFAULT false,
    has_monitored_alarm boolean NOT NULL DEFAULT false
);

CREATE TABLE policies (
    policy_id integer PRIMARY KEY,
    policy_number text NOT NULL UNIQUE,
    policyholder_id integer NOT NULL REFERENCES policyholders,
    line policy_line NOT NULL,
    vehicle_id integer REFERENCES vehicles,
    property_id integer REFERENCES properties,
    status policy_status NOT NULL,
    effective_date date NOT NULL,
    expiration_date date NOT NULL,
    annual_premium numeric(10, 2) NOT NULL,
    deductible numeric(8, 2) NOT NULL,
    coverage_limit numeric(12, 2) NOT NULL,
    cancelled_on date,
    is_paperless boolean NOT NULL DEFAULT false
);

CREATE TABLE claims (
    claim_id integer PRIMARY KEY,
    claim_number text NOT NULL UNIQUE,
    policy_id integer NOT NULL REFERENCES policies,
    adjuster_id integer REFERENCES adjusters,
    loss_date date NOT NULL,
    reported_at timestamp NOT NULL,
    cause_of_loss text NOT NULL CHECK (cause_of_loss IN ('collision', 'theft', 'vandalism',
        'hail', 'fire', 'water_damage', 'windstorm')),
    amount_claimed numeric(12, 2) NOT NULL,
    amount_settled numeric(12, 2),
    status text NOT NULL
        CHECK (status IN ('open', 'under_review', 'approved', 'denied', 'paid')),
    closed_on date,
    fraud_flag boolean NOT NULL DEFAULT false
);

CREATE TABLE premium_payments (
    payment_id integer PRIMARY KEY,
    policy_id integer NOT NULL REFERENCES policies,
    paid_at timestamp NOT NULL,
    amount_usd numeric(10, 2) NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'ach', 'check', 'autopay')),
    was_late boolean NOT NULL DEFAULT false
);

INSERT INTO adjusters VALUES
    (1, 'Denise Okafor', 'ADJ-NY-40211', 'Northeast', '2012-03-19', NULL, false, 250000),
    (2, 'Marcus Bell', 'ADJ-IL-17730', 'Midwest', '2015-08-03', 1, false, 100000),
    (3, 'Yolanda Reyes', 'ADJ-TX-55102', 'South', '2018-01-22', 1, false, 75000),
    (4, 'Trevor Lindqvist', 'ADJ-CO-90318', 'West', '2020-06-15', 1, true, 40000),
    (5, 'Hannah Whitfield', 'ADJ-PA-31144', 'Northeast', '2021-09-27', 2, false, 50000),
    (6, 'Raj Malhotra', 'ADJ-OH-22905', 'Midwest', '2016-11-07', 2, true, 60000),
    (7, 'Carla Jimenez', 'ADJ-FL-68820', 'South', '2023-04-10', 3, false, 25000),
    (8, 'Owen Fairbanks', 'ADJ-WA-71459', 'West', '2019-02-25', 4, false, 80000),
    (9, 'Grace Nakamura', 'ADJ-CA-80376', 'West', '2024-07-01', 4, true, 20000),
    (10, 'Luis Ortega', 'ADJ-GA-63017', 'South', '2025-01-13', 3, false, 15000);

INSERT INTO policyholders
SELECT i,
       (ARRAY['Ethan', 'Olivia', 'Mason', 'Ava', 'Logan', 'Sofia', 'Lucas', 'Chloe', 'Aiden',
              'Maya', 'Caleb', 'Zoe', 'Wyatt', 'Nora', 'Isaac', 'Leah', 'Owen', 'Stella',
              'Dylan', 'Hazel', 'Gavin', 'Ruby', 'Miles', 'Piper', 'Jonah', 'Naomi', 'Felix',
              'Tessa', 'Reid', 'Alma'])[i]
       || ' ' ||
       (ARRAY['Carter', 'Nguyen', 'Brooks', 'Foster', 'Hayes', 'Ramirez', 'Sullivan',
              'Patterson', 'Coleman', 'Jenkins', 'Perry', 'Powell', 'Long', 'Hughes', 'Flores',
              'Butler', 'Simmons', 'Bryant', 'Alexander', 'Russell', 'Griffin', 'Diaz', 'Myers',
              'Ford', 'Hamilton', 'Graham', 'Wallace', 'Cole', 'West', 'Ortiz'])[1 + (i * 7) % 30],
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'holder' || i || '@mailpost.com' END,
       '555-01' || lpad(i::text, 2, '0'),
       (ARRAY['Denver', 'Austin', 'Columbus', 'Raleigh', 'Portland', 'Tampa'])[1 + i % 6],
       (ARRAY['CO', 'TX', 'OH', 'NC', 'OR', 'FL'])[1 + i % 6],
       date '1951-02-11' + (i * 613) % 17000,
       date '2023-01-09' + i * 29,
       CASE WHEN i % 7 = 0 THEN 'gold' WHEN i % 3 = 0 THEN 'silver' ELSE 'standard' END,
       CASE WHEN i % 5 = 0 THEN i - 2 END,
       CASE WHEN i % 11 = 4 THEN NULL ELSE 560 + (i * 37) % 270 END
FROM generate_series(1, 30) AS i;

INSERT INTO vehicles
SELECT i,
       CASE WHEN i = 24 THEN 25 ELSE 1 + (i * 7) % 19 END,
       '1HG' || upper(md5('vin' || i)::text)::char(14),
       (ARRAY['Toyota', 'Honda', 'Ford', 'Subaru', 'Tesla', 'Chevrolet', 'Mazda'])[1 + i % 7],
       (ARRAY['Camry', 'Civic', 'F-150', 'Outback', 'Model 3', 'Silverado', 'CX-5'])[1 + i % 7],
       2008 + (i * 7) % 17,
       (ARRAY['CO', 'TX', 'OH', 'NC', 'OR', 'FL'])
           [1 + (CASE WHEN i = 24 THEN 25 ELSE 1 + (i * 7) % 19 END) % 6]
           || '-' || lpad((i * 4271 % 9000 + 1000)::text, 4, '0'),
       4000 + (i * 1733) % 19000,
       i % 4 = 0
FROM generate_series(1, 24) AS i;

INSERT INTO properties
SELECT i,
       1 + (i * 3 + 1) % 30,
       (100 + i * 37) || ' ' ||
       (ARRAY['Maple Ave', 'Cedar St', 'Lakeview Dr', 'Oak Ridge Rd', 'Pine Ct', 'Elm St',
              'Harbor Way', 'Birch Ln'])[1 + i % 8],
       (ARRAY['Denver', 'Austin', 'Columbus', 'Raleigh', 'Portland', 'Tampa'])[1 + (i * 5) % 6],
       (ARRAY['single_family', 'condo', 'single_family', 'townhouse', 'apartment'])[1 + i % 5],
       1921 + (i * 11) % 103,
       700 + (i * 389) % 3300,
       120000 + (i * 27191) % 480000,
       i % 6 = 1,
       i % 3 = 0
FROM generate_series(1, 16) AS i;

INSERT INTO policies
SELECT v.vehicle_id,
       'AU-' || (240000 + v.vehicle_id * 173),
       v.owner_id,
       'auto',
       v.vehicle_id,
       NULL,
       (CASE WHEN v.vehicle_id % 9 = 0 THEN 'cancelled' WHEN v.vehicle_id % 7 = 0 THEN 'lapsed'
             WHEN v.vehicle_id % 10 = 0 THEN 'expired' ELSE 'active' END)::policy_status,
       date '2023-02-01' + v.vehicle_id * 23,
       date '2023-02-01' + v.vehicle_id * 23 + 365,
       620 + (v.vehicle_id * 137) % 1900 + (v.vehicle_id % 4) * 0.25,
       (ARRAY[250, 500, 1000, 500])[1 + v.vehicle_id % 4],
       (ARRAY[50000, 100000, 300000])[1 + v.vehicle_id % 3],
       CASE WHEN v.vehicle_id % 9 = 0 THEN date '2023-02-01' + v.vehicle_id * 23 + 120 END,
       v.vehicle_id % 3 <> 0
FROM vehicles AS v;

INSERT INTO policies
SELECT 24 + p.property_id,
       CASE WHEN p.dwelling_type = 'apartment' THEN 'RN-' ELSE 'HO-' END
           || (510000 + p.property_id * 389),
       p.owner_id,
       (CASE WHEN p.dwelling_type = 'apartment' THEN 'renters' ELSE 'homeowners' END)
           ::policy_line,
       NULL,
       p.property_id,
       (CASE WHEN p.property_id % 9 = 0 THEN 'cancelled' WHEN p.property_id % 7 = 0 THEN 'lapsed'
             WHEN p.property_id % 5 = 3 THEN 'expired' ELSE 'active' END)::policy_status,
       date '2023-03-15' + p.property_id * 41,
       date '2023-03-15' + p.property_id * 41 + 365,
       CASE WHEN p.dwelling_type = 'apartment' THEN 180 + p.property_id * 7.5
            ELSE 900 + (p.property_id * 419) % 2800 END,
       (ARRAY[1000, 2500, 1000, 5000])[1 + p.property_id % 4],
       CASE WHEN p.dwelling_type = 'apartment' THEN 30000 ELSE p.rebuild_cost_usd END,
       CASE WHEN p.property_id % 9 = 0 THEN date '2023-03-15' + p.property_id * 41 + 200 END,
       p.property_id % 2 = 0
FROM properties AS p;

INSERT INTO claims
SELECT i,
       'CLM-' || extract(year FROM date '2023-03-05' + i * 27)
           || '-' || lpad((i * 71)::text, 5, '0'),
       1 + (i * 7) % 40,
       CASE WHEN i % 9 = 0 THEN NULL WHEN (i * 3) % 10 = 9 THEN 7 ELSE 1 + (i * 3) % 10 END,
       date '2023-03-05' + i * 27,
       date '2023-03-05' + i * 27 + (i % 5) + time '08:30' + (i * 37) % 600 * interval '1 minute',
       CASE WHEN 1 + (i * 7) % 40 <= 24
            THEN (ARRAY['collision', 'theft', 'vandalism', 'hail', 'collision'])[1 + i % 5]
            ELSE (ARRAY['fire', 'water_damage', 'windstorm', 'theft', 'water_damage'])[1 + i % 5]
       END,
       850 + (i * 3917) % 42000 + (i % 3) * 0.5,
       CASE WHEN i % 6 IN (2, 4) THEN round((850 + (i * 3917) % 42000) * 0.8, 2) END,
       CASE WHEN i % 9 = 0 THEN 'open' WHEN i % 6 = 2 THEN 'paid' WHEN i % 6 = 4 THEN 'approved'
            WHEN i % 5 = 1 THEN 'denied' WHEN i % 6 = 5 THEN 'under_review' ELSE 'open' END,
       CASE WHEN i % 6 = 2 OR (i % 5 = 1 AND i % 6 NOT IN (2, 4) AND i % 9 <> 0)
            THEN date '2023-03-05' + i * 27 + 40 + i % 30 END,
       i % 8 = 3
FROM generate_series(1, 36) AS i;

INSERT INTO premium_payments
SELECT i,
       1 + (i * 3) % 37,
       timestamp '2023-02-10 09:00' + i * interval '19 days 7 hours',
       (SELECT round(p.annual_premium / CASE WHEN i % 2 = 0 THEN 12 ELSE 1 END, 2)
          FROM policies AS p WHERE p.policy_id = 1 + (i * 3) % 37),
       (ARRAY['card', 'ach', 'autopay', 'check', 'autopay'])[1 + i % 5],
       i % 7 = 2
FROM generate_series(1, 40) AS i;
"""
