"""A car-repair garage schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

GARAGE: Final = """
CREATE TYPE payment_method AS ENUM ('card', 'cash', 'bank_transfer');

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text,
    phone text,
    city text NOT NULL,
    preferred_contact text NOT NULL CHECK (preferred_contact IN ('email', 'phone', 'sms')),
    joined_on date NOT NULL,
    is_fleet_account boolean NOT NULL DEFAULT false
);

CREATE TABLE vehicles (
    vehicle_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    registration text NOT NULL UNIQUE,
    make text NOT NULL,
    model text NOT NULL,
    model_year integer NOT NULL,
    fuel_type text NOT NULL CHECK (fuel_type IN ('petrol', 'diesel', 'hybrid', 'electric')),
    mileage_km integer NOT NULL,
    nct_due_on date
);

CREATE TABLE mechanics (
    mechanic_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    speciality text NOT NULL
        CHECK (speciality IN ('engine', 'electrical', 'bodywork', 'tyres', 'general')),
    hourly_rate_eur numeric(6, 2) NOT NULL,
    hired_on date NOT NULL,
    is_ev_certified boolean NOT NULL DEFAULT false
);

CREATE TABLE suppliers (
    supplier_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country text NOT NULL,
    contact_email text NOT NULL,
    lead_time_days integer NOT NULL
);

CREATE TABLE parts (
    part_id integer PRIMARY KEY,
    part_number text NOT NULL UNIQUE,
    name text NOT NULL UNIQUE,
    category text NOT NULL CHECK (category IN
        ('brakes', 'engine', 'filters', 'electrical', 'suspension', 'tyres', 'fluids', 'body')),
    supplier_id integer NOT NULL REFERENCES suppliers,
    unit_price_eur numeric(8, 2) NOT NULL,
    stock_qty integer NOT NULL,
    reorder_level integer NOT NULL,
    is_oem boolean NOT NULL
);

CREATE TABLE repair_orders (
    order_id integer PRIMARY KEY,
    vehicle_id integer NOT NULL REFERENCES vehicles,
    mechanic_id integer REFERENCES mechanics,
    job_type text NOT NULL
        CHECK (job_type IN ('service', 'repair', 'nct_prep', 'diagnostic', 'tyres')),
    complaint text NOT NULL,
    status text NOT NULL
        CHECK (status IN ('open', 'in_progress', 'waiting_parts', 'completed', 'cancelled')),
    opened_at timestamp NOT NULL,
    closed_on date,
    labour_hours numeric(4, 1) NOT NULL,
    mileage_at_intake_km integer NOT NULL,
    is_warranty boolean NOT NULL DEFAULT false
);

CREATE TABLE order_lines (
    line_id serial PRIMARY KEY,
    order_id integer NOT NULL REFERENCES repair_orders,
    part_id integer NOT NULL REFERENCES parts,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price_eur numeric(8, 2) NOT NULL,
    UNIQUE (order_id, part_id)
);

CREATE TABLE invoices (
    invoice_id serial PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    order_id integer NOT NULL UNIQUE REFERENCES repair_orders,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    total_eur numeric(10, 2) NOT NULL,
    payment_status text NOT NULL
        CHECK (payment_status IN ('unpaid', 'paid', 'overdue', 'written_off')),
    paid_on date,
    paid_by payment_method
);

INSERT INTO customers
SELECT i,
       (ARRAY['Aoife', 'Ciaran', 'Siobhan', 'Padraig', 'Niamh', 'Eoin', 'Orla', 'Cathal',
              'Grainne', 'Darragh', 'Roisin', 'Fionn', 'Sinead', 'Colm', 'Aisling', 'Ronan',
              'Clodagh', 'Donal', 'Maeve', 'Tadhg', 'Emma', 'Jack', 'Sarah', 'Conor', 'Laura',
              'Sean', 'Ciara', 'Liam', 'Megan', 'Adam', 'Chloe', 'Luke', 'Rachel', 'Mark',
              'Katie', 'Paul', 'Amy', 'Brian', 'Zofia', 'Tomas'])[i]
       || ' ' ||
       (ARRAY['Murphy', 'Kelly', 'Byrne', 'Ryan', 'Walsh', 'Doyle', 'McCarthy', 'Gallagher',
              'Lynch', 'Murray', 'Quinn', 'Moore', 'McLoughlin', 'Carroll', 'Connolly', 'Daly',
              'Dunne', 'Brennan', 'Burke', 'Collins', 'Campbell', 'Clarke', 'Johnston',
              'Hughes', 'Farrell', 'Fitzgerald', 'Brown', 'Martin', 'Maguire', 'Nolan', 'Flynn',
              'Kennedy', 'Healy', 'Sweeney', 'Kavanagh', 'Power', 'Foley', 'Duffy', 'Reilly',
              'Whelan'])[1 + (i * 7) % 40],
       CASE WHEN i % 11 = 0 THEN NULL ELSE 'driver' || i || '@post.ie' END,
       CASE WHEN i % 8 = 0 THEN NULL ELSE '08' || (5 + i % 3) || ' ' || (1000000 + i * 48271) END,
       CASE WHEN i % 3 = 0 THEN 'Dublin'
            ELSE (ARRAY['Cork', 'Galway', 'Limerick', 'Waterford', 'Dublin'])[1 + i % 5] END,
       (ARRAY['email', 'phone', 'sms'])[1 + i % 3],
       CASE WHEN i > 34 THEN current_date - (i - 34) * 37 ELSE date '2014-05-12' + i * 97 END,
       i % 9 = 0
FROM generate_series(1, 40) AS i;

INSERT INTO vehicles
SELECT i,
       1 + (i * 13) % 37,
       lpad((y % 100)::text, 2, '0') || '-' || (ARRAY['D', 'C', 'G', 'L', 'W', 'KE'])[1 + i % 6]
           || '-' || (1000 + i * 37),
       make,
       model,
       y,
       CASE WHEN make IN ('Tesla', 'Nissan') THEN 'electric'
            WHEN model IN ('Yaris', 'RAV4') THEN 'hybrid'
            WHEN i % 3 = 0 THEN 'diesel' ELSE 'petrol' END,
       CASE WHEN i = 12 THEN 412380
            WHEN make IN ('Tesla', 'Nissan') THEN 9000 + (i * 4111) % 60000
            ELSE (2025 - y) * 14000 + (i * 3571) % 9000 END,
       CASE WHEN i % 7 <> 0 THEN current_date + (i * 53) % 700 - 120 END
FROM generate_series(1, 60) AS i,
     LATERAL (SELECT (ARRAY['Volkswagen', 'Toyota', 'Ford', 'Skoda', 'Toyota', 'Hyundai',
                            'Volkswagen', 'BMW', 'Ford', 'Tesla', 'Nissan', 'Renault', 'Toyota',
                            'Kia', 'Volvo'])[1 + (i * 4) % 15] AS make,
                     (ARRAY['Golf', 'Corolla', 'Focus', 'Octavia', 'Yaris', 'Tucson', 'Polo',
                            '3 Series', 'Fiesta', 'Model 3', 'Leaf', 'Clio', 'RAV4', 'Sportage',
                            'XC60'])[1 + (i * 4) % 15] AS model) AS m,
     LATERAL (SELECT CASE WHEN i = 23 THEN 1999
                          WHEN m.make IN ('Tesla', 'Nissan') THEN 2017 + i % 7
                          ELSE 2004 + (i * 7) % 20 END AS y) AS s;

INSERT INTO mechanics VALUES
    (1, 'Tomasz Nowak', 'engine', 62.00, '2011-03-14', false),
    (2, 'Declan Fitzpatrick', 'general', 55.00, '2008-09-01', false),
    (3, 'Michelle Dwyer', 'electrical', 68.50, '2015-06-22', true),
    (4, 'Andrius Kazlauskas', 'bodywork', 58.00, '2019-02-11', false),
    (5, 'Kevin Moran', 'tyres', 45.00, '2019-10-07', false),
    (6, 'Joanne Hennessy', 'engine', 64.00, '2013-01-28', true),
    (7, 'Pawel Wisniewski', 'general', 52.50, '2017-04-03', false),
    (8, 'Shane Corcoran', 'electrical', 71.00, '2021-08-16', true),
    (9, 'Eimear Costello', 'general', 60.00, '2022-11-21', true),
    (10, 'Gary Tierney', 'tyres', 42.00, current_date - 40, false),
    (11, 'Ruth Mulligan', 'bodywork', 49.00, current_date - 12, false);

INSERT INTO suppliers VALUES
    (1, 'Bosch Automotive Ireland', 'Ireland', 'orders@bosch-auto.ie', 2),
    (2, 'Febi Bilstein', 'Germany', 'sales@febi.de', 6),
    (3, 'Brembo Europe', 'Italy', 'ordini@brembo-europe.it', 9),
    (4, 'Autoparts Wholesale', 'United Kingdom', 'trade@autoparts-wholesale.co.uk', 4),
    (5, 'Mann Filter Distribution', 'Germany', 'vertrieb@mann-filter.de', 5),
    (6, 'Michelin Tyre Supply', 'France', 'commandes@michelin-supply.fr', 3),
    (7, 'Lucas Electrical', 'United Kingdom', 'orders@lucas-electrical.co.uk', 7),
    (8, 'Castrol Lubricants', 'Ireland', 'ie.orders@castrol.com', 1);

INSERT INTO parts
SELECT i,
       upper(left(category, 2)) || '-' || (4000 + i * 37),
       name,
       category,
       supplier_id,
       price,
       CASE WHEN i % 9 = 0 THEN 0 ELSE (i * 7) % 23 + 1 END,
       CASE WHEN price > 200 THEN 1 ELSE 4 END,
       i % 4 <> 0
FROM (VALUES
    (1, 'Front brake pad set', 'brakes', 3, 48.50),
    (2, 'Rear brake pad set', 'brakes', 3, 42.00),
    (3, 'Front brake disc', 'brakes', 3, 65.90),
    (4, 'Rear brake disc', 'brakes', 3, 58.00),
    (5, 'Brake caliper', 'brakes', 3, 129.00),
    (6, 'Handbrake cable', 'brakes', 4, 34.00),
    (7, 'Timing belt kit', 'engine', 2, 189.00),
    (8, 'Water pump', 'engine', 2, 96.00),
    (9, 'Spark plug', 'engine', 1, 9.80),
    (10, 'Glow plug', 'engine', 1, 18.40),
    (11, 'Ignition coil', 'engine', 1, 54.00),
    (12, 'Fan belt', 'engine', 2, 22.00),
    (13, 'Turbocharger', 'engine', 1, 845.00),
    (14, 'Clutch kit', 'engine', 4, 310.00),
    (15, 'Head gasket', 'engine', 2, 76.00),
    (16, 'Thermostat', 'engine', 2, 28.50),
    (17, 'Exhaust back box', 'engine', 4, 145.00),
    (18, 'Catalytic converter', 'engine', 4, 620.00),
    (19, 'Lambda sensor', 'engine', 1, 88.00),
    (20, 'Oil filter', 'filters', 5, 11.20),
    (21, 'Air filter', 'filters', 5, 16.90),
    (22, 'Cabin pollen filter', 'filters', 5, 14.50),
    (23, 'Fuel filter', 'filters', 5, 24.00),
    (24, 'Car battery 70Ah', 'electrical', 7, 139.00),
    (25, 'Alternator', 'electrical', 1, 265.00),
    (26, 'Starter motor', 'electrical', 1, 228.00),
    (27, 'H7 headlight bulb', 'electrical', 7, 8.90),
    (28, 'Wiper motor', 'electrical', 7, 92.00),
    (29, 'ABS sensor', 'electrical', 1, 47.00),
    (30, 'Fuse kit', 'electrical', 7, 6.50),
    (31, 'Front shock absorber', 'suspension', 2, 84.00),
    (32, 'Rear shock absorber', 'suspension', 2, 72.00),
    (33, 'Coil spring', 'suspension', 2, 49.00),
    (34, 'Track rod end', 'suspension', 2, 27.00),
    (35, 'Lower control arm', 'suspension', 4, 68.00),
    (36, 'Wheel bearing', 'suspension', 2, 44.00),
    (37, 'Anti-roll bar link', 'suspension', 4, 19.50),
    (38, 'Tyre 205/55 R16', 'tyres', 6, 92.00),
    (39, 'Tyre 225/45 R17', 'tyres', 6, 118.00),
    (40, 'Tyre 195/65 R15', 'tyres', 6, 76.00),
    (41, 'Tyre valve', 'tyres', 6, 2.40),
    (42, 'Engine oil 5W-30 5L', 'fluids', 8, 46.00),
    (43, 'Coolant 5L', 'fluids', 8, 21.00),
    (44, 'AdBlue 10L', 'fluids', 8, 18.00),
    (45, 'Brake fluid DOT 4', 'fluids', 8, 12.50),
    (46, 'Screenwash 5L', 'fluids', 8, 7.50),
    (47, 'Wing mirror glass', 'body', 4, 31.00),
    (48, 'Wiper blade set', 'body', 7, 24.90),
    (49, 'Number plate', 'body', 4, 25.00),
    (50, 'Windscreen', 'body', 4, 340.00)
) AS v (i, name, category, supplier_id, price);

INSERT INTO repair_orders
SELECT i,
       1 + (i * 17) % 57,
       CASE WHEN i % 25 = 0 THEN NULL
            ELSE (ARRAY[1, 2, 3, 1, 4, 5, 6, 2, 7, 1, 8, 9, 3, 2, 6, 1])[1 + (i * 5) % 16] END,
       (ARRAY['service', 'repair', 'nct_prep', 'diagnostic', 'tyres', 'repair'])[1 + i % 6],
       (ARRAY['Annual service', 'Brake noise', 'Engine warning light', 'NCT preparation',
              'Tyres worn', 'Battery not charging', 'Clutch slipping', 'Oil leak',
              'Suspension knock', 'Air conditioning not cold'])[1 + (i * 3) % 10],
       CASE WHEN d <= 5 THEN 'open'
            WHEN d <= 11 THEN 'in_progress'
            WHEN d <= 19 AND i % 2 = 0 THEN 'waiting_parts'
            WHEN i % 13 = 0 THEN 'cancelled'
            ELSE 'completed' END,
       current_date - d + (8 + i % 9) * interval '1 hour' + (i * 7 % 60) * interval '1 minute',
       CASE WHEN d <= 11 OR (d <= 19 AND i % 2 = 0) THEN NULL
            WHEN i % 13 = 0 THEN current_date - d
            ELSE current_date - d + 2 + i % 3 END,
       ((i * 7) % 16) / 2.0 + 0.5,
       0,
       i % 11 = 0
FROM generate_series(1, 150) AS i,
     LATERAL (SELECT CASE WHEN i > 120 THEN (150 - i) * 2 + 1 ELSE 60 + (120 - i) * 9 END AS d)
         AS t;

UPDATE repair_orders o
SET mileage_at_intake_km = greatest(500, v.mileage_km - (current_date - o.opened_at::date) * 40)
FROM vehicles v
WHERE v.vehicle_id = o.vehicle_id;

INSERT INTO order_lines (order_id, part_id, quantity, unit_price_eur)
SELECT o.order_id, p.part_id, 1 + (o.order_id + k) % 4, p.unit_price_eur
FROM repair_orders o,
     generate_series(1, 1 + o.order_id % 3) AS k,
     parts p
WHERE o.status NOT IN ('open', 'cancelled')
  AND p.part_id = 1 + (o.order_id * 7 + k * 11) % 46
ORDER BY o.order_id, k;

INSERT INTO invoices (invoice_number, order_id, issued_on, due_on, total_eur, payment_status,
                      paid_on, paid_by)
SELECT 'INV-' || lpad(o.order_id::text, 5, '0'),
       o.order_id,
       o.closed_on,
       o.closed_on + 30,
       o.labour_hours * coalesce(m.hourly_rate_eur, 50)
           + coalesce((SELECT sum(l.quantity * l.unit_price_eur) FROM order_lines l
                       WHERE l.order_id = o.order_id), 0),
       s.status,
       CASE WHEN s.status = 'paid' THEN o.closed_on + o.order_id % 20 END,
       CASE WHEN s.status = 'paid'
            THEN (ARRAY['card', 'cash', 'bank_transfer', 'card']::payment_method[])
                     [1 + o.order_id % 4] END
FROM repair_orders o
LEFT JOIN mechanics m ON m.mechanic_id = o.mechanic_id,
LATERAL (SELECT CASE WHEN o.closed_on + 30 >= current_date THEN 'unpaid'
                     WHEN o.order_id % 29 = 0 THEN 'written_off'
                     WHEN o.order_id % 10 = 0 THEN 'overdue'
                     ELSE 'paid' END AS status) AS s
WHERE o.status = 'completed' AND o.order_id % 17 <> 0
ORDER BY o.order_id;
"""
