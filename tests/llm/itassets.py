"""An IT asset inventory schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

ITASSETS: Final = """
CREATE TYPE device_kind AS ENUM ('laptop', 'phone', 'monitor', 'tablet');
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE departments (
    department_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    cost_centre text NOT NULL UNIQUE,
    office_city text NOT NULL,
    annual_it_budget_eur numeric(10, 2) NOT NULL
);

CREATE TABLE employees (
    employee_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    work_email text NOT NULL UNIQUE,
    mobile_number text,
    job_title text NOT NULL,
    department_id integer NOT NULL REFERENCES departments,
    manager_id integer REFERENCES employees (employee_id),
    hired_on date NOT NULL,
    left_on date,
    is_remote boolean NOT NULL DEFAULT false
);

CREATE TABLE vendors (
    vendor_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country char(2) NOT NULL,
    support_email text,
    account_manager text,
    is_preferred_supplier boolean NOT NULL DEFAULT false
);

CREATE TABLE devices (
    device_id integer PRIMARY KEY,
    asset_tag text NOT NULL UNIQUE,
    serial_number text NOT NULL UNIQUE,
    kind device_kind NOT NULL,
    model text NOT NULL,
    vendor_id integer NOT NULL REFERENCES vendors,
    purchased_on date NOT NULL,
    purchase_price_eur numeric(8, 2) NOT NULL,
    warranty_expires_on date NOT NULL,
    screen_size_in numeric(3, 1) NOT NULL,
    ram_gb integer,
    is_encrypted boolean NOT NULL,
    status text NOT NULL
        CHECK (status IN ('in_use', 'in_storage', 'in_repair', 'retired', 'lost')),
    retired_on date
);

CREATE TABLE assignments (
    assignment_id integer PRIMARY KEY,
    device_id integer NOT NULL REFERENCES devices,
    employee_id integer NOT NULL REFERENCES employees,
    issued_by integer NOT NULL REFERENCES employees (employee_id),
    assigned_on date NOT NULL,
    returned_on date
);

CREATE TABLE repair_tickets (
    ticket_id integer PRIMARY KEY,
    device_id integer NOT NULL REFERENCES devices,
    reported_by integer NOT NULL REFERENCES employees (employee_id),
    repair_vendor_id integer REFERENCES vendors (vendor_id),
    issue_summary text NOT NULL,
    priority ticket_priority NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'in_progress', 'resolved', 'cancelled')),
    opened_at timestamp NOT NULL,
    closed_at timestamp,
    repair_cost_eur numeric(8, 2),
    is_warranty_claim boolean NOT NULL DEFAULT false
);

CREATE TABLE software_licences (
    licence_id integer PRIMARY KEY,
    product_name text NOT NULL UNIQUE,
    vendor_id integer NOT NULL REFERENCES vendors,
    seat_count integer NOT NULL,
    annual_cost_eur numeric(10, 2) NOT NULL,
    billing_cycle text NOT NULL CHECK (billing_cycle IN ('monthly', 'annual', 'perpetual')),
    renewal_due_on date,
    auto_renews boolean NOT NULL DEFAULT true
);

CREATE TABLE licence_seats (
    licence_id integer NOT NULL REFERENCES software_licences,
    employee_id integer NOT NULL REFERENCES employees,
    granted_on date NOT NULL,
    PRIMARY KEY (licence_id, employee_id)
);

INSERT INTO departments VALUES
    (1, 'Engineering', 'CC-1010', 'Berlin', 185000),
    (2, 'Finance', 'CC-2020', 'London', 42000),
    (3, 'Sales', 'CC-3030', 'Madrid', 67500),
    (4, 'Marketing', 'CC-4040', 'Berlin', 58250),
    (5, 'People & HR', 'CC-5050', 'London', 21400),
    (6, 'IT Operations', 'CC-6060', 'Dublin', 96300),
    (7, 'Legal', 'CC-7070', 'Dublin', 18900),
    (8, 'Customer Support', 'CC-8080', 'Lisbon', 39750);

INSERT INTO employees
SELECT i,
       f || ' ' || l,
       lower(f) || '.' || lower(l) || '@northwind-it.example',
       CASE WHEN i % 5 <> 0 THEN '+49 151 ' || (2000000 + i * 43721) END,
       CASE WHEN i <= 8
            THEN 'Head of ' || (SELECT name FROM departments WHERE department_id = 1 + i % 8)
            ELSE (ARRAY['Software Engineer', 'Financial Analyst', 'Account Executive',
                        'Marketing Manager', 'HR Partner', 'IT Support Technician',
                        'Legal Counsel', 'Support Agent'])[1 + i % 8] END,
       1 + i % 8,
       CASE WHEN i > 8 THEN CASE WHEN i % 8 = 0 THEN 8 ELSE i % 8 END END,
       date '2022-06-01' + i * 41,
       CASE i WHEN 11 THEN date '2024-11-18' WHEN 22 THEN date '2025-04-10'
              WHEN 27 THEN date '2026-01-09' END,
       i % 4 = 0
FROM (SELECT f, l, i::integer AS i FROM unnest(
    ARRAY['Anna', 'Liam', 'Sofia', 'Noah', 'Emma', 'Lucas', 'Mia', 'Oliver', 'Chloe', 'Jonas',
          'Isabel', 'Ethan', 'Hannah', 'Mateo', 'Zoe', 'Felix', 'Grace', 'Daniel', 'Laura',
          'Samuel', 'Niamh', 'Pablo', 'Ella', 'Max', 'Ines', 'Tom', 'Clara', 'Ruby', 'Sean',
          'Lea'],
    ARRAY['Schmidt', 'Byrne', 'Garcia', 'Fischer', 'Walsh', 'Moreau', 'Kowalski', 'Hughes',
          'Martin', 'Weber', 'Santos', 'Clarke', 'Keane', 'Ruiz', 'Bennett', 'Braun', 'Doyle',
          'Costa', 'Becker', 'Price', 'Kelly', 'Navarro', 'Turner', 'Hoffmann', 'Pereira',
          'Fletcher', 'Vogel', 'Patel', 'Murphy', 'Wagner']
) WITH ORDINALITY AS n (f, l, i)) AS e
ORDER BY i;

INSERT INTO vendors VALUES
    (1, 'Dell Technologies', 'US', 'enterprise-support@dell.example', 'Karen Miles', true),
    (2, 'Lenovo', 'CN', 'business@lenovo.example', 'Wei Zhang', true),
    (3, 'Apple', 'US', 'business@apple.example', NULL, true),
    (4, 'Samsung', 'KR', 'b2b@samsung.example', 'Ji-ho Park', false),
    (5, 'HP Inc.', 'US', NULL, 'Rick Dalton', false),
    (6, 'Microsoft', 'US', 'licensing@microsoft.example', 'Priya Nair', true),
    (7, 'Adobe', 'US', 'vip@adobe.example', NULL, false),
    (8, 'Atlassian', 'AU', 'sales@atlassian.example', 'Ben Hollis', false),
    (9, 'JetBrains', 'CZ', 'sales@jetbrains.example', NULL, false),
    (10, 'Zoom', 'US', NULL, NULL, false),
    (11, 'FixIT Services', 'IE', 'jobs@fixit.example', 'Declan Ryan', true),
    (12, 'Logitech', 'CH', NULL, NULL, false),
    (13, 'Bechtle', 'DE', 'service@bechtle.example', 'Jana Roth', false),
    (14, 'Slack Technologies', 'US', 'billing@slack.example', NULL, false);

INSERT INTO devices
SELECT i,
       'IT-' || lpad(i::text, 4, '0'),
       'SN' || lpad(((i * 7919) % 100000)::text, 5, '0') || chr(65 + i % 26),
       k,
       CASE k
           WHEN 'laptop'
               THEN (ARRAY['Dell Latitude 7440', 'Lenovo ThinkPad T14',
                           'MacBook Pro 14'])[1 + i % 3]
           WHEN 'phone' THEN (ARRAY['iPhone 15', 'Galaxy S24'])[1 + i % 2]
           WHEN 'monitor'
               THEN (ARRAY['Dell U2723QE', 'Samsung ViewFinity S8', 'HP E24 G5'])[1 + i % 3]
           ELSE (ARRAY['iPad Air', 'Galaxy Tab S9'])[1 + i % 2]
       END,
       CASE k
           WHEN 'laptop' THEN (ARRAY[1, 2, 3])[1 + i % 3]
           WHEN 'phone' THEN (ARRAY[3, 4])[1 + i % 2]
           WHEN 'monitor' THEN (ARRAY[1, 4, 5])[1 + i % 3]
           ELSE (ARRAY[3, 4])[1 + i % 2]
       END,
       date '2023-01-09' + i * 29,
       CASE k
           WHEN 'laptop' THEN 1100 + (i * 137) % 1400
           WHEN 'phone' THEN 600 + (i * 89) % 700
           WHEN 'monitor' THEN 180 + (i * 53) % 400
           ELSE 400 + (i * 71) % 600
       END + 0.99,
       date '2023-01-09' + i * 29 + CASE WHEN k = 'laptop' THEN 1095 ELSE 730 END,
       CASE k
           WHEN 'laptop' THEN (ARRAY[14, 14, 16])[1 + i % 3]
           WHEN 'phone' THEN 6.1
           WHEN 'monitor' THEN (ARRAY[27, 24, 32])[1 + i % 3]
           ELSE 11
       END,
       CASE k WHEN 'laptop' THEN (ARRAY[16, 32, 16, 64])[1 + i % 4]
              WHEN 'phone' THEN 8 WHEN 'tablet' THEN 8 END,
       k = 'monitor' OR i % 6 <> 1,
       CASE WHEN i IN (10, 20, 30) THEN 'retired' WHEN i % 13 = 0 THEN 'lost'
            WHEN i % 7 = 0 THEN 'in_repair' WHEN i % 6 = 0 OR i IN (37, 38, 39) THEN 'in_storage'
            ELSE 'in_use' END,
       CASE i WHEN 10 THEN date '2025-01-17' WHEN 20 THEN date '2025-08-02'
              WHEN 30 THEN date '2026-02-27' END
FROM generate_series(1, 40) AS i,
     LATERAL (SELECT ((ARRAY['laptop', 'laptop', 'phone', 'monitor', 'tablet'])[1 + i % 5])
                     ::device_kind AS k) AS t;

INSERT INTO assignments
SELECT row_number() OVER (ORDER BY assigned_on, device_id), device_id, employee_id, issued_by,
       assigned_on, returned_on
FROM (
    SELECT d.device_id,
           1 + (d.device_id * 7) % 30 AS employee_id,
           (ARRAY[5, 13, 21, 29])[1 + d.device_id % 4] AS issued_by,
           d.purchased_on + CASE WHEN d.device_id % 8 = 1 THEN 160 ELSE 4 + d.device_id % 5 END
               AS assigned_on,
           CASE WHEN d.status = 'retired' THEN d.retired_on - 10
                WHEN d.status = 'in_storage' THEN d.purchased_on + 300 END AS returned_on
    FROM devices AS d
    WHERE d.device_id NOT IN (6, 18, 36, 37, 38)
    UNION ALL
    SELECT d.device_id, 1 + (d.device_id * 13 + 5) % 30,
           (ARRAY[5, 13, 21, 29])[1 + d.device_id % 3],
           d.purchased_on + 2, d.purchased_on + 150
    FROM devices AS d
    WHERE d.device_id % 8 = 1
) AS a;

INSERT INTO repair_tickets
SELECT k,
       d.device_id,
       1 + (d.device_id * 7) % 30,
       CASE k % 4 WHEN 0 THEN NULL WHEN 1 THEN 11 WHEN 2 THEN d.vendor_id ELSE 13 END,
       CASE d.kind
           WHEN 'laptop' THEN (ARRAY['Battery swelling', 'Keyboard not responding',
                                     'Overheating', 'Will not power on'])[1 + k % 4]
           WHEN 'monitor' THEN (ARRAY['Dead pixels', 'Flickering display'])[1 + k % 2]
           ELSE (ARRAY['Cracked screen', 'Charging port loose', 'Battery drains fast'])[1 + k % 3]
       END,
       (ARRAY['low', 'normal', 'normal', 'high', 'urgent'])[1 + k % 5]::ticket_priority,
       t.status,
       t.opened_at,
       CASE WHEN t.status IN ('resolved', 'cancelled')
            THEN t.opened_at + (1 + k % 6) * interval '1 day' + (k % 7) * interval '1 hour' END,
       CASE WHEN t.status = 'resolved' AND NOT t.warranty THEN 45 + (k * 67) % 480 + 0.5 END,
       t.warranty
FROM unnest(ARRAY[2, 7, 1, 5, 13, 14, 9, 21, 3, 10, 26, 28, 11, 15, 7, 22, 35, 19, 25, 1, 31,
                  33, 39, 21]) WITH ORDINALITY AS x (device_id, k0)
JOIN devices AS d USING (device_id)
CROSS JOIN LATERAL (SELECT k0::integer AS k) AS kk
CROSS JOIN LATERAL (
    SELECT CASE WHEN d.status = 'in_repair' AND k > 12 THEN
                    CASE WHEN k % 2 = 0 THEN 'open' ELSE 'in_progress' END
                WHEN k % 9 = 0 THEN 'cancelled'
                ELSE 'resolved' END AS status,
           d.purchased_on + (45 + (k * 37) % 200) + time '09:15' + k * interval '47 minutes'
               AS opened_at,
           k % 3 = 0 AND d.purchased_on + (45 + (k * 37) % 200) < d.warranty_expires_on
               AS warranty
) AS t;

INSERT INTO software_licences VALUES
    (1, 'Microsoft 365 E3', 6, 40, 13824.00, 'annual', '2026-01-31', true),
    (2, 'Adobe Creative Cloud', 7, 6, 5148.00, 'annual', '2025-09-15', true),
    (3, 'Jira Software Cloud', 8, 25, 2925.00, 'monthly', '2025-07-01', true),
    (4, 'Confluence', 8, 25, 1740.00, 'monthly', '2025-07-01', true),
    (5, 'JetBrains All Products Pack', 9, 10, 7790.00, 'annual', '2025-11-30', false),
    (6, 'Zoom Workplace Business', 10, 15, 3150.00, 'annual', '2026-04-01', true),
    (7, 'Slack Business+', 14, 30, 4860.00, 'annual', '2026-02-14', false),
    (8, 'Visio Professional 2021', 6, 5, 1450.00, 'perpetual', NULL, false),
    (9, 'Acrobat Pro', 7, 12, 2376.00, 'annual', '2026-06-30', true),
    (10, 'Windows Server 2022 Standard', 6, 4, 3960.00, 'perpetual', NULL, false),
    (11, 'Project Plan 3', 6, 8, 2880.00, 'monthly', '2025-10-01', true);

INSERT INTO licence_seats
SELECT l, e, greatest(date '2023-02-01' + l * 17 + e * 3, e_hired)
FROM (
    SELECT s.l, s.e, (SELECT hired_on FROM employees WHERE employee_id = s.e) AS e_hired
    FROM (
        SELECT 1 AS l, e FROM generate_series(1, 29, 4) AS e
        UNION ALL SELECT 2, unnest(ARRAY[3, 11, 19, 27])
        UNION ALL SELECT 3, unnest(ARRAY[8, 13, 16, 24])
        UNION ALL SELECT 4, unnest(ARRAY[7, 15, 23])
        UNION ALL SELECT 5, unnest(ARRAY[8, 16, 24])
        UNION ALL SELECT 6, unnest(ARRAY[2, 10, 18, 26])
        UNION ALL SELECT 7, unnest(ARRAY[6, 12, 18, 24, 30])
        UNION ALL SELECT 8, unnest(ARRAY[5, 13])
        UNION ALL SELECT 9, unnest(ARRAY[6, 14, 22, 30])
    ) AS s
) AS z;
"""
