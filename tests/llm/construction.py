"""A construction firm's schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

CONSTRUCTION: Final = """
CREATE TYPE project_status AS ENUM ('tendering', 'active', 'on_hold', 'completed', 'cancelled');
CREATE TYPE inspection_result AS ENUM ('passed', 'conditional', 'failed');

CREATE TABLE clients (
    client_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    sector text NOT NULL CHECK (sector IN ('public', 'commercial', 'residential')),
    city text NOT NULL,
    contact_name text NOT NULL,
    contact_email text,
    payment_terms_days integer NOT NULL DEFAULT 30,
    is_framework_client boolean NOT NULL DEFAULT false
);

CREATE TABLE sites (
    site_id integer PRIMARY KEY,
    site_name text NOT NULL UNIQUE,
    city text NOT NULL,
    postcode text NOT NULL,
    area_sqm numeric(9, 1) NOT NULL,
    has_tower_crane boolean NOT NULL DEFAULT false,
    access_notes text
);

CREATE TABLE projects (
    project_id integer PRIMARY KEY,
    project_code text NOT NULL UNIQUE,
    title text NOT NULL,
    client_id integer NOT NULL REFERENCES clients,
    site_id integer NOT NULL REFERENCES sites,
    status project_status NOT NULL,
    contract_value numeric(14, 2) NOT NULL,
    start_date date NOT NULL,
    planned_completion date NOT NULL,
    actual_completion date,
    project_manager text,
    is_fixed_price boolean NOT NULL
);

CREATE TABLE subcontractors (
    subcontractor_id integer PRIMARY KEY,
    company_name text NOT NULL UNIQUE,
    trade text NOT NULL CHECK (trade IN ('electrical', 'plumbing', 'roofing', 'groundworks',
                                         'steelwork', 'hvac', 'scaffolding', 'carpentry')),
    day_rate numeric(8, 2) NOT NULL,
    is_accredited boolean NOT NULL,
    insurance_expires_on date NOT NULL,
    contact_phone text,
    based_in text NOT NULL
);

CREATE TABLE work_packages (
    package_id integer PRIMARY KEY,
    package_code text NOT NULL UNIQUE,
    project_id integer NOT NULL REFERENCES projects,
    subcontractor_id integer REFERENCES subcontractors,
    package_name text NOT NULL,
    budget numeric(12, 2) NOT NULL,
    planned_start date NOT NULL,
    planned_finish date NOT NULL,
    completed_on date,
    status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'blocked', 'complete')),
    predecessor_id integer REFERENCES work_packages (package_id)
);

CREATE TABLE inspections (
    inspection_id integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES sites,
    package_id integer REFERENCES work_packages,
    inspected_at timestamp NOT NULL,
    inspector_name text NOT NULL,
    inspection_type text NOT NULL
        CHECK (inspection_type IN ('structural', 'fire_safety', 'electrical', 'drainage',
                                   'handover')),
    result inspection_result NOT NULL,
    defects_found integer NOT NULL DEFAULT 0,
    reinspection_due date
);

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    project_id integer NOT NULL REFERENCES projects,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    net_amount numeric(12, 2) NOT NULL,
    vat_amount numeric(12, 2) NOT NULL,
    paid_on date,
    is_disputed boolean NOT NULL DEFAULT false
);

CREATE TABLE change_orders (
    change_order_id integer PRIMARY KEY,
    co_number text NOT NULL UNIQUE,
    project_id integer NOT NULL REFERENCES projects,
    description text NOT NULL,
    raised_on date NOT NULL,
    cost_impact numeric(12, 2) NOT NULL,
    extension_days integer NOT NULL DEFAULT 0,
    status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    approved_on date
);

INSERT INTO clients VALUES
    (1, 'Harbourview Developments', 'commercial', 'Manchester', 'Louise Carter',
     'l.carter@harbourview.co.uk', 45, true),
    (2, 'Northgate City Council', 'public', 'Leeds', 'Martin Oduya',
     'procurement@northgate.gov.uk', 30, true),
    (3, 'Ashworth Homes', 'residential', 'Manchester', 'Jenny Ashworth', NULL, 60, false),
    (4, 'Pennine Logistics Ltd', 'commercial', 'Bradford', 'Colin Hurst',
     'colin.hurst@penninelogistics.com', 45, false),
    (5, 'St. Aidan''s Academy Trust', 'public', 'Sheffield', 'Ruth Okafor',
     'estates@staidans.org.uk', 30, true),
    (6, 'Riverside Housing Association', 'residential', 'Leeds', 'Declan Moss',
     'd.moss@riversideha.org.uk', 30, false),
    (7, 'Calder Retail Group', 'commercial', 'Huddersfield', 'Sunita Rao', NULL, 60, false),
    (8, 'Moorland Water', 'public', 'Sheffield', 'Alan Pritchard',
     'a.pritchard@moorlandwater.co.uk', 30, true),
    (9, 'Kestrel Hotels', 'commercial', 'York', 'Fiona Blake', 'fiona@kestrelhotels.com', 45,
     false),
    (10, 'Thornbury Estates', 'residential', 'Harrogate', 'Hugo Thornbury', NULL, 30, false),
    (11, 'Brightwater Leisure', 'commercial', 'York', 'Nadia Karim',
     'nadia.karim@brightwater.co.uk', 45, false),
    (12, 'Holmfirth Parish Council', 'public', 'Huddersfield', 'Peter Lumb',
     'clerk@holmfirthpc.gov.uk', 30, false);

INSERT INTO sites VALUES
    (1, 'Salford Quays Plot 4', 'Manchester', 'M50 3AZ', 6200.0, true, 'Gate 2 off Broadway'),
    (2, 'Northgate Library', 'Leeds', 'LS1 3BY', 1850.5, false, 'Rear service yard only'),
    (3, 'Ashworth Meadows', 'Bury', 'BL9 8QT', 42000.0, false, NULL),
    (4, 'Lowfields Industrial Estate', 'Bradford', 'BD4 7SP', 28500.0, true, NULL),
    (5, 'St. Aidan''s Campus', 'Sheffield', 'S10 2TN', 9400.0, false,
     'No deliveries 08:15-09:00 or 15:00-15:45'),
    (6, 'Riverside Court', 'Leeds', 'LS10 1QR', 3600.0, false, NULL),
    (7, 'Calder Retail Park', 'Huddersfield', 'HD1 6PW', 15250.0, false, 'Via unit 9 car park'),
    (8, 'Moorland Works', 'Sheffield', 'S6 1LA', 11800.0, true, NULL),
    (9, 'Kestrel Hotel Minster Yard', 'York', 'YO1 7HH', 2450.0, true,
     'Permit needed for Minster Yard'),
    (10, 'Thornbury Mews', 'Harrogate', 'HG1 2RD', 3100.0, false, NULL),
    (11, 'Northgate Interchange', 'Leeds', 'LS2 7EW', 8700.0, true, 'Night works only'),
    (12, 'Wakefield Road Depot', 'Bradford', 'BD3 9LT', 5200.0, false, NULL),
    (13, 'Canal Wharf Plot B', 'Manchester', 'M4 6FQ', 4750.0, false, 'Towpath closed to plant');

INSERT INTO projects VALUES
    (1, 'HV-2301', 'Harbourview Office Tower', 1, 1, 'completed', 18450000.00, '2023-02-06',
     '2024-09-30', '2024-11-15', 'Dana Whitfield', true),
    (2, 'NG-2302', 'Northgate Library Refurbishment', 2, 2, 'completed', 2375000.00,
     '2023-03-13', '2023-12-15', '2023-12-08', 'Samir Qureshi', false),
    (3, 'AH-2303', 'Ashworth Meadows Phase 1', 3, 3, 'completed', 6820000.00, '2023-05-02',
     '2024-06-28', '2024-08-02', 'Dana Whitfield', true),
    (4, 'PL-2304', 'Pennine Distribution Hub', 4, 4, 'active', 12900000.00, '2023-09-18',
     '2025-03-31', NULL, 'Gareth Lowe', true),
    (5, 'SA-2401', 'St. Aidan''s Science Block', 5, 5, 'completed', 4150000.00, '2024-01-08',
     '2024-12-20', '2025-01-24', 'Samir Qureshi', false),
    (6, 'RH-2402', 'Riverside Court Retrofit', 6, 6, 'active', 3380000.00, '2024-03-04',
     '2025-06-30', NULL, 'Priya Nandra', false),
    (7, 'CR-2403', 'Calder Retail Park Units', 7, 7, 'on_hold', 5640000.00, '2024-04-15',
     '2025-05-30', NULL, 'Gareth Lowe', true),
    (8, 'MW-2404', 'Moorland Pumping Station', 8, 8, 'active', 9275000.00, '2024-06-03',
     '2026-02-27', NULL, 'Tomasz Wrobel', false),
    (9, 'KH-2405', 'Kestrel Hotel Extension', 9, 9, 'active', 7410000.00, '2024-09-09',
     '2025-11-28', NULL, 'Priya Nandra', true),
    (10, 'AH-2406', 'Ashworth Meadows Phase 2', 3, 3, 'active', 8035000.00, '2024-10-07',
     '2026-04-30', NULL, NULL, true),
    (11, 'TE-2501', 'Thornbury Mews', 10, 10, 'tendering', 2960000.00, '2025-09-01',
     '2026-08-31', NULL, NULL, true),
    (12, 'NG-2502', 'Northgate Bus Interchange', 2, 11, 'active', 15600000.00, '2025-02-03',
     '2026-10-30', NULL, 'Tomasz Wrobel', false),
    (13, 'HV-2503', 'Harbourview Car Park Deck', 1, 1, 'cancelled', 1890000.00, '2025-04-14',
     '2025-12-19', NULL, 'Dana Whitfield', true),
    (14, 'PL-2504', 'Pennine Cold Store', 4, 12, 'on_hold', 3725000.00, '2025-05-12',
     '2026-03-27', NULL, 'Gareth Lowe', false),
    (15, 'MW-2505', 'Moorland Reservoir Outfall', 8, 8, 'tendering', 2140000.00, '2026-01-12',
     '2026-11-27', NULL, NULL, false),
    (16, 'RH-2506', 'Riverside Court Phase 2', 6, 6, 'completed', 1465000.00, '2025-01-20',
     '2025-10-31', '2025-10-17', 'Priya Nandra', false);

INSERT INTO subcontractors VALUES
    (1, 'Brightspark Electrical Ltd', 'electrical', 420.00, true, '2026-03-31', '0113 496 0182',
     'Leeds'),
    (2, 'Aqua Flow Plumbing', 'plumbing', 385.00, true, '2025-11-30', '0161 496 0733',
     'Manchester'),
    (3, 'Summit Roofing Co', 'roofing', 360.00, false, '2026-06-30', NULL, 'Bradford'),
    (4, 'Deepcut Groundworks', 'groundworks', 510.00, true, '2026-01-31', '0114 496 0255',
     'Sheffield'),
    (5, 'Ironbridge Steel Fabrications', 'steelwork', 640.00, true, '2026-09-30',
     '0114 496 0918', 'Sheffield'),
    (6, 'CoolAir HVAC Services', 'hvac', 455.00, false, '2025-08-31', '0113 496 0477', 'Leeds'),
    (7, 'Tower Scaffolding Ltd', 'scaffolding', 330.00, true, '2026-02-28', '01274 496 021',
     'Bradford'),
    (8, 'Oakline Joinery', 'carpentry', 295.00, false, '2025-12-31', NULL, 'York'),
    (9, 'Volt Electrical Contractors', 'electrical', 398.00, false, '2026-05-31',
     '0161 496 0390', 'Manchester'),
    (10, 'Pennine Groundworks', 'groundworks', 470.00, true, '2025-10-31', '01484 496 112',
     'Huddersfield'),
    (11, 'Crestline Roofing', 'roofing', 375.00, true, '2026-04-30', '0113 496 0641', 'Leeds'),
    (12, 'Precision Steel Erectors', 'steelwork', 615.00, false, '2026-07-31', NULL,
     'Manchester'),
    (13, 'Heatwise Mechanical', 'hvac', 480.00, true, '2026-08-31', '0114 496 0566',
     'Sheffield'),
    (14, 'Yorkshire Timber Frames', 'carpentry', 310.00, true, '2026-10-31', '01904 496 803',
     'York');

INSERT INTO work_packages
SELECT i,
       'WP-' || lpad(i::text, 3, '0'),
       p.project_id,
       CASE k WHEN 1 THEN CASE WHEN i % 2 = 0 THEN 4 ELSE 10 END
              WHEN 2 THEN 7
              WHEN 3 THEN CASE WHEN i % 2 = 0 THEN 5 ELSE 12 END
              WHEN 4 THEN CASE WHEN i % 2 = 0 THEN 11 ELSE 3 END
              WHEN 5 THEN CASE WHEN i % 2 = 0 THEN 2 ELSE 6 END
              WHEN 6 THEN CASE WHEN i % 2 = 0 THEN 1 ELSE 9 END
              ELSE CASE WHEN i % 3 = 0 THEN NULL ELSE 8 END END,
       (ARRAY['Substructure', 'Scaffolding', 'Structural frame', 'Roof envelope',
              'Mechanical services', 'Electrical installation', 'Internal fit-out'])[k],
       40000 + (i * 79193) % 460000 + (i * 37 % 100) / 100.0,
       p.start_date + (k - 1) * 45,
       p.start_date + (k - 1) * 45 + 60 + (i * 13) % 90,
       CASE WHEN p.status = 'completed'
                 OR p.start_date + (k - 1) * 45 + 60 + (i * 13) % 90 < date '2025-03-01'
            THEN p.start_date + (k - 1) * 45 + 48 + (i * 13) % 90 + (i * 11) % 40 END,
       CASE WHEN p.status = 'completed'
                 OR p.start_date + (k - 1) * 45 + 60 + (i * 13) % 90 < date '2025-03-01'
            THEN 'complete'
            WHEN i % 5 = 0 OR p.status = 'on_hold' THEN 'blocked'
            WHEN p.start_date + (k - 1) * 45 < date '2025-09-01' THEN 'in_progress'
            ELSE 'not_started' END,
       CASE WHEN i > 13 THEN i - 13 END
FROM generate_series(1, 36) AS i,
     LATERAL (SELECT 1 + (i - 1) % 7 AS k) AS kk,
     LATERAL (SELECT (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16])[1 + (i - 1) % 13] AS pid)
         AS pp
JOIN projects AS p ON p.project_id = pp.pid
ORDER BY i;

INSERT INTO inspections
SELECT i,
       CASE WHEN i % 6 = 0 THEN 1 + i % 11 ELSE p.site_id END,
       CASE WHEN i % 6 = 0 THEN NULL ELSE w.package_id END,
       w.planned_start + (i * 17) % 60 + make_interval(hours => 8 + i % 9, mins => (i * 7) % 60),
       (ARRAY['Helen Marsh', 'Kwame Boateng', 'Lucy Farrow', 'Ian Petrie', 'Rosa Delgado'])
           [1 + (i * i * i + i / 7) % 5],
       (ARRAY['structural', 'fire_safety', 'electrical', 'drainage', 'handover'])[1 + (i * 3) % 5],
       (CASE WHEN i % 7 = 0 THEN 'failed' WHEN i % 4 = 0 THEN 'conditional' ELSE 'passed' END)
           ::inspection_result,
       CASE WHEN i % 7 = 0 THEN 4 + i % 5 WHEN i % 4 = 0 THEN 2 + i % 3 ELSE i % 2 END,
       CASE WHEN i % 7 = 0 OR i % 4 = 0 THEN (w.planned_start + (i * 17) % 60) + 14 END
FROM generate_series(1, 30) AS i
JOIN work_packages AS w ON w.package_id = 1 + (i * 5) % 36
JOIN projects AS p ON p.project_id = w.project_id
ORDER BY i;

INSERT INTO invoices
SELECT i,
       'INV-' || (24000 + i * 3),
       p.project_id,
       p.start_date + 35 * (1 + i % 7),
       p.start_date + 35 * (1 + i % 7) + 30,
       25000 + (i * 48611) % 900000 + (i * 29 % 100) / 100.0,
       round((25000 + (i * 48611) % 900000 + (i * 29 % 100) / 100.0) * 0.2, 2),
       CASE WHEN i % 5 = 0 OR i % 7 = 0 THEN NULL
            ELSE p.start_date + 35 * (1 + i % 7) + 12 + (i * 7) % 30 END,
       i % 11 = 0
FROM generate_series(1, 32) AS i
JOIN projects AS p
    ON p.project_id = (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16])[1 + (i * 3) % 13]
ORDER BY i;

INSERT INTO change_orders
SELECT i,
       'CO-' || lpad(i::text, 3, '0'),
       p.project_id,
       (ARRAY['Additional piling to north corner', 'Upgrade to triple glazing',
              'Client-requested layout change', 'Omit feature staircase',
              'Extra drainage run', 'Revised fire stopping details'])[1 + i % 6],
       p.start_date + 20 + (i * 37) % 200,
       CASE WHEN i % 6 = 3 THEN -(5000 + (i * 1237) % 20000)
            ELSE 8000 + (i * 15731) % 240000 END,
       (i * 3) % 25,
       CASE WHEN i % 5 = 0 THEN 'rejected' WHEN i % 7 = 0 THEN 'pending' ELSE 'approved' END,
       CASE WHEN i % 5 <> 0 AND i % 7 <> 0 THEN p.start_date + 30 + (i * 37) % 200 + i % 15 END
FROM generate_series(1, 22) AS i
JOIN projects AS p
    ON p.project_id = (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16])[1 + (i * 4) % 13]
ORDER BY i;
"""
