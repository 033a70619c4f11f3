"""A SaaS billing schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

SAAS: Final = """
CREATE TYPE invoice_status AS ENUM ('open', 'paid', 'void', 'uncollectible');

CREATE TABLE sales_reps (
    rep_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text NOT NULL UNIQUE,
    region text NOT NULL CHECK (region IN ('NA', 'EMEA', 'APAC', 'LATAM')),
    hired_on date NOT NULL,
    annual_quota_usd numeric(12, 2),
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE plans (
    plan_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    monthly_price_usd numeric(8, 2) NOT NULL,
    seats_included integer NOT NULL,
    billing_period text NOT NULL CHECK (billing_period IN ('monthly', 'annual')),
    is_legacy boolean NOT NULL DEFAULT false,
    launched_on date NOT NULL
);

CREATE TABLE accounts (
    account_id integer PRIMARY KEY,
    company_name text NOT NULL UNIQUE,
    country text NOT NULL,
    industry text NOT NULL CHECK (industry IN ('fintech', 'healthcare', 'retail', 'education',
                                               'logistics', 'media', 'manufacturing')),
    employee_count integer NOT NULL,
    signed_up_on date NOT NULL,
    is_churned boolean NOT NULL DEFAULT false,
    churned_on date,
    rep_id integer REFERENCES sales_reps,
    billing_email text
);

CREATE TABLE subscriptions (
    subscription_id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts,
    plan_id integer NOT NULL REFERENCES plans,
    status text NOT NULL CHECK (status IN ('trialing', 'active', 'past_due', 'cancelled')),
    seats integer NOT NULL,
    started_on date NOT NULL,
    trial_ends_on date NOT NULL,
    cancelled_at timestamptz,
    ends_on date
);

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    account_id integer NOT NULL REFERENCES accounts,
    subscription_id integer NOT NULL REFERENCES subscriptions,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    paid_on date,
    amount_usd numeric(10, 2) NOT NULL,
    status invoice_status NOT NULL
);

CREATE TABLE daily_usage (
    account_id integer NOT NULL REFERENCES accounts,
    usage_date date NOT NULL,
    api_calls integer NOT NULL,
    error_count integer NOT NULL DEFAULT 0,
    storage_gb numeric(8, 2) NOT NULL,
    PRIMARY KEY (account_id, usage_date)
);

CREATE TABLE support_tickets (
    ticket_id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts,
    subject text NOT NULL,
    priority text NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    status text NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')),
    opened_at timestamptz NOT NULL,
    resolved_at timestamptz,
    satisfaction_score smallint CHECK (satisfaction_score BETWEEN 1 AND 5)
);

INSERT INTO sales_reps VALUES
    (1, 'Priya Natarajan', 'priya.natarajan@cloudmetric.io', 'EMEA', '2018-03-12', 650000, true),
    (2, 'Marcus Webb', 'marcus.webb@cloudmetric.io', 'NA', '2016-07-01', 800000, true),
    (3, 'Sofia Lindqvist', 'sofia.lindqvist@cloudmetric.io', 'EMEA', '2020-01-20', 500000, true),
    (4, 'Daniel Okafor', 'daniel.okafor@cloudmetric.io', 'NA', '2019-09-09', 550000, true),
    (5, 'Mei Tanaka', 'mei.tanaka@cloudmetric.io', 'APAC', '2021-04-15', 450000, true),
    (6, 'Lucas Ferreira', 'lucas.ferreira@cloudmetric.io', 'LATAM', '2017-11-06', NULL, false),
    (7, 'Hannah Brooks', 'hannah.brooks@cloudmetric.io', 'NA', '2022-06-13', 400000, true),
    (8, 'Arjun Mehta', 'arjun.mehta@cloudmetric.io', 'APAC', '2015-02-02', NULL, false);

INSERT INTO plans VALUES
    (1, 'Hobby', 0, 1, 'monthly', false, '2017-01-01'),
    (2, 'Starter', 29, 3, 'monthly', false, '2017-01-01'),
    (3, 'Team', 99, 10, 'monthly', false, '2018-05-01'),
    (4, 'Business', 299, 25, 'annual', false, '2019-03-01'),
    (5, 'Enterprise', 1200, 100, 'annual', false, '2020-09-01'),
    (6, 'Professional Classic', 149, 15, 'monthly', true, '2015-06-01'),
    (7, 'Growth 2016', 59, 5, 'monthly', true, '2016-02-15'),
    (8, 'Team Annual', 85, 10, 'annual', false, '2021-01-11');

INSERT INTO accounts
SELECT i,
       (ARRAY['Acme', 'Brightwave', 'Nimbus', 'Quantum', 'Northwind', 'Bluefin', 'Cobalt',
              'Driftwood', 'Evergreen', 'Foxglove', 'Granite', 'Helix', 'Ironclad', 'Juniper',
              'Kestrel', 'Lumen', 'Meridian', 'Nova', 'Orchard', 'Pinnacle', 'Quarry', 'Redwood',
              'Sable', 'Tidal', 'Umbra', 'Vertex', 'Willow', 'Xenon', 'Yellowtail', 'Zephyr'])
           [1 + (i - 1) % 30]
       || ' ' ||
       CASE WHEN i <= 30
            THEN (ARRAY['Labs', 'Health', 'Logistics', 'Media', 'Analytics'])[1 + (i - 1) % 5]
            ELSE (ARRAY['Systems', 'Software', 'Group', 'Digital', 'Partners'])[1 + (i - 1) % 5]
       END,
       (ARRAY['United States', 'Germany', 'United Kingdom', 'France', 'Canada', 'Brazil', 'Japan',
              'India', 'Australia', 'Netherlands'])[1 + (i * 3) % 10],
       (ARRAY['fintech', 'healthcare', 'retail', 'education', 'logistics', 'media',
              'manufacturing'])[1 + i % 7],
       (i * 137) % 2000 + 5,
       CASE i WHEN 57 THEN current_date - 5 WHEN 58 THEN current_date - 12
              WHEN 59 THEN current_date - 20 WHEN 60 THEN current_date - 29
              ELSE date '2020-03-02' + i * 31 END,
       i % 8 = 0,
       CASE WHEN i % 8 = 0 THEN date '2020-03-02' + i * 31 + 400 END,
       CASE WHEN i % 11 = 0 THEN NULL WHEN i % 9 = 0 THEN 3 ELSE 1 + (i * 5) % 8 END,
       CASE WHEN i % 13 = 0 THEN NULL ELSE 'billing+' || i || '@customer-mail.com' END
FROM generate_series(1, 60) AS i;

INSERT INTO subscriptions
SELECT i,
       a.account_id,
       p.plan_id,
       CASE WHEN a.is_churned THEN 'cancelled'
            WHEN i BETWEEN 57 AND 60 THEN 'trialing'
            WHEN i % 9 = 0 THEN 'past_due'
            WHEN i % 10 = 3 THEN 'cancelled'
            ELSE 'active' END,
       p.seats_included + (i % 7) * 3,
       a.signed_up_on + CASE WHEN i > 60 THEN 200 ELSE 0 END,
       a.signed_up_on + CASE WHEN i BETWEEN 57 AND 60 THEN 30 WHEN i > 60 THEN 214 ELSE 14 END,
       CASE WHEN a.is_churned THEN a.churned_on + time '10:30'
            WHEN i % 10 = 3 AND i NOT BETWEEN 57 AND 60
                THEN a.signed_up_on + CASE WHEN i > 60 THEN 500 ELSE 300 END + time '14:00'
       END,
       CASE WHEN a.is_churned THEN a.churned_on + 30
            WHEN i % 10 = 3 AND i NOT BETWEEN 57 AND 60
                THEN a.signed_up_on + CASE WHEN i > 60 THEN 530 ELSE 330 END
       END
FROM generate_series(1, 80) AS i
JOIN accounts AS a ON a.account_id = 1 + (i - 1) % 60
JOIN plans AS p ON p.plan_id = (ARRAY[1, 2, 3, 4, 5, 7, 3, 8, 2, 4])[1 + i % 10];

INSERT INTO invoices
SELECT n,
       'INV-' || to_char(issued, 'YYYY') || '-' || lpad(n::text, 4, '0'),
       account_id,
       subscription_id,
       issued,
       issued + 30,
       CASE WHEN n % 17 = 0 OR n % 23 = 0 OR n % 11 = 0 THEN NULL ELSE issued + n % 20 END,
       amount,
       (CASE WHEN n % 17 = 0 THEN 'void' WHEN n % 23 = 0 THEN 'uncollectible'
             WHEN n % 11 = 0 THEN 'open' ELSE 'paid' END)::invoice_status
FROM (
    SELECT row_number() OVER (ORDER BY s.subscription_id, k)::integer AS n,
           s.account_id,
           s.subscription_id,
           s.trial_ends_on + (k - 1) * CASE p.billing_period WHEN 'annual' THEN 365 ELSE 30 END
               AS issued,
           CASE p.billing_period WHEN 'annual' THEN p.monthly_price_usd * 12
                ELSE p.monthly_price_usd END
               + (s.seats - p.seats_included) * 12 + (k - 1) * 8 AS amount
    FROM subscriptions AS s
    JOIN plans AS p ON p.plan_id = s.plan_id
    CROSS JOIN LATERAL generate_series(1, 2 + s.subscription_id % 4) AS k
    WHERE s.status <> 'trialing' AND p.monthly_price_usd > 0
) AS billed
WHERE issued < date '2026-09-01'
  AND NOT EXISTS (SELECT 1 FROM subscriptions AS c
                  WHERE c.subscription_id = billed.subscription_id AND c.ends_on <= issued);

INSERT INTO invoices
SELECT 900 + j,
       'INV-' || to_char(due - 30, 'YYYY') || '-' || lpad((900 + j)::text, 4, '0'),
       s.account_id,
       s.subscription_id,
       due - 30,
       due,
       CASE WHEN j % 2 = 0 THEN due - 2 END,
       p.monthly_price_usd + (s.seats - p.seats_included) * 12,
       (CASE WHEN j % 2 = 0 THEN 'paid' ELSE 'open' END)::invoice_status
FROM generate_series(1, 6) AS j
CROSS JOIN LATERAL (
    SELECT (date_trunc('month', current_date) - interval '1 month')::date + 3 * j AS due
) AS d
JOIN subscriptions AS s ON s.subscription_id = (ARRAY[2, 6, 12, 22, 26, 41])[j]
JOIN plans AS p ON p.plan_id = s.plan_id;

INSERT INTO daily_usage
SELECT a.account_id,
       date '2026-10-05' + d * 6,
       (a.account_id * 7919 + d * 104729) % 20000 + 100,
       (a.account_id * 31 + d * 17) % 90,
       round(((a.account_id * 53 + d * 7) % 500) / 10.0 + 1, 2)
FROM accounts AS a
CROSS JOIN generate_series(0, 4) AS d
WHERE NOT a.is_churned AND a.account_id % 10 <> 9 AND a.account_id <= 56;

INSERT INTO support_tickets
SELECT i,
       CASE WHEN i % 6 = 0 THEN 5 WHEN i % 10 = 0 THEN 22 WHEN i % 14 = 0 THEN 37
            ELSE 1 + (i * 7) % 50 END,
       (ARRAY['Cannot log in', 'Question about an invoice', 'API rate limit errors',
              'Add more seats', 'Webhook failures', 'Data export request', 'SSO setup help',
              'Change billing address'])[1 + i % 8],
       CASE WHEN i % 11 = 0 THEN 'urgent' WHEN i % 4 = 0 THEN 'high' WHEN i % 3 = 0 THEN 'low'
            ELSE 'normal' END,
       CASE WHEN i > 112 THEN 'open' WHEN i % 13 = 0 THEN 'pending' WHEN i % 5 = 0 THEN 'closed'
            ELSE 'solved' END,
       CASE WHEN i > 112 THEN date_trunc('month', current_date) + (i - 112) * interval '50 minutes'
            ELSE timestamptz '2024-01-08 09:15+00' + i * interval '5 days 3 hours' END,
       CASE WHEN i <= 112 AND i % 13 <> 0
            THEN timestamptz '2024-01-08 09:15+00' + i * interval '5 days 3 hours'
                 + (1 + i % 9) * interval '3 hours 20 minutes' END,
       CASE WHEN i <= 112 AND i % 13 <> 0 AND i % 4 <> 1 THEN 1 + i % 5 END
FROM generate_series(1, 120) AS i;
"""
