"""A charity fundraising schema with deterministic rows, for questions about groups and aggregates.

Campaigns for a cause, donors in tiers, their donations (an amount each, some refunded later with
an amount of their own), volunteers and the link table of who helps on which campaign. Two tables
hold an ``amount_gbp`` column, so "average donation amount per method" must take the donations'
own number, not the refunds'.
"""

from typing import Final

GROUPS_WORLD: Final = """
CREATE TABLE campaigns (
    campaign_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    cause text NOT NULL CHECK (cause IN ('health', 'education', 'environment')),
    target_gbp numeric(12, 2) NOT NULL,
    launched_on date NOT NULL,
    closes_on date
);

CREATE TABLE donors (
    donor_id integer PRIMARY KEY,
    full_name text NOT NULL,
    city text NOT NULL,
    tier text NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold')),
    joined_on date NOT NULL
);

CREATE TABLE donations (
    donation_id integer PRIMARY KEY,
    donor_id integer NOT NULL REFERENCES donors,
    campaign_id integer NOT NULL REFERENCES campaigns,
    amount_gbp numeric(10, 2) NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'cash', 'bank_transfer', 'cheque')),
    donated_on date NOT NULL,
    gift_aid boolean NOT NULL DEFAULT false
);

CREATE TABLE refunds (
    refund_id integer PRIMARY KEY,
    donation_id integer NOT NULL REFERENCES donations,
    amount_gbp numeric(10, 2) NOT NULL,
    refunded_on date NOT NULL,
    reason text
);

CREATE TABLE volunteers (
    volunteer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    city text NOT NULL,
    signed_up_on date NOT NULL
);

CREATE TABLE campaign_volunteers (
    campaign_id integer NOT NULL REFERENCES campaigns,
    volunteer_id integer NOT NULL REFERENCES volunteers,
    role text NOT NULL CHECK (role IN ('organiser', 'collector', 'driver')),
    PRIMARY KEY (campaign_id, volunteer_id)
);

INSERT INTO campaigns VALUES
    (1, 'Clean Rivers', 'environment', 50000, '2024-03-01', '2025-03-01'),
    (2, 'Books for Schools', 'education', 20000, '2024-09-01', NULL),
    (3, 'Heart Research Drive', 'health', 120000, '2023-05-15', '2024-12-31'),
    (4, 'Tree Planting Week', 'environment', 8000, '2025-04-10', '2025-04-17'),
    (5, 'Night Shelter Beds', 'health', 35000, '2025-01-20', NULL),
    (6, 'Coding Clubs', 'education', 15000, '2023-11-01', '2024-06-30');

INSERT INTO donors
SELECT i,
       (ARRAY['Ada', 'Ben', 'Cleo', 'Dev', 'Esme', 'Finn', 'Gita', 'Hugo', 'Iris', 'Jon',
              'Kemi', 'Lars', 'Mona', 'Nils', 'Oona', 'Pavel', 'Quinn', 'Rhea', 'Sol',
              'Tess'])[i] || ' ' ||
       (ARRAY['Hart', 'Lowe', 'Marsh', 'Reed', 'Stone', 'Vale', 'Webb'])[1 + i % 7],
       (ARRAY['Leeds', 'York', 'Hull', 'Derby'])[1 + (i * 3) % 4],
       CASE WHEN i % 5 = 0 THEN 'gold' WHEN i % 3 = 0 THEN 'silver' ELSE 'bronze' END,
       date '2019-01-07' + i * 97
FROM generate_series(1, 20) AS i;

INSERT INTO donations
SELECT i,
       1 + (i * 7) % 20,
       1 + (i * 5 + i / 7) % 6,
       (10 + (i * 37) % 240)::numeric + i / 100.0,
       (ARRAY['card', 'cash', 'bank_transfer', 'cheque'])[1 + (i % 7) % 4],
       date '2023-06-01' + i * 9,
       i % 3 = 0
FROM generate_series(1, 90) AS i;

INSERT INTO refunds
SELECT j, j * 8, (5 + (j * 13) % 60)::numeric + j / 10.0, date '2023-07-01' + j * 70,
       CASE WHEN j % 2 = 0 THEN 'duplicate payment' ELSE 'donor request' END
FROM generate_series(1, 11) AS j;

INSERT INTO volunteers
SELECT i,
       (ARRAY['Aled', 'Bea', 'Cyrus', 'Dina', 'Emil', 'Fatou', 'Gus', 'Hana', 'Ivo', 'Jade',
              'Kai', 'Lena'])[i] || ' ' ||
       (ARRAY['Moss', 'Price', 'Shaw', 'Tate', 'Young'])[1 + i % 5],
       (ARRAY['Leeds', 'York', 'Hull'])[1 + i % 3],
       date '2022-02-01' + i * 61
FROM generate_series(1, 12) AS i;

INSERT INTO campaign_volunteers
SELECT c, v,
       (ARRAY['organiser', 'collector', 'driver'])[1 + (c + v) % 3]
FROM generate_series(1, 6) AS c, generate_series(1, 12) AS v
WHERE (c * v + c) % (c + 1) < c - 1 OR v = c;
"""
