"""A retail bank schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

BANK: Final = """
CREATE TYPE account_kind AS ENUM ('checking', 'savings', 'business', 'term_deposit');
CREATE TYPE loan_status AS ENUM ('active', 'repaid', 'defaulted');

CREATE TABLE branches (
    branch_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    sort_code text NOT NULL UNIQUE,
    opened_on date NOT NULL,
    manager_name text,
    has_safe_deposit_boxes boolean NOT NULL DEFAULT false
);

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    birth_date date NOT NULL,
    home_branch_id integer NOT NULL REFERENCES branches,
    segment text NOT NULL CHECK (segment IN ('retail', 'premier', 'private')),
    joined_on date NOT NULL,
    referred_by integer REFERENCES customers (customer_id),
    is_verified boolean NOT NULL DEFAULT false
);

CREATE TABLE accounts (
    account_id integer PRIMARY KEY,
    iban text NOT NULL UNIQUE,
    kind account_kind NOT NULL,
    currency char(3) NOT NULL DEFAULT 'GBP',
    balance numeric(12, 2) NOT NULL,
    interest_rate_pct numeric(4, 2) NOT NULL DEFAULT 0,
    opened_on date NOT NULL,
    closed_on date,
    is_frozen boolean NOT NULL DEFAULT false
);

CREATE TABLE account_holders (
    account_id integer NOT NULL REFERENCES accounts,
    customer_id integer NOT NULL REFERENCES customers,
    is_primary boolean NOT NULL,
    PRIMARY KEY (account_id, customer_id)
);

CREATE TABLE cards (
    card_id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts,
    last_four text NOT NULL,
    network text NOT NULL CHECK (network IN ('visa', 'mastercard', 'amex')),
    is_credit boolean NOT NULL,
    credit_limit_gbp numeric(10, 2),
    expires_on date NOT NULL,
    blocked_at timestamp
);

CREATE TABLE transfers (
    transfer_id integer PRIMARY KEY,
    from_account_id integer NOT NULL REFERENCES accounts (account_id),
    to_account_id integer NOT NULL REFERENCES accounts (account_id),
    amount_gbp numeric(12, 2) NOT NULL,
    booked_at timestamp NOT NULL,
    status text NOT NULL CHECK (status IN ('completed', 'pending', 'rejected')),
    reference text
);

CREATE TABLE loans (
    loan_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    branch_id integer NOT NULL REFERENCES branches,
    purpose text NOT NULL CHECK (purpose IN ('mortgage', 'car', 'personal', 'education')),
    principal_gbp numeric(12, 2) NOT NULL,
    annual_rate_pct numeric(4, 2) NOT NULL,
    term_months integer NOT NULL,
    issued_on date NOT NULL,
    status loan_status NOT NULL,
    repaid_on date
);

CREATE TABLE repayments (
    repayment_id serial PRIMARY KEY,
    loan_id integer NOT NULL REFERENCES loans,
    paid_on date NOT NULL,
    amount_gbp numeric(10, 2) NOT NULL,
    is_late boolean NOT NULL DEFAULT false
);

INSERT INTO branches VALUES
    (1, 'London Bank Street', 'London', '20-14-01', '1998-04-06', 'Margaret Ellison', true),
    (2, 'London Camden', 'London', '20-14-07', '2009-09-14', 'Rajesh Varma', false),
    (3, 'Leeds Headrow', 'Leeds', '40-22-10', '2001-02-19', 'Fiona Caldwell', true),
    (4, 'Bristol Harbourside', 'Bristol', '30-51-44', '2012-06-01', NULL, false),
    (5, 'York Stonegate', 'York', '40-61-02', '1994-11-21', 'Graham Pike', true),
    (6, 'Glasgow Buchanan', 'Glasgow', '83-10-30', '2005-03-08', 'Eilidh Munro', false),
    (7, 'Cardiff Queen Street', 'Cardiff', '51-70-18', '2016-10-17', NULL, false),
    (8, 'Leeds Kirkstall', 'Leeds', '40-22-35', '2019-05-13', 'Owen Bradley', false);

INSERT INTO customers
SELECT i,
       (ARRAY['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Jack',
              'Ivy', 'Leo', 'Freya', 'Arthur', 'Lily', 'Muhammad', 'Grace', 'Oscar', 'Sophia',
              'Charlie', 'Emily', 'Henry', 'Poppy', 'Theo', 'Ella', 'Jacob', 'Evie', 'Alfie',
              'Rosie', 'Thomas', 'Chloe', 'James', 'Ruby', 'William', 'Daisy', 'Joshua',
              'Alice', 'Samuel', 'Hannah', 'Daniel', 'Priya'])[i]
       || ' ' ||
       (ARRAY['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies',
              'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts',
              'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards',
              'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'King',
              'Harrison', 'Lewis', 'Baker', 'Lee', 'Allen', 'Morris', 'Khan'])[1 + (i * 7) % 40],
       CASE WHEN i % 9 = 0 THEN NULL ELSE 'customer' || i || '@mailbox.co.uk' END,
       date '1948-03-15' + (i * 523) % 18000,
       CASE WHEN i % 6 = 0 THEN 1 WHEN i % 7 = 0 THEN 3 ELSE 1 + i % 8 END,
       CASE WHEN i % 10 = 0 THEN 'private' WHEN i % 4 = 0 THEN 'premier' ELSE 'retail' END,
       CASE WHEN i > 36 THEN current_date - (i - 36) * 20 ELSE date '2012-03-01' + i * 101 END,
       CASE WHEN i % 5 = 0 THEN i - 3 END,
       i % 7 <> 3
FROM generate_series(1, 40) AS i;

INSERT INTO accounts
SELECT i,
       'GB' || lpad((i * 37)::text, 2, '0') || 'PGPB' || lpad((60000000 + i * 7411)::text, 14, '0'),
       (ARRAY['checking', 'savings', 'checking', 'business', 'term_deposit']::account_kind[])
           [1 + i % 5],
       CASE WHEN i % 11 = 0 THEN 'EUR' WHEN i % 13 = 0 THEN 'USD' ELSE 'GBP' END,
       (i * 7919) % 50000 + (i * 13 % 100) / 100.0,
       CASE WHEN i % 5 = 1 THEN 1.25 + (i % 4) * 0.5 WHEN i % 5 = 4 THEN 3.10 ELSE 0 END,
       CASE WHEN i > 56 THEN current_date - (i - 56) * 15 ELSE date '2014-01-06' + i * 61 END,
       CASE WHEN i % 17 = 0 THEN date '2014-01-06' + i * 61 + 400 END,
       i % 19 = 0
FROM generate_series(1, 60) AS i;

INSERT INTO account_holders
SELECT i, 1 + (i - 1) % 40, true FROM generate_series(1, 60) AS i
UNION ALL
SELECT i, 1 + (i + 9) % 40, false FROM generate_series(6, 60, 6) AS i;

INSERT INTO cards
SELECT i,
       1 + (i * 7) % 60,
       lpad(((i * 7919) % 10000)::text, 4, '0'),
       CASE WHEN i % 5 = 0 THEN 'amex' WHEN i % 2 = 0 THEN 'mastercard' ELSE 'visa' END,
       i % 3 = 0,
       CASE WHEN i % 3 = 0 THEN 500 + (i * 347) % 9000 END,
       CASE WHEN i % 4 = 0 THEN make_date(extract(year FROM current_date)::int, 1 + i % 12, 28)
            ELSE date '2027-01-31' + i * 23 END,
       CASE WHEN i % 12 = 0 THEN timestamp '2025-02-03 10:15' + i * interval '9 days' END
FROM generate_series(1, 45) AS i;

INSERT INTO transfers
SELECT i,
       1 + (i * 7) % 60,
       1 + (i * 11 + 1) % 60,
       (i * 337) % 5000 + (i % 2) * 0.5 + 10,
       CASE WHEN i > 140 THEN current_date - (150 - i) * 6 + interval '11 hours'
            ELSE timestamp '2024-01-02 09:00' + i * interval '3 days 5 hours' END,
       CASE WHEN i % 23 = 0 THEN 'rejected' WHEN i % 9 = 0 THEN 'pending' ELSE 'completed' END,
       CASE i % 4 WHEN 1 THEN 'Rent' WHEN 2 THEN 'Invoice ' || (1000 + i)
                  WHEN 3 THEN 'Savings top-up' END
FROM generate_series(1, 150) AS i;

INSERT INTO loans
SELECT i,
       1 + (i * 3) % 37,
       CASE WHEN i % 5 = 0 THEN 3 ELSE 1 + i % 8 END,
       (ARRAY['mortgage', 'car', 'personal', 'education'])[1 + i % 4],
       CASE WHEN i % 4 = 0 THEN 90000 + (i * 7717) % 180000 ELSE 2000 + (i * 1931) % 30000 END,
       3.5 + (i % 7) * 0.6,
       CASE WHEN i % 4 = 0 THEN 180 + (i % 3) * 60 ELSE 12 * (1 + i % 6) END,
       date '2016-06-01' + i * 95,
       (CASE WHEN i % 8 = 0 THEN 'defaulted' WHEN i % 3 = 0 THEN 'repaid' ELSE 'active' END)
           ::loan_status,
       CASE WHEN i % 3 = 0 AND i % 8 <> 0 THEN date '2016-06-01' + i * 95 + 700 END
FROM generate_series(1, 30) AS i;

INSERT INTO repayments (loan_id, paid_on, amount_gbp, is_late)
SELECT l.loan_id,
       l.issued_on + k * 30,
       round(l.principal_gbp / l.term_months * (1 + l.annual_rate_pct / 100), 2),
       (l.loan_id + k) % 7 = 0
FROM loans AS l, generate_series(1, 1 + l.loan_id % 6) AS k
WHERE l.loan_id % 10 <> 0;
"""
