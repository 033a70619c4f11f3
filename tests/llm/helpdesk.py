"""An internal IT helpdesk schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

HELPDESK: Final = """
CREATE TYPE ticket_priority AS ENUM ('low', 'medium', 'high', 'critical');
CREATE TYPE agent_level AS ENUM ('junior', 'senior', 'lead');

CREATE TABLE departments (
    department_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    cost_centre text NOT NULL UNIQUE,
    floor_no integer NOT NULL,
    head_name text,
    annual_it_budget_gbp numeric(12, 2) NOT NULL
);

CREATE TABLE employees (
    employee_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text UNIQUE,
    department_id integer NOT NULL REFERENCES departments,
    job_title text NOT NULL,
    office text NOT NULL CHECK (office IN ('London', 'Manchester', 'Edinburgh', 'Remote')),
    is_contractor boolean NOT NULL DEFAULT false,
    hired_on date NOT NULL,
    left_on date,
    manager_id integer REFERENCES employees (employee_id)
);

CREATE TABLE support_teams (
    team_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    tier smallint NOT NULL CHECK (tier BETWEEN 1 AND 3),
    lead_name text,
    covers_24x7 boolean NOT NULL DEFAULT false
);

CREATE TABLE agents (
    agent_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    team_id integer NOT NULL REFERENCES support_teams,
    level agent_level NOT NULL,
    joined_on date NOT NULL,
    is_on_call boolean NOT NULL DEFAULT false,
    hourly_rate_gbp numeric(6, 2) NOT NULL
);

CREATE TABLE assets (
    asset_id integer PRIMARY KEY,
    asset_tag text NOT NULL UNIQUE,
    kind text NOT NULL
        CHECK (kind IN ('laptop', 'desktop', 'monitor', 'phone', 'tablet', 'headset')),
    manufacturer text NOT NULL,
    model text NOT NULL,
    purchased_on date NOT NULL,
    purchase_cost_gbp numeric(10, 2) NOT NULL,
    warranty_expires_on date NOT NULL,
    assigned_to integer REFERENCES employees (employee_id),
    status text NOT NULL CHECK (status IN ('in_use', 'in_stock', 'in_repair', 'retired'))
);

CREATE TABLE tickets (
    ticket_id integer PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    subject text NOT NULL,
    requester_id integer NOT NULL REFERENCES employees (employee_id),
    assigned_agent_id integer REFERENCES agents (agent_id),
    asset_id integer REFERENCES assets,
    category text NOT NULL
        CHECK (category IN ('hardware', 'software', 'network', 'access', 'email', 'printing')),
    priority ticket_priority NOT NULL,
    status text NOT NULL CHECK (status IN ('new', 'open', 'pending', 'resolved', 'closed')),
    opened_at timestamptz NOT NULL,
    resolved_at timestamptz,
    first_response_minutes integer,
    sla_breached boolean NOT NULL DEFAULT false,
    satisfaction_rating smallint CHECK (satisfaction_rating BETWEEN 1 AND 5)
);

CREATE TABLE ticket_comments (
    comment_id serial PRIMARY KEY,
    ticket_id integer NOT NULL REFERENCES tickets,
    author_agent_id integer REFERENCES agents (agent_id),
    body text NOT NULL,
    is_internal boolean NOT NULL DEFAULT false,
    posted_at timestamptz NOT NULL
);

CREATE TABLE software_licences (
    licence_id integer PRIMARY KEY,
    product text NOT NULL UNIQUE,
    vendor text NOT NULL,
    department_id integer REFERENCES departments,
    seats_purchased integer NOT NULL,
    seats_assigned integer NOT NULL,
    annual_cost_gbp numeric(10, 2) NOT NULL,
    renews_on date,
    is_subscription boolean NOT NULL DEFAULT true
);

INSERT INTO departments VALUES
    (1, 'Finance', 'CC-1010', 4, 'Margaret Holloway', 42000),
    (2, 'Human Resources', 'CC-1020', 3, 'Deepak Sharma', 18500),
    (3, 'Legal', 'CC-1030', 5, NULL, 21000),
    (4, 'Marketing', 'CC-1040', 2, 'Sophie Carrington', 36000),
    (5, 'Sales', 'CC-1050', 2, 'Marcus Bell', 55000),
    (6, 'Engineering', 'CC-1060', 6, 'Hannah Okafor', 120000),
    (7, 'Operations', 'CC-1070', 1, 'Gareth Pryce', 30000),
    (8, 'Customer Success', 'CC-1080', 1, NULL, 27500),
    (9, 'Procurement', 'CC-1090', 4, 'Linda Marsh', 9000),
    (10, 'Facilities', 'CC-1100', 0, 'Tom Reilly', 7500),
    (11, 'Data Science', 'CC-1110', 6, 'Anika Bose', 64000),
    (12, 'Product', 'CC-1120', 5, 'Callum Fraser', 48000),
    (13, 'Security', 'CC-1130', 7, NULL, 71000),
    (14, 'Payroll', 'CC-1140', 3, 'Janet Whitfield', 12000);

INSERT INTO employees
SELECT i, full_name,
       CASE WHEN i % 24 = 0 THEN NULL
            ELSE lower(replace(full_name, ' ', '.')) || '@northwind-corp.co.uk' END,
       1 + (i * 5) % 14,
       (ARRAY['Analyst', 'Account Manager', 'Software Engineer', 'Coordinator',
              'Senior Analyst', 'Designer', 'Team Manager', 'Administrator'])[1 + i % 8],
       CASE WHEN i % 10 = 0 THEN 'Remote'
            ELSE (ARRAY['London', 'Manchester', 'Edinburgh'])[1 + i % 3] END,
       i % 12 = 0,
       hired_on,
       CASE WHEN i % 25 = 0 THEN hired_on + 700 + i END,
       CASE WHEN i > 14 THEN 1 + (i * 3) % 14 END
FROM (
    SELECT i,
           (ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Jack',
                  'Ivy', 'Leo', 'Freya', 'Arthur', 'Lily', 'Yusuf', 'Grace', 'Oscar', 'Sophia',
                  'Charlie', 'Emily', 'Henry', 'Poppy', 'Theo', 'Ella', 'Jacob', 'Evie', 'Alfie',
                  'Rosie', 'Thomas', 'Chloe', 'James', 'Ruby', 'William', 'Daisy', 'Joshua',
                  'Alice', 'Samuel', 'Hannah', 'Daniel', 'Priya'])[1 + i % 40]
           || ' ' ||
           (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies',
                  'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White',
                  'Roberts', 'Green', 'Hall', 'Nowak', 'Clarke', 'Jackson', 'Wood', 'Harris',
                  'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore',
                  'Campbell', 'King', 'Harrison', 'Lewis', 'Baker', 'Murphy', 'Allen',
                  'Morris', 'Khan'])[1 + (i * 7 + i / 40) % 40] AS full_name,
           CASE WHEN i > 145 THEN current_date - (150 - i) * 9
                ELSE date '2012-01-09' + (i * 61) % 4300 END AS hired_on
    FROM generate_series(1, 150) AS i
) AS e;

INSERT INTO support_teams VALUES
    (1, 'Service Desk', 1, 'Rachel Ndlovu', true),
    (2, 'Desktop Support', 2, 'Kieran Walsh', false),
    (3, 'Network Operations', 2, 'Dmitri Volkov', true),
    (4, 'Identity and Access', 2, NULL, false),
    (5, 'Business Applications', 3, 'Fatima Rahman', false),
    (6, 'Infrastructure', 3, 'Ben Ashworth', true);

INSERT INTO agents
SELECT i, name,
       lower(replace(replace(name, '''', ''), ' ', '.')) || '@it.northwind-corp.co.uk',
       1 + i % 6,
       (CASE WHEN i % 7 = 0 THEN 'lead' WHEN i % 3 = 0 THEN 'senior' ELSE 'junior' END)
           ::agent_level,
       CASE WHEN i = 24 THEN current_date - 12 ELSE date '2015-04-01' + i::integer * 170 END,
       i % 4 = 0,
       22 + (i * 3) % 15 + CASE WHEN i % 7 = 0 THEN 8 ELSE 0 END
FROM unnest(ARRAY['Aisha Mensah', 'Liam O''Connor', 'Chen Wei', 'Bethany Price',
                  'Rhys Morgan', 'Natalia Kowalska', 'Sam Greaves', 'Zara Hussain',
                  'Connor Doyle', 'Megan Lloyd', 'Tariq Aziz', 'Holly Fairbairn',
                  'Ewan McLeod', 'Jasmine Kaur', 'Luke Pemberton', 'Nadia Petrova',
                  'Owen Griffiths', 'Leah Bennett', 'Marco Rossi', 'Kirsty Duncan',
                  'Adebayo Okonkwo', 'Sian Rowlands', 'Patrick Byrne', 'Ellie Marsden'])
     WITH ORDINALITY AS a (name, i);

INSERT INTO assets
SELECT i,
       'NW-' || lpad((1000 + i)::text, 5, '0'),
       kind,
       split_part(model, ' ', 1),
       model,
       purchased_on,
       CASE kind WHEN 'laptop' THEN 1150 + (i * 37) % 900
                 WHEN 'desktop' THEN 850 + (i * 29) % 400
                 WHEN 'monitor' THEN 180 + (i * 13) % 320
                 WHEN 'phone' THEN 450 + (i * 31) % 600
                 WHEN 'tablet' THEN 400 + (i * 17) % 500
                 ELSE 90 + (i * 7) % 160 END + 0.99,
       purchased_on + CASE WHEN kind IN ('laptop', 'desktop') THEN 3 * 365 ELSE 2 * 365 END,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + (i * 17) % 150 END,
       CASE WHEN i % 9 = 0 AND i % 18 = 0 THEN 'retired'
            WHEN i % 9 = 0 THEN 'in_stock'
            WHEN i % 23 = 0 THEN 'in_repair'
            ELSE 'in_use' END
FROM (
    SELECT i, kind,
           CASE kind
               WHEN 'laptop' THEN (ARRAY['Dell Latitude 7440', 'Lenovo ThinkPad T14',
                                         'Apple MacBook Pro 14'])[1 + i % 3]
               WHEN 'desktop' THEN 'HP EliteDesk 800 G9'
               WHEN 'monitor' THEN (ARRAY['Dell U2723QE', 'LG 27UL850'])[1 + i % 2]
               WHEN 'phone' THEN (ARRAY['Apple iPhone 15', 'Samsung Galaxy S23'])[1 + i % 2]
               WHEN 'tablet' THEN 'Apple iPad Air'
               ELSE 'Jabra Evolve2 65' END AS model,
           CASE WHEN i > 172 THEN current_date - (180 - i) * 25 - 5
                ELSE date '2019-02-01' + (i * 23) % 1900 END AS purchased_on
    FROM (
        SELECT i, (ARRAY['laptop', 'monitor', 'phone', 'laptop', 'desktop', 'tablet',
                         'headset', 'monitor'])[1 + i % 8] AS kind
        FROM generate_series(1, 180) AS i
    ) AS k
) AS a;

INSERT INTO tickets
SELECT i,
       'INC-' || (10000 + i),
       CASE category
           WHEN 'hardware' THEN (ARRAY['Laptop will not boot', 'Broken screen',
                                       'Docking station not detected'])[1 + i % 3]
           WHEN 'software' THEN (ARRAY['Excel keeps crashing', 'Need Visio installed',
                                       'Teams update failed'])[1 + i % 3]
           WHEN 'network' THEN (ARRAY['VPN keeps disconnecting', 'Wi-Fi slow on floor 4',
                                      'Cannot reach intranet'])[1 + i % 3]
           WHEN 'access' THEN (ARRAY['Locked out of account', 'Need access to finance share',
                                     'MFA reset'])[1 + i % 3]
           WHEN 'email' THEN (ARRAY['Outlook not syncing', 'Shared mailbox missing',
                                    'Phishing email reported'])[1 + i % 3]
           ELSE (ARRAY['Printer jammed', 'Cannot add printer', 'Toner low'])[1 + i % 3] END,
       CASE WHEN i % 7 = 0 THEN 15 + (i % 3) * 14 ELSE 1 + (i * 13) % 140 END,
       CASE WHEN status = 'new' OR i % 29 = 0 THEN NULL WHEN i % 10 = 0 THEN 6
            ELSE 1 + (i * 7) % 23 END,
       CASE WHEN category = 'hardware' THEN 1 + (i * 11) % 180 END,
       category,
       priority,
       status,
       opened_at,
       CASE WHEN status IN ('resolved', 'closed') THEN opened_at + hours * interval '1 hour'
                + (i % 60) * interval '1 minute' END,
       CASE WHEN status <> 'new' THEN 4 + (i * 53) % 240 END,
       status IN ('resolved', 'closed') AND (hours > 72 OR (priority >= 'high' AND hours > 24)),
       CASE WHEN status IN ('resolved', 'closed') AND i % 3 <> 0 THEN 1 + (i * 7) % 5 END
FROM (
    SELECT i,
           (ARRAY['hardware', 'software', 'network', 'access', 'email', 'printing'])[1 + i % 6]
               AS category,
           (CASE WHEN i % 11 = 0 THEN 'critical' WHEN i % 5 = 0 THEN 'high'
                 WHEN i % 2 = 0 THEN 'medium' ELSE 'low' END)::ticket_priority AS priority,
           CASE WHEN i % 17 = 0 THEN 'pending'
                WHEN i % 13 = 0 OR (i > 290 AND i % 2 = 0) THEN 'open'
                WHEN i > 285 AND i % 3 = 0 THEN 'new'
                WHEN i % 4 = 0 THEN 'closed'
                ELSE 'resolved' END AS status,
           CASE WHEN i > 270
                THEN current_date - (300 - i) * 3 + interval '9 hours 40 minutes'
                    + (i % 5) * interval '1 hour'
                ELSE timestamptz '2024-01-03 08:30+00' + i * interval '2 days 3 hours 17 minutes'
                END AS opened_at,
           1 + (i * 37) % 96 AS hours
    FROM generate_series(1, 300) AS i
) AS t;

INSERT INTO ticket_comments (ticket_id, author_agent_id, body, is_internal, posted_at)
SELECT t.ticket_id,
       CASE WHEN k = 2 AND t.ticket_id % 2 = 0 THEN NULL ELSE t.assigned_agent_id END,
       CASE WHEN k = 2 AND t.ticket_id % 2 = 0 THEN 'Thanks, that fixed it.'
            WHEN (t.ticket_id + k) % 4 = 0 THEN 'Escalating to second line.'
            ELSE (ARRAY['Looking into this now.', 'Could you send a screenshot?',
                        'Remote session booked.'])[1 + t.ticket_id % 3] END,
       (t.ticket_id + k) % 4 = 0,
       t.opened_at + k * interval '45 minutes'
FROM tickets AS t, generate_series(1, t.ticket_id % 3) AS k;

INSERT INTO software_licences VALUES
    (1, 'Microsoft 365 E3', 'Microsoft', NULL, 160, 151, 59520, current_date + 45, true),
    (2, 'Adobe Creative Cloud', 'Adobe', 4, 12, 12, 8160, '2026-03-01', true),
    (3, 'Slack Business+', 'Slack', NULL, 150, 138, 22500, '2026-07-15', true),
    (4, 'Zoom Workplace', 'Zoom', NULL, 40, 22, 6000, current_date + 9, true),
    (5, 'Jira Software', 'Atlassian', 6, 45, 44, 7290, '2026-05-20', true),
    (6, 'Confluence', 'Atlassian', NULL, 150, 97, 9900, '2026-05-20', true),
    (7, 'Salesforce Sales Cloud', 'Salesforce', 5, 25, 25, 39000, '2026-10-01', true),
    (8, 'Tableau Creator', 'Salesforce', 11, 8, 6, 6720, '2027-01-31', true),
    (9, 'JetBrains All Products Pack', 'JetBrains', 6, 30, 27, 8370, '2026-09-12', true),
    (10, 'GitHub Enterprise', 'GitHub', 6, 50, 48, 12600, current_date + 120, true),
    (11, 'DocuSign Business Pro', 'DocuSign', 3, 10, 7, 4800, '2026-02-28', true),
    (12, 'Xero Premium', 'Xero', 1, 6, 6, 1980, '2026-04-06', true),
    (13, 'Sage Payroll', 'Sage', 14, 4, 3, 2400, '2026-04-06', true),
    (14, 'Figma Professional', 'Figma', 12, 14, 9, 2520, '2026-08-01', true),
    (15, 'Miro Business', 'Miro', NULL, 60, 31, 8640, current_date + 70, true),
    (16, '1Password Business', '1Password', NULL, 160, 146, 13440, '2026-06-30', true),
    (17, 'CrowdStrike Falcon', 'CrowdStrike', 13, 200, 180, 21000, '2027-03-31', true),
    (18, 'Okta Workforce Identity', 'Okta', 13, 160, 150, 19200, '2026-12-31', true),
    (19, 'Zendesk Suite', 'Zendesk', 8, 20, 18, 11520, '2026-11-15', true),
    (20, 'HubSpot Marketing Hub', 'HubSpot', 4, 5, 5, 9600, current_date + 200, true),
    (21, 'AutoCAD LT', 'Autodesk', 10, 3, 1, 1350, '2026-01-20', true),
    (22, 'Power BI Pro', 'Microsoft', 11, 20, 20, 2880, current_date + 33, true),
    (23, 'Lucidchart Team', 'Lucid', 12, 10, 4, 1080, '2025-12-05', true),
    (24, 'Visio Plan 2', 'Microsoft', 7, 8, 8, 1440, '2026-02-14', true),
    (25, 'Workday HCM', 'Workday', 2, 12, 11, 45000, '2027-06-30', true),
    (26, 'Greenhouse Recruiting', 'Greenhouse', 2, 6, 6, 7800, '2026-09-01', true),
    (27, 'Snowflake Standard', 'Snowflake', 11, 15, 12, 30000, current_date + 15, true),
    (28, 'Datadog Pro', 'Datadog', 6, 25, 25, 13500, '2026-08-31', true),
    (29, 'Office Professional 2019', 'Microsoft', 9, 20, 14, 0, NULL, false),
    (30, 'SPSS Statistics', 'IBM', 11, 4, 2, 0, NULL, false);
"""
