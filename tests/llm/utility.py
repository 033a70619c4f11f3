"""An energy utility's billing schema with deterministic rows, for held-out planner questions."""

from typing import Final

UTILITY: Final = """
CREATE TYPE fuel_type AS ENUM ('electricity', 'gas');
CREATE TYPE meter_kind AS ENUM ('smart', 'credit', 'prepayment', 'economy7');
CREATE TYPE bill_status AS ENUM ('issued', 'paid', 'overdue', 'disputed', 'cancelled');

CREATE TABLE tariffs (
    tariff_id integer PRIMARY KEY,
    tariff_name text NOT NULL UNIQUE,
    fuel fuel_type NOT NULL,
    unit_rate_pence numeric(6, 3) NOT NULL,
    standing_charge_pence numeric(6, 3) NOT NULL,
    is_fixed boolean NOT NULL,
    is_green boolean NOT NULL DEFAULT false,
    exit_fee_gbp numeric(6, 2) NOT NULL DEFAULT 0,
    available_from date NOT NULL,
    withdrawn_on date
);

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    account_number text NOT NULL UNIQUE,
    full_name text NOT NULL,
    email text,
    phone text NOT NULL,
    customer_type text NOT NULL CHECK (customer_type IN ('residential', 'business', 'charity')),
    on_priority_register boolean NOT NULL DEFAULT false,
    preferred_contact text NOT NULL CHECK (preferred_contact IN ('email', 'sms', 'post')),
    joined_on date NOT NULL,
    account_closed_on date
);

CREATE TABLE premises (
    premise_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    address_line text NOT NULL,
    town text NOT NULL,
    postcode text NOT NULL,
    property_type text NOT NULL
        CHECK (property_type IN ('detached', 'semi_detached', 'terraced', 'flat', 'commercial')),
    has_solar_panels boolean NOT NULL DEFAULT false,
    supply_start_date date NOT NULL
);

CREATE TABLE meters (
    meter_id integer PRIMARY KEY,
    serial_number text NOT NULL UNIQUE,
    premise_id integer NOT NULL REFERENCES premises,
    tariff_id integer NOT NULL REFERENCES tariffs,
    kind meter_kind NOT NULL,
    installed_on date NOT NULL,
    removed_on date,
    replaces_meter_id integer REFERENCES meters (meter_id),
    last_inspected_on date
);

CREATE TABLE meter_readings (
    reading_id serial PRIMARY KEY,
    meter_id integer NOT NULL REFERENCES meters,
    read_at timestamp NOT NULL,
    register_kwh numeric(10, 1) NOT NULL,
    read_source text NOT NULL CHECK (read_source IN ('smart', 'customer', 'engineer', 'estimated'))
);

CREATE TABLE bills (
    bill_id integer PRIMARY KEY,
    bill_number text NOT NULL UNIQUE,
    customer_id integer NOT NULL REFERENCES customers,
    premise_id integer NOT NULL REFERENCES premises,
    period_start date NOT NULL,
    period_end date NOT NULL,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    consumption_kwh numeric(10, 1) NOT NULL,
    amount_gbp numeric(10, 2) NOT NULL,
    status bill_status NOT NULL
);

CREATE TABLE payments (
    payment_id serial PRIMARY KEY,
    bill_id integer NOT NULL REFERENCES bills,
    paid_at timestamp NOT NULL,
    amount_gbp numeric(10, 2) NOT NULL,
    method text NOT NULL
        CHECK (method IN ('direct_debit', 'card', 'bank_transfer', 'paypoint_cash')),
    is_reversed boolean NOT NULL DEFAULT false
);

CREATE TABLE outages (
    outage_id integer PRIMARY KEY,
    incident_ref text NOT NULL UNIQUE,
    premise_id integer NOT NULL REFERENCES premises,
    started_at timestamp NOT NULL,
    restored_at timestamp,
    cause text NOT NULL
        CHECK (cause IN ('storm', 'equipment_failure', 'planned_maintenance',
                         'third_party_damage')),
    is_planned boolean NOT NULL,
    compensation_gbp numeric(8, 2)
);

INSERT INTO tariffs VALUES
    (1, 'Standard Variable Electricity', 'electricity', 27.350, 53.350, false, false, 0,
     '2021-04-01', NULL),
    (2, 'Standard Variable Gas', 'gas', 6.890, 29.600, false, false, 0, '2021-04-01', NULL),
    (3, 'Fix & Save 12M Electricity', 'electricity', 24.800, 48.100, true, false, 75,
     '2023-01-15', '2024-06-30'),
    (4, 'Fix & Save 12M Gas', 'gas', 6.120, 27.900, true, false, 75, '2023-01-15', '2024-06-30'),
    (5, 'Green Fix 24M Electricity', 'electricity', 25.950, 51.200, true, true, 150,
     '2023-09-01', NULL),
    (6, 'Economy 7 Night Saver', 'electricity', 22.150, 55.050, false, false, 0,
     '2020-02-01', NULL),
    (7, 'EV Overnight', 'electricity', 19.750, 58.400, false, true, 0, '2024-03-01', NULL),
    (8, 'Business Fixed 36M', 'electricity', 23.400, 92.000, true, true, 250,
     '2022-05-01', '2025-01-31'),
    (9, 'Business Gas Flex', 'gas', 7.450, 61.300, false, false, 0, '2022-05-01', NULL);

INSERT INTO customers VALUES
    (1, 'UT-100231', 'Eleanor Whitfield', 'eleanor.whitfield@postbox.co.uk', '0114 496 0231',
     'residential', true, 'email', '2019-03-12', NULL),
    (2, 'UT-100257', 'Marcus Obi', 'marcus.obi@mailhub.net', '07700 900257',
     'residential', false, 'sms', '2020-06-22', NULL),
    (3, 'UT-100298', 'Priya Raman', 'priya.raman@postbox.co.uk', '07700 900298',
     'residential', false, 'email', '2020-12-30', NULL),
    (4, 'UT-100304', 'Hartley Bakery Ltd', 'accounts@hartleybakery.co.uk', '0113 496 0304',
     'business', false, 'email', '2018-08-20', NULL),
    (5, 'UT-100345', 'Tom Ashworth', NULL, '01603 496345',
     'residential', false, 'post', '2019-11-10', NULL),
    (6, 'UT-100362', 'Saint Anne''s Hospice', 'finance@stanneshospice.org.uk', '01392 496362',
     'charity', false, 'post', '2018-04-16', NULL),
    (7, 'UT-100390', 'Grace Fairbanks', 'grace.f@mailhub.net', '07700 900390',
     'residential', false, 'sms', '2022-08-01', NULL),
    (8, 'UT-100412', 'Northfield Garage Ltd', 'office@northfieldgarage.co.uk', '0161 496 0412',
     'business', false, 'email', '2020-02-24', NULL),
    (9, 'UT-100433', 'Daniel Kowalski', NULL, '07700 900433',
     'residential', false, 'sms', '2023-03-20', '2025-08-15'),
    (10, 'UT-100471', 'Aisha Begum', 'aisha.begum@postbox.co.uk', '07700 900471',
     'residential', false, 'email', '2021-10-04', NULL),
    (11, 'UT-100489', 'Ruth Calloway', 'ruth.calloway@mailhub.net', '01904 496489',
     'residential', true, 'post', '2018-11-19', NULL),
    (12, 'UT-100502', 'Pennine Print Works', 'billing@pennineprint.co.uk', '01274 496502',
     'business', false, 'email', '2019-06-03', NULL),
    (13, 'UT-100536', 'Oliver Brennan', 'o.brennan@postbox.co.uk', '07700 900536',
     'residential', false, 'email', '2023-11-06', NULL),
    (14, 'UT-100558', 'Harriet Lowe', NULL, '01904 496558',
     'residential', true, 'post', '2020-01-13', NULL),
    (15, 'UT-100571', 'Samuel Okafor', 'sam.okafor@mailhub.net', '07700 900571',
     'residential', false, 'sms', '2024-01-29', NULL),
    (16, 'UT-100593', 'The Willow Café', 'hello@willowcafe.co.uk', '01392 496593',
     'business', false, 'email', '2021-04-19', '2025-11-03'),
    (17, 'UT-100617', 'Fiona MacLeod', 'fiona.macleod@postbox.co.uk', '07700 900617',
     'residential', false, 'email', '2022-03-14', NULL),
    (18, 'UT-100640', 'Kenneth Duffy', NULL, '0117 496 0640',
     'residential', true, 'post', '2018-10-01', NULL),
    (19, 'UT-100662', 'Riverside Food Bank', 'admin@riversidefoodbank.org.uk', '0117 496 0662',
     'charity', false, 'email', '2020-08-24', NULL),
    (20, 'UT-100685', 'Leah Moorcroft', 'leah.moorcroft@mailhub.net', '07700 900685',
     'residential', false, 'sms', '2024-05-27', NULL);

INSERT INTO premises VALUES
    (1, 1, '14 Larch Grove', 'Sheffield', 'S10 2HT', 'semi_detached', false, '2019-03-20'),
    (2, 2, 'Flat 3, 88 Ecclesall Road', 'Sheffield', 'S11 8PX', 'flat', false, '2020-07-01'),
    (3, 3, '7 Mill Lane', 'Leeds', 'LS6 3AB', 'terraced', true, '2021-01-11'),
    (4, 4, 'Unit 2, Canal Wharf', 'Leeds', 'LS11 5PS', 'commercial', false, '2018-09-03'),
    (5, 4, '31 Briggate', 'Leeds', 'LS1 6HD', 'commercial', true, '2022-02-14'),
    (6, 5, '22 Heather Close', 'Norwich', 'NR4 7TJ', 'detached', true, '2019-11-25'),
    (7, 6, 'Saint Anne''s Hospice, Church Road', 'Exeter', 'EX2 9AZ', 'commercial', true,
     '2018-05-01'),
    (8, 7, '9 Quayside Mews', 'Exeter', 'EX2 4AN', 'terraced', false, '2022-08-19'),
    (9, 8, 'Bay 4, Northfield Industrial Estate', 'Manchester', 'M40 8WN', 'commercial', false,
     '2020-03-09'),
    (10, 9, 'Flat 12, Piccadilly Place', 'Manchester', 'M1 3BN', 'flat', false, '2023-04-03'),
    (11, 10, '5 Rusholme Terrace', 'Manchester', 'M14 5TQ', 'terraced', false, '2021-10-18'),
    (12, 11, '63 Bishopthorpe Road', 'York', 'YO23 1NX', 'terraced', false, '2018-12-05'),
    (13, 12, 'Pennine Works, Hebble Lane', 'Bradford', 'BD1 4RN', 'commercial', true,
     '2019-06-17'),
    (14, 13, '40 Hawthorn Avenue', 'Norwich', 'NR2 3QP', 'semi_detached', false, '2023-11-20'),
    (15, 14, '2 Orchard Cottages', 'York', 'YO32 9LS', 'detached', true, '2020-01-27'),
    (16, 15, 'Flat 7, Deansgate Quay', 'Manchester', 'M3 4LZ', 'flat', false, '2024-02-12'),
    (17, 16, '18 Fore Street', 'Exeter', 'EX4 3AN', 'commercial', false, '2021-05-04'),
    (18, 17, '11 Thistle Row', 'Sheffield', 'S6 2DE', 'terraced', false, '2022-03-28'),
    (19, 18, '56 Beech Drive', 'Bristol', 'BS7 8LJ', 'semi_detached', false, '2018-10-15'),
    (20, 19, 'Riverside Hall, Water Lane', 'Bristol', 'BS1 6QE', 'commercial', false,
     '2020-09-07'),
    (21, 20, '3 Poplar Walk', 'Bristol', 'BS3 4RS', 'terraced', true, '2024-06-10'),
    (22, 2, '19 Kelham Square', 'Sheffield', 'S3 8RY', 'flat', false, '2024-09-02'),
    (23, 8, 'Northfield Forecourt, Oldham Road', 'Manchester', 'M40 2AA', 'commercial', false,
     '2021-07-12'),
    (24, 13, '8 Cathedral Close', 'Norwich', 'NR1 4DH', 'detached', true, '2025-01-06');

INSERT INTO meters VALUES
    (1, 'E19S0412871', 1, 5, 'smart', '2019-03-20', NULL, NULL, '2024-05-14'),
    (2, 'G4K00123456', 1, 2, 'credit', '2019-03-20', NULL, NULL, '2023-02-08'),
    (3, 'E17A0093312', 2, 1, 'prepayment', '2020-07-01', NULL, NULL, NULL),
    (4, 'E21S0556710', 3, 7, 'smart', '2021-01-11', NULL, NULL, '2025-03-03'),
    (5, 'G4K00227819', 3, 4, 'smart', '2021-01-11', NULL, NULL, '2024-10-21'),
    (6, 'E18C0031190', 4, 8, 'credit', '2018-09-03', '2023-06-12', NULL, '2021-09-30'),
    (7, 'E23S0781045', 4, 8, 'smart', '2023-06-12', NULL, 6, NULL),
    (8, 'G4K00310872', 4, 9, 'credit', '2018-09-03', NULL, NULL, '2022-11-17'),
    (9, 'E22S0610382', 5, 8, 'smart', '2022-02-14', NULL, NULL, '2024-12-02'),
    (10, 'E19S0420017', 6, 6, 'economy7', '2019-11-25', NULL, NULL, '2023-07-19'),
    (11, 'G4K00339014', 6, 2, 'credit', '2019-11-25', NULL, NULL, NULL),
    (12, 'E18C0029954', 7, 5, 'credit', '2018-05-01', '2024-01-22', NULL, '2022-05-06'),
    (13, 'E24S0902246', 7, 5, 'smart', '2024-01-22', NULL, 12, NULL),
    (14, 'G4K00350911', 7, 9, 'credit', '2018-05-01', NULL, NULL, '2023-09-12'),
    (15, 'E22S0645530', 8, 3, 'smart', '2022-08-19', NULL, NULL, NULL),
    (16, 'E20C0211478', 9, 8, 'credit', '2020-03-09', NULL, NULL, '2024-02-27'),
    (17, 'G4K00377162', 9, 9, 'smart', '2020-03-09', NULL, NULL, '2025-06-18'),
    (18, 'E23P0733905', 10, 1, 'prepayment', '2023-04-03', NULL, NULL, NULL),
    (19, 'E21S0570338', 11, 3, 'smart', '2021-10-18', NULL, NULL, '2023-12-04'),
    (20, 'G4K00402287', 11, 4, 'smart', '2021-10-18', NULL, NULL, '2023-12-05'),
    (21, 'E18E0040621', 12, 6, 'economy7', '2018-12-05', NULL, NULL, '2022-01-10'),
    (22, 'E19C0128843', 13, 8, 'credit', '2019-06-17', '2024-09-30', NULL, '2023-03-15'),
    (23, 'E24S0918850', 13, 8, 'smart', '2024-09-30', NULL, 22, NULL),
    (24, 'E23S0802219', 14, 1, 'smart', '2023-11-20', NULL, NULL, NULL),
    (25, 'E20E0199310', 15, 6, 'economy7', '2020-01-27', NULL, NULL, '2024-08-08'),
    (26, 'G4K00415550', 15, 2, 'prepayment', '2020-01-27', NULL, NULL, '2021-11-30'),
    (27, 'E24S0871006', 16, 7, 'smart', '2024-02-12', NULL, NULL, NULL),
    (28, 'E21C0541167', 17, 1, 'credit', '2021-05-04', NULL, NULL, '2025-01-20'),
    (29, 'E22P0630744', 18, 1, 'prepayment', '2022-03-28', NULL, NULL, '2024-04-16'),
    (30, 'E18C0035572', 19, 1, 'credit', '2018-10-15', '2025-02-11', NULL, '2020-06-02'),
    (31, 'E25S0955418', 19, 5, 'smart', '2025-02-11', NULL, 30, NULL),
    (32, 'G4K00298841', 20, 9, 'credit', '2020-09-07', NULL, NULL, '2024-07-09'),
    (33, 'E24S0889730', 21, 7, 'smart', '2024-06-10', NULL, NULL, NULL),
    (34, 'E24S0897015', 22, 7, 'smart', '2024-09-02', NULL, NULL, NULL),
    (35, 'E21C0580092', 23, 8, 'credit', '2021-07-12', NULL, NULL, '2025-09-04'),
    (36, 'E25S0940771', 24, 5, 'smart', '2025-01-06', NULL, NULL, NULL);

INSERT INTO meter_readings (meter_id, read_at, register_kwh, read_source)
SELECT m.meter_id,
       timestamp '2024-01-08 07:30' + (m.meter_id * 11 + k * 97) * interval '1 day'
           + (m.meter_id % 5) * interval '2 hours',
       1000 + m.meter_id * 137 + k * (210 + m.meter_id * 3) + (m.meter_id % 3) * 0.4,
       CASE WHEN m.kind = 'smart' THEN 'smart'
            WHEN (m.meter_id + k) % 3 = 0 THEN 'estimated'
            WHEN (m.meter_id + k) % 3 = 1 THEN 'customer'
            ELSE 'engineer' END
FROM meters AS m, generate_series(1, 1 + m.meter_id % 2) AS k
WHERE m.meter_id % 7 <> 0 AND m.meter_id % 11 <> 0 AND m.removed_on IS NULL;

INSERT INTO bills
SELECT i,
       'INV-' || (240000 + i * 173),
       p.customer_id,
       p.premise_id,
       (date '2023-10-01' + ((i - 1) % 10) * interval '3 months')::date,
       (date '2023-10-01' + ((i - 1) % 10 + 1) * interval '3 months' - interval '1 day')::date,
       (date '2023-10-01' + ((i - 1) % 10 + 1) * interval '3 months'
           + (2 + i % 5) * interval '1 day')::date,
       (date '2023-10-01' + ((i - 1) % 10 + 1) * interval '3 months'
           + (16 + i % 5) * interval '1 day')::date,
       400 + (i * 379) % 2600 + (i % 3) * 0.5,
       round((400 + (i * 379) % 2600) * 0.27 + 40 + (i % 7) * 1.13, 2),
       (CASE WHEN i % 13 = 0 THEN 'cancelled'
             WHEN i % 11 = 0 THEN 'disputed'
             WHEN (i - 1) % 10 = 9 THEN 'issued'
             WHEN i % 6 = 0 THEN 'overdue'
             ELSE 'paid' END)::bill_status
FROM generate_series(1, 40) AS i
JOIN premises AS p ON p.premise_id = 1 + (i * 5) % 24;

INSERT INTO payments (bill_id, paid_at, amount_gbp, method, is_reversed)
SELECT b.bill_id,
       b.issued_on + (b.bill_id % 12) * interval '1 day' + (9 + b.bill_id % 8) * interval '1 hour',
       CASE WHEN b.bill_id % 4 = 0 THEN round(b.amount_gbp / 2, 2) ELSE b.amount_gbp END,
       (ARRAY['direct_debit', 'card', 'bank_transfer', 'paypoint_cash'])[1 + b.bill_id % 4],
       b.bill_id % 9 = 0
FROM bills AS b WHERE b.status = 'paid'
UNION ALL
SELECT b.bill_id,
       b.issued_on + (20 + b.bill_id % 12) * interval '1 day' + interval '14 hours',
       b.amount_gbp - round(b.amount_gbp / 2, 2),
       'card',
       false
FROM bills AS b WHERE b.status = 'paid' AND b.bill_id % 4 = 0
UNION ALL
SELECT b.bill_id,
       b.issued_on + 25 * interval '1 day' + interval '10 hours',
       round(b.amount_gbp / 3, 2),
       'bank_transfer',
       false
FROM bills AS b WHERE b.status = 'overdue' AND b.bill_id % 12 = 0;

INSERT INTO outages
SELECT i,
       'INC-' || (2300 + i * 37),
       1 + (i * 7) % 24,
       timestamp '2023-11-14 06:30' + i * interval '41 days 7 hours',
       CASE WHEN i < 15 THEN timestamp '2023-11-14 06:30' + i * interval '41 days 7 hours'
                + (1 + (i * 37) % 20) * interval '1 hour' + (i % 4) * interval '15 minutes' END,
       (ARRAY['storm', 'equipment_failure', 'planned_maintenance', 'third_party_damage'])
           [1 + i % 4],
       i % 4 = 2,
       CASE WHEN i < 15 AND i % 4 <> 2 AND 1 + (i * 37) % 20 > 12 THEN 30 + (i * 37) % 20 * 5 END
FROM generate_series(1, 16) AS i;
"""
