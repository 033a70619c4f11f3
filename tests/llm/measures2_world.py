"""Three small schemas in one database, a hiking club, a translation agency and a radio
station, with deterministic rows: superlatives said in other words and what groups measure.
"""

from typing import Final

MEASURES2_WORLD: Final = """
CREATE TABLE trails (
    trail_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    region text NOT NULL,
    length_km numeric(5, 1) NOT NULL,
    avg_incline_pct numeric(4, 1) NOT NULL,
    opened_on date NOT NULL
);

CREATE TABLE rangers (
    ranger_id integer PRIMARY KEY,
    full_name text NOT NULL,
    region text NOT NULL,
    contract_hours integer NOT NULL,
    started_on date NOT NULL
);

CREATE TABLE patrols (
    patrol_id integer PRIMARY KEY,
    ranger_id integer NOT NULL REFERENCES rangers,
    trail_id integer NOT NULL REFERENCES trails,
    patrolled_on date NOT NULL,
    hours_worked numeric(4, 1) NOT NULL
);

CREATE TABLE huts (
    hut_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    trail_id integer NOT NULL REFERENCES trails,
    capacity integer NOT NULL
);

CREATE TABLE clients (
    client_id integer PRIMARY KEY,
    company_name text NOT NULL,
    city text NOT NULL,
    signed_on date NOT NULL
);

CREATE TABLE jobs (
    job_id integer PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients,
    title text NOT NULL,
    word_count integer NOT NULL,
    quoted_price numeric(8, 2) NOT NULL
);

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    client_id integer NOT NULL REFERENCES clients,
    fee_amount numeric(8, 2) NOT NULL,
    vat_amount numeric(8, 2) NOT NULL,
    issued_on date NOT NULL
);

CREATE TABLE translators (
    translator_id integer PRIMARY KEY,
    full_name text NOT NULL,
    day_fee numeric(7, 2) NOT NULL,
    hired_on date NOT NULL
);

CREATE TABLE assignments (
    job_id integer NOT NULL REFERENCES jobs,
    translator_id integer NOT NULL REFERENCES translators,
    fee_paid numeric(8, 2) NOT NULL,
    PRIMARY KEY (job_id, translator_id)
);

CREATE TABLE shows (
    show_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    slot text NOT NULL CHECK (slot IN ('breakfast', 'drive', 'late'))
);

CREATE TABLE daily_listens (
    show_id integer NOT NULL REFERENCES shows,
    aired_on date NOT NULL,
    listens integer NOT NULL,
    PRIMARY KEY (show_id, aired_on)
);

CREATE TABLE presenters (
    presenter_id integer PRIMARY KEY,
    full_name text NOT NULL
);

CREATE TABLE show_presenters (
    show_id integer NOT NULL REFERENCES shows,
    presenter_id integer NOT NULL REFERENCES presenters,
    PRIMARY KEY (show_id, presenter_id)
);

CREATE TABLE subscribers (
    subscriber_id integer PRIMARY KEY,
    full_name text NOT NULL
);

CREATE TABLE charges (
    charge_id integer PRIMARY KEY,
    subscriber_id integer NOT NULL REFERENCES subscribers,
    amount_gbp numeric(7, 2) NOT NULL,
    charged_on date NOT NULL
);

INSERT INTO trails VALUES
    (1, 'Ridge Loop', 'north', 12.5, 8.5, '2010-05-01'),
    (2, 'Gorge Climb', 'north', 6.0, 17.2, '2016-07-12'),
    (3, 'Lakeside Path', 'south', 21.0, 2.1, '2004-04-20'),
    (4, 'Pine Traverse', 'south', 9.4, 11.8, '2021-06-03');

INSERT INTO rangers VALUES
    (1, 'Hanna Berg', 'north', 30, '2015-03-01'), (2, 'Colm Doyle', 'south', 38, '2008-09-15'),
    (3, 'Mirela Popescu', 'north', 20, '2019-01-07'), (4, 'Ade Okafor', 'south', 38, '2012-11-20');

INSERT INTO patrols VALUES
    (1, 1, 1, '2025-06-01', 6.5), (2, 1, 2, '2025-06-02', 4.0), (3, 2, 3, '2025-06-01', 8.0),
    (4, 3, 2, '2025-06-03', 3.5), (5, 3, 4, '2025-06-04', 5.0), (6, 3, 1, '2025-06-05', 7.5);

INSERT INTO huts VALUES
    (1, 'Eagle Hut', 1, 24), (2, 'Gorge Shelter', 2, 8), (3, 'Lake Lodge', 3, 40),
    (4, 'Pine Bothy', 4, 12);

INSERT INTO clients VALUES
    (1, 'Nordwind Legal', 'Hamburg', '2019-02-11'), (2, 'Kestrel Pharma', 'Basel', '2021-08-30'),
    (3, 'Atlas Games', 'Lyon', '2017-05-04'), (4, 'Brightline Media', 'Dublin', '2023-01-16');

INSERT INTO jobs VALUES
    (1, 1, 'Merger contract', 12000, 2400.00), (2, 1, 'Court filing', 3000, 600.00),
    (3, 2, 'Patient leaflet', 1500, 5200.00), (4, 3, 'Game script', 40000, 7000.00),
    (5, 3, 'Store blurb', 500, 120.00), (6, 4, 'Press kit', 2500, 450.00);

INSERT INTO invoices VALUES
    (1, 1, 300.00, 60.00, '2024-01-31'), (2, 1, 250.00, 50.00, '2024-02-29'),
    (3, 1, 400.00, 80.00, '2024-03-31'), (4, 2, 5200.00, 0.00, '2024-02-15'),
    (5, 3, 3500.00, 700.00, '2024-04-30'), (6, 3, 3640.00, 728.00, '2024-05-31'),
    (7, 4, 450.00, 4000.00, '2024-06-30');

INSERT INTO translators VALUES
    (1, 'Ines Cardoso', 320.00, '2018-04-01'), (2, 'Jonas Weber', 410.00, '2014-10-13'),
    (3, 'Sakura Mori', 280.00, '2022-02-28');

INSERT INTO assignments VALUES
    (1, 1, 900.00), (1, 2, 700.00), (2, 2, 300.00), (3, 3, 2600.00), (4, 1, 1500.00),
    (4, 2, 1700.00), (4, 3, 1200.00), (5, 1, 60.00), (6, 3, 200.00), (6, 2, 150.00);

INSERT INTO shows VALUES
    (1, 'Sunrise Sessions', 'breakfast'), (2, 'The Long Drive', 'drive'),
    (3, 'After Hours', 'late'), (4, 'Weekend Wake-Up', 'breakfast');

INSERT INTO daily_listens VALUES
    (1, '2025-03-01', 1200), (1, '2025-03-02', 1100), (1, '2025-03-03', 900),
    (2, '2025-03-01', 5400), (3, '2025-03-01', 300), (3, '2025-03-02', 250),
    (3, '2025-03-03', 280), (3, '2025-03-04', 310), (4, '2025-03-02', 2600);

INSERT INTO presenters VALUES
    (1, 'Dara Quinn'), (2, 'Lotte Janssen'), (3, 'Femi Adeyemi'), (4, 'Rosa Lindgren');

INSERT INTO show_presenters VALUES
    (1, 1), (1, 2), (2, 3), (3, 3), (4, 3), (4, 1), (3, 4);

INSERT INTO subscribers VALUES (1, 'Olive Grant'), (2, 'Tariq Aziz'), (3, 'Wen Li');

INSERT INTO charges VALUES
    (1, 1, 4.99, '2025-01-01'), (2, 1, 4.99, '2025-02-01'), (3, 1, 4.99, '2025-03-01'),
    (4, 2, 49.00, '2025-01-15'), (5, 3, 9.99, '2025-01-20'), (6, 3, 9.99, '2025-02-20');
"""
