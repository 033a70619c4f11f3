"""A freight company's schema for the planner's fifth held-out set, with deterministic rows."""

from typing import Final

FREIGHT: Final = """
CREATE TYPE service_tier AS ENUM ('economy', 'standard', 'express', 'overnight');
CREATE TYPE shipment_state AS ENUM ('pending', 'in_transit', 'delivered', 'returned', 'lost');
CREATE TYPE account_tier AS ENUM ('basic', 'business', 'premium');
CREATE TABLE depots (
    depot_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    depot_name  text NOT NULL UNIQUE,
    city        text NOT NULL,
    country     text NOT NULL,
    capacity_m3 integer NOT NULL,
    opened_on   date NOT NULL
);
CREATE TABLE carriers (
    carrier_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    carrier_name text NOT NULL UNIQUE,
    hq_country   text NOT NULL,
    is_active    boolean NOT NULL DEFAULT true,
    rating       numeric(2, 1)
);
CREATE TABLE carrier_depots (
    carrier_id     integer NOT NULL REFERENCES carriers,
    depot_id       integer NOT NULL REFERENCES depots,
    contract_start date NOT NULL,
    monthly_fee    numeric(9, 2) NOT NULL,
    PRIMARY KEY (carrier_id, depot_id)
);
CREATE TABLE customers (
    customer_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_name text NOT NULL UNIQUE,
    city         text NOT NULL,
    country      text NOT NULL,
    tier         account_tier NOT NULL,
    vat_number   text,
    signed_up_on date NOT NULL
);
CREATE TABLE shipments (
    shipment_id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id      integer NOT NULL REFERENCES customers,
    origin_depot_id  integer NOT NULL REFERENCES depots,
    carrier_id       integer NOT NULL REFERENCES carriers,
    service          service_tier NOT NULL,
    state            shipment_state NOT NULL,
    destination_city text NOT NULL,
    booked_at        timestamp NOT NULL,
    dispatched_at    timestamp,
    delivered_at     timestamp,
    promised_date    date NOT NULL,
    shipping_cost    numeric(9, 2) NOT NULL,
    declared_value   numeric(11, 2)
);
CREATE TABLE parcels (
    parcel_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id integer NOT NULL REFERENCES shipments,
    weight_kg   numeric(6, 2) NOT NULL,
    length_cm   integer NOT NULL,
    contents    text NOT NULL,
    is_fragile  boolean NOT NULL
);
CREATE TABLE invoices (
    invoice_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    issued_on   date NOT NULL,
    amount_due  numeric(10, 2) NOT NULL,
    paid_on     date
);
INSERT INTO depots (depot_name, city, country, capacity_m3, opened_on) VALUES
    ('Lyon North', 'Lyon', 'France', 12000, '2012-04-01'),
    ('Marseille Port', 'Marseille', 'France', 18500, '2009-09-15'),
    ('Hamburg Hub', 'Hamburg', 'Germany', 25000, '2015-02-01'),
    ('Rotterdam Gate', 'Rotterdam', 'Netherlands', 30000, '2017-06-20'),
    ('Milan East', 'Milan', 'Italy', 9000, '2020-11-03'),
    ('Lyon South', 'Lyon', 'France', 7500, '2022-03-14');
INSERT INTO carriers (carrier_name, hq_country, is_active, rating) VALUES
    ('SwiftFreight', 'France', true, 4.2), ('NordLogistik', 'Germany', true, 3.8),
    ('BlueLine Express', 'Netherlands', true, 4.6), ('Via Cargo', 'Italy', true, NULL),
    ('Rapid Parcel', 'France', false, 2.9);
INSERT INTO carrier_depots (carrier_id, depot_id, contract_start, monthly_fee) VALUES
    (1, 1, '2019-01-01', 4200), (1, 2, '2019-06-01', 3900), (1, 6, '2022-04-01', 2500),
    (2, 3, '2016-03-01', 5100), (2, 4, '2018-01-01', 4700), (3, 4, '2017-07-01', 5600),
    (3, 3, '2020-02-01', 4400), (3, 1, '2021-09-01', 3300), (4, 5, '2021-01-01', 2800),
    (4, 2, '2023-05-01', 3100), (5, 1, '2014-01-01', 1900), (5, 6, '2022-05-01', 1700);
INSERT INTO customers (company_name, city, country, tier, vat_number, signed_up_on)
SELECT (ARRAY['Acme', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Helix',
              'Indigo', 'Juniper', 'Kestrel', 'Lumen'])[1 + i % 12] || ' '
       || (ARRAY['Trading', 'Foods', 'Textiles', 'Electronics', 'Furniture'])[1 + i % 5],
       (ARRAY['Lyon', 'Paris', 'Berlin', 'Hamburg', 'Amsterdam', 'Milan', 'Turin'])[1 + k],
       (ARRAY['France', 'France', 'Germany', 'Germany', 'Netherlands', 'Italy',
              'Italy'])[1 + k],
       (CASE WHEN i % 7 = 0 THEN 'premium' WHEN i % 3 = 0 THEN 'business'
             ELSE 'basic' END)::account_tier,
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'EU' || lpad((i * 7919)::text, 9, '0') END,
       date '2018-01-01' + i * 37
FROM generate_series(1, 60) i,
     LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 0 ELSE i % 7 END AS k) ck;
INSERT INTO shipments (customer_id, origin_depot_id, carrier_id, service, state,
                       destination_city, booked_at, dispatched_at, delivered_at, promised_date,
                       shipping_cost, declared_value)
SELECT 1 + (i * 7 + i / 9) % 60,
       CASE WHEN i % 8 = 0 THEN 1 WHEN i % 13 = 0 THEN 4 WHEN i % 19 = 0 THEN 3
            ELSE 1 + (i * 5 + i / 7) % 6 END,
       CASE WHEN i % 9 = 0 THEN 3 ELSE 1 + (i * 3 + i / 5) % 5 END,
       (ARRAY['economy', 'standard', 'standard', 'express', 'overnight'])[1 + i % 5]::service_tier,
       st::shipment_state,
       (ARRAY['Paris', 'Berlin', 'Madrid', 'Vienna', 'Brussels', 'Lyon', 'Munich',
              'Prague'])[1 + (i * 5) % 8],
       b, CASE WHEN st <> 'pending' THEN b + (1 + i % 3) * interval '5 hours' END,
       CASE WHEN st = 'delivered'
            THEN b + (1 + i % 3) * interval '5 hours' + ((i * 5) % 7) * interval '1 day'
                 + interval '3 hours' END,
       b::date + (ARRAY[6, 4, 4, 2, 1])[1 + i % 5],
       8.50 + (i * 37) % 240 + (i % 7) * 0.11,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 100 + (i * 211) % 4900 END
FROM generate_series(1, 500) i,
     LATERAL (SELECT timestamp '2023-01-05 09:00' + i * interval '2 days 20 hours' AS b) bt,
     LATERAL (SELECT CASE WHEN i > 492 THEN 'pending' WHEN i > 480 THEN 'in_transit'
                          WHEN i % 17 = 0 THEN 'lost' WHEN i % 11 = 0 THEN 'returned'
                          ELSE 'delivered' END AS st) s;
INSERT INTO parcels (shipment_id, weight_kg, length_cm, contents, is_fragile)
SELECT 1 + (i * 13) % 500, 0.20 + ((i * 29) % 1103) / 20.0, 10 + (i * 7) % 140,
       (ARRAY['electronics', 'clothing', 'documents', 'furniture', 'food', 'books'])[1 + i % 6],
       i % 4 = 0
FROM generate_series(1, 1100) i;
INSERT INTO invoices (customer_id, issued_on, amount_due, paid_on)
SELECT 1 + (i * 11) % 60, date '2023-02-01' + i * 4, 150 + (i * 83) % 2900,
       CASE WHEN i % 6 = 0 OR i > 340 THEN NULL ELSE date '2023-02-01' + i * 4 + 10 + i % 25 END
FROM generate_series(1, 350) i;
ANALYZE;
"""
