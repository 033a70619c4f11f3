"""A property-management company's database with deterministic rows, for a held-out exam."""

from typing import Final

# Dates that questions read as "this year" or "last month" (payments, maintenance, leases) are
# computed from current_date; dates that questions name by year (owners, buildings, tenants)
# are fixed.
RENTALS: Final = """
CREATE TYPE lease_status AS ENUM ('pending', 'active', 'ended', 'cancelled');
CREATE TYPE payment_method AS ENUM ('bank_transfer', 'card', 'cash', 'direct_debit');
CREATE TYPE request_priority AS ENUM ('low', 'medium', 'high', 'urgent');

CREATE TABLE owners (
    owner_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country text NOT NULL,
    is_company boolean NOT NULL,
    email text,
    onboarded_on date NOT NULL
);

CREATE TABLE buildings (
    building_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    owner_id integer NOT NULL REFERENCES owners (owner_id),
    street text NOT NULL,
    city text NOT NULL,
    country text NOT NULL,
    built_year integer NOT NULL,
    floor_count integer NOT NULL,
    has_elevator boolean NOT NULL,
    acquired_on date NOT NULL
);

CREATE TABLE units (
    unit_id integer PRIMARY KEY,
    building_id integer NOT NULL REFERENCES buildings (building_id),
    unit_code text NOT NULL UNIQUE,
    floor_no integer NOT NULL,
    bedrooms integer NOT NULL,
    size_m2 numeric(6, 1) NOT NULL,
    monthly_rent_eur numeric(8, 2) NOT NULL,
    is_furnished boolean NOT NULL
);

CREATE TABLE tenants (
    tenant_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL,
    phone text,
    nationality text NOT NULL,
    born_on date NOT NULL
);

CREATE TABLE leases (
    lease_id integer PRIMARY KEY,
    unit_id integer NOT NULL REFERENCES units (unit_id),
    status lease_status NOT NULL,
    start_on date NOT NULL,
    end_on date,
    agreed_rent_eur numeric(8, 2) NOT NULL,
    deposit_eur numeric(8, 2) NOT NULL,
    signed_at timestamptz NOT NULL
);

CREATE TABLE lease_tenants (
    lease_id integer NOT NULL REFERENCES leases (lease_id),
    tenant_id integer NOT NULL REFERENCES tenants (tenant_id),
    is_primary boolean NOT NULL,
    rent_share_pct numeric(5, 2) NOT NULL,
    PRIMARY KEY (lease_id, tenant_id)
);

CREATE TABLE rent_payments (
    payment_id integer PRIMARY KEY,
    lease_id integer NOT NULL REFERENCES leases (lease_id),
    due_on date NOT NULL,
    paid_on date,
    amount_eur numeric(8, 2) NOT NULL,
    method payment_method
);

CREATE TABLE maintenance_requests (
    request_id integer PRIMARY KEY,
    unit_id integer NOT NULL REFERENCES units (unit_id),
    reported_by integer REFERENCES tenants (tenant_id),
    category text NOT NULL,
    priority request_priority NOT NULL,
    status text NOT NULL,
    opened_on date NOT NULL,
    resolved_on date,
    cost_eur numeric(8, 2)
);

INSERT INTO owners VALUES
    (1, 'Harbor Estates Ltd', 'Spain', true, 'office@harborestates.es', '2017-03-14'),
    (2, 'Lucía Fernández', 'Spain', false, NULL, '2019-11-02'),
    (3, 'Casa Norte SL', 'Spain', true, 'info@casanorte.es', '2021-03-22'),
    (4, 'João Silva', 'Portugal', false, 'joao.silva@mail.pt', '2018-06-30'),
    (5, 'Atlântico Imóveis', 'Portugal', true, 'geral@atlantico.pt', '2022-09-05'),
    (6, 'Maison Bleue SAS', 'France', true, 'contact@maisonbleue.fr', '2016-01-19'),
    (7, 'Claire Dubois', 'France', false, 'claire.dubois@mail.fr', '2023-03-08'),
    (8, 'Stadtwohnen GmbH', 'Germany', true, 'kontakt@stadtwohnen.de', '2015-10-12'),
    (9, 'Klaus Weber', 'Germany', false, NULL, '2020-07-27'),
    (10, 'Vesta Immobiliare', 'Italy', true, 'info@vesta.it', '2024-02-16'),
    (11, 'Grachten Vastgoed BV', 'Netherlands', true, 'info@grachten.nl', '2024-05-03'),
    (12, 'Pieter de Vries', 'Netherlands', false, NULL, '2019-12-11');

INSERT INTO buildings VALUES
    (1, 'Riverside Court', 1, 'Calle del Río 12', 'Madrid', 'Spain', 1998, 7, true, '2017-05-02'),
    (2, 'Plaza Mayor Lofts', 1, 'Calle Mayor 4', 'Madrid', 'Spain', 1924, 4, false,
        '2018-02-15'),
    (3, 'Sol Residences', 2, 'Calle de Alcalá 88', 'Madrid', 'Spain', 2011, 9, true,
        '2019-12-01'),
    (4, 'Gràcia Gardens', 3, 'Carrer de Verdi 31', 'Barcelona', 'Spain', 1965, 5, true,
        '2021-06-10'),
    (5, 'Eixample House', 1, 'Carrer de Mallorca 201', 'Barcelona', 'Spain', 1908, 6, false,
        '2019-03-20'),
    (6, 'Turia View', 3, 'Avinguda del Port 55', 'Valencia', 'Spain', 2005, 8, true,
        '2022-01-31'),
    (7, 'Alfama Terraces', 4, 'Rua dos Remédios 17', 'Lisbon', 'Portugal', 1931, 3, false,
        '2018-09-14'),
    (8, 'Tejo Point', 5, 'Avenida Infante Dom Henrique 300', 'Lisbon', 'Portugal', 2019, 12,
        true, '2022-11-07'),
    (9, 'Ribeira Flats', 5, 'Rua da Reboleira 9', 'Porto', 'Portugal', 1952, 4, false,
        '2023-04-18'),
    (10, 'Belleville Studios', 6, 'Rue de Belleville 140', 'Paris', 'France', 1972, 6, true,
        '2016-03-01'),
    (11, 'Canal Saint-Martin', 7, 'Quai de Valmy 62', 'Paris', 'France', 1889, 5, false,
        '2023-07-12'),
    (12, 'Croix-Rousse Apartments', 6, 'Boulevard de la Croix-Rousse 45', 'Lyon', 'France',
        2008, 7, true, '2017-10-23'),
    (13, 'Spree Quarter', 8, 'Holzmarktstraße 25', 'Berlin', 'Germany', 1996, 8, true,
        '2015-12-04'),
    (14, 'Kreuzberg Hof', 9, 'Oranienstraße 190', 'Berlin', 'Germany', 1903, 5, false,
        '2020-08-19'),
    (15, 'Prenzlauer Yard', 8, 'Kastanienallee 77', 'Berlin', 'Germany', 2015, 6, true,
        '2019-06-28'),
    (16, 'Isar Residenz', 8, 'Erhardtstraße 10', 'Munich', 'Germany', 1979, 10, true,
        '2016-09-09'),
    (17, 'Navigli Lofts', 10, 'Ripa di Porta Ticinese 39', 'Milan', 'Italy', 1937, 4, false,
        '2024-03-05'),
    (18, 'Brera Court', 10, 'Via Solferino 22', 'Milan', 'Italy', 2002, 6, true, '2024-06-17'),
    (19, 'Trastevere Palazzo', 10, 'Via della Lungaretta 70', 'Rome', 'Italy', 1860, 3, false,
        '2024-10-02'),
    (20, 'Jordaan Canal House', 11, 'Prinsengracht 301', 'Amsterdam', 'Netherlands', 1742, 4,
        false, '2024-07-22'),
    (21, 'Oost Docks', 12, 'Piet Heinkade 150', 'Amsterdam', 'Netherlands', 2017, 11, true,
        '2020-02-11'),
    (22, 'Maas Tower', 11, 'Wilhelminakade 88', 'Rotterdam', 'Netherlands', 2021, 18, true,
        '2024-11-29'),
    (23, 'Retiro Park House', 1, 'Calle de Menéndez Pelayo 21', 'Madrid', 'Spain', 1954, 6,
        true, '2021-03-16'),
    (24, 'Bairro Alto Suites', 4, 'Rua da Rosa 120', 'Lisbon', 'Portugal', 1988, 5, true,
        '2020-05-05');

-- 3 to 6 units a building; rent from size and a rate per city.
INSERT INTO units
SELECT s.u, s.building_id,
       upper(left(replace(s.name, ' ', ''), 3)) || '-' || lpad(s.k::text, 2, '0'),
       1 + (s.k * 3) % s.floor_count, bd.bedrooms, sz.size,
       round(sz.size * r.rate + (s.u % 9) * 4.5, 2), s.u % 3 = 0
FROM (
    SELECT (row_number() OVER (ORDER BY b.building_id, k))::int AS u, b.building_id, b.name,
           b.city, b.floor_count, k
    FROM buildings b, generate_series(1, 3 + b.building_id % 4) AS k
) s
CROSS JOIN LATERAL (SELECT (s.u * 7) % 4 AS bedrooms) bd
CROSS JOIN LATERAL (SELECT 26 + bd.bedrooms * 21 + (s.u * 13) % 17 + (s.u % 10) / 10.0 AS size) sz
CROSS JOIN LATERAL (
    SELECT CASE s.city
        WHEN 'Paris' THEN 31 WHEN 'Amsterdam' THEN 28 WHEN 'Munich' THEN 26
        WHEN 'Milan' THEN 23 WHEN 'Barcelona' THEN 20 WHEN 'Madrid' THEN 19 WHEN 'Rome' THEN 19
        WHEN 'Berlin' THEN 17 WHEN 'Lisbon' THEN 17 WHEN 'Rotterdam' THEN 16 WHEN 'Lyon' THEN 15
        ELSE 13 END AS rate
) r;

INSERT INTO tenants
SELECT i, n.full_name, lower(replace(n.full_name, ' ', '.')) || i || '@mail.example',
       CASE WHEN i % 6 <> 0 THEN '+34 6' || lpad(((i * 7919) % 100000000)::text, 8, '0') END,
       (ARRAY['Spain', 'Portugal', 'France', 'Germany', 'Italy', 'Netherlands',
              'United Kingdom', 'Ireland'])[1 + (i * 3) % 8],
       date '1958-01-01' + (i * 2731) % 16000
FROM generate_series(1, 100) AS i
CROSS JOIN LATERAL (SELECT
    (ARRAY['Maria', 'James', 'Sofia', 'Lukas', 'Emma', 'Mateo', 'Chloé', 'Jonas', 'Giulia',
           'Noah', 'Ana', 'Pedro', 'Inès', 'Felix', 'Laura', 'Diego', 'Sara', 'Tomás', 'Lena',
           'Marco'])[1 + (i - 1) % 20]
    || ' ' ||
    (ARRAY['Lopez', 'Schmidt', 'Rossi', 'Martin', 'Silva', 'Jansen', 'Garcia', 'Moreau',
           'Bauer', 'Costa', 'Bianchi', 'Dubois', 'Fischer', 'Santos', 'Visser', 'Romero',
           'Ferreira', 'Conti', 'Leroy', 'Wagner', 'Bakker', 'Navarro',
           'Almeida'])[1 + ((i - 1) * 7) % 23] AS full_name) n;

-- Leases 1-100 cover units 1-100 once; 101-120 are the second lease of the units of 1-20,
-- which have ended. Units 101 and up were never let.
INSERT INTO leases
SELECT i, d.unit_id, d.status, d.start_on, d.end_on,
       round(u.monthly_rent_eur * (0.9 + (i % 5) * 0.02), 2),
       round(u.monthly_rent_eur * (0.9 + (i % 5) * 0.02), 2) * (2 + (i % 4 = 0)::int),
       (d.start_on - (5 + i % 20))::timestamp + make_interval(hours => 9 + i % 8)
FROM generate_series(1, 120) AS i
CROSS JOIN LATERAL (SELECT
    1 + ((i - 1) * 47) % 100 AS unit_id,
    CASE WHEN i > 100 AND i % 4 = 0 THEN 'pending'
         WHEN i > 100 THEN 'active'
         WHEN i <= 20 OR i % 5 = 0 THEN 'ended'
         WHEN i % 11 = 0 THEN 'cancelled'
         ELSE 'active' END::lease_status AS status,
    CASE WHEN i > 100 AND i % 4 = 0 THEN current_date + 5 + i % 30
         WHEN i > 100 THEN current_date - (i * 37) % 300
         WHEN i <= 20 THEN current_date - 800 - (i * 53) % 1500
         WHEN i % 5 = 0 THEN current_date - 400 - (i * 61) % 2100
         ELSE current_date - 10 - (i * 61) % 2500 END AS start_on
) s
CROSS JOIN LATERAL (SELECT s.unit_id, s.status, s.start_on,
    CASE WHEN s.status = 'ended' AND i <= 20
             THEN least(s.start_on + 365 * (1 + i % 2), current_date - 320)
         WHEN s.status = 'ended' THEN s.start_on + 365
         WHEN s.status = 'active' AND i % 3 <> 0
             THEN s.start_on + ((current_date - s.start_on) / 365 + 1) * 365
    END AS end_on
) d
JOIN units u ON u.unit_id = d.unit_id;

-- One primary tenant a lease; every third lease has a co-tenant paying 40 %.
INSERT INTO lease_tenants
SELECT i, 1 + ((i - 1) * 29 + (i > 100)::int * 13) % 100, true,
       CASE WHEN i % 3 = 0 THEN 60 ELSE 100 END
FROM generate_series(1, 120) AS i
UNION ALL
SELECT i, 1 + ((i - 1) * 29 + 50) % 100, false, 40
FROM generate_series(3, 120, 3) AS i;

-- The last four monthly payments of every lease that ran: up to this month for those running.
INSERT INTO rent_payments
SELECT p.payment_id, p.lease_id, p.due_on,
       CASE WHEN NOT p.unpaid THEN least(p.due_on + (p.payment_id * 5) % 11 - 3, current_date) END,
       CASE WHEN p.payment_id % 13 = 0 THEN round(p.agreed_rent_eur / 2, 2)
            ELSE p.agreed_rent_eur END,
       CASE WHEN NOT p.unpaid THEN (ARRAY['direct_debit', 'direct_debit', 'bank_transfer',
           'bank_transfer', 'card', 'cash', 'direct_debit'])[1 + (p.lease_id * 3 + p.m) % 7]
       END::payment_method
FROM (
    SELECT (row_number() OVER (ORDER BY l.lease_id, m))::int AS payment_id, l.lease_id, m,
           l.agreed_rent_eur,
           (date_trunc('month', CASE WHEN l.status = 'ended' THEN l.end_on - 1
                                     ELSE current_date END)
            - make_interval(months => m))::date + 4 AS due_on,
           (l.status = 'active' AND m = 0 AND l.lease_id % 2 = 0) AS unpaid_now
    FROM leases l, generate_series(0, 3) AS m
    WHERE l.status IN ('active', 'ended')
) q
CROSS JOIN LATERAL (SELECT q.*, q.unpaid_now OR q.payment_id % 17 = 0 AS unpaid) p;

INSERT INTO maintenance_requests
SELECT r, s.unit_id,
       CASE WHEN r % 7 <> 0 THEN (
           SELECT lt.tenant_id FROM leases l JOIN lease_tenants lt ON lt.lease_id = l.lease_id
           WHERE l.unit_id = s.unit_id AND lt.is_primary AND l.status <> 'pending'
           ORDER BY l.start_on DESC LIMIT 1) END,
       (ARRAY['plumbing', 'electrical', 'heating', 'appliance', 'pest control',
              'damp'])[1 + (r * 5 + r / 7) % 6],
       (ARRAY['low', 'medium', 'high', 'urgent'])[1 + (r * 3 + r / 5) % 4]::request_priority,
       s.status, s.opened_on,
       CASE WHEN s.status = 'resolved' THEN s.opened_on + 1 + r % 12 END,
       CASE WHEN s.status = 'resolved' THEN round(40 + (r * 97) % 900 + r / 10.0, 2) END
FROM generate_series(1, 90) AS r
CROSS JOIN LATERAL (SELECT
    1 + (r * 14 + r * r) % 108 AS unit_id,
    current_date - (r * 23 + 330) % 400 AS opened_on,
    CASE WHEN r % 9 = 0 THEN 'cancelled'
         WHEN (r * 23 + 330) % 400 < 30 OR r % 6 = 0 THEN
             CASE WHEN r % 2 = 1 THEN 'open' ELSE 'in progress' END
         ELSE 'resolved' END AS status
) s;
"""
