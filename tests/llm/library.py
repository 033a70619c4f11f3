"""A public library network, with deterministic rows, held out from the planner's own tests."""

from typing import Final

LIBRARY: Final = """
CREATE TYPE membership_tier AS ENUM ('standard', 'student', 'senior', 'family');
CREATE TYPE member_status AS ENUM ('active', 'suspended', 'expired');
CREATE TYPE event_kind AS ENUM ('author talk', 'book club', 'workshop', 'storytime', 'exhibition');

CREATE TABLE branches (
    branch_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country text NOT NULL,
    opened_on date NOT NULL,
    has_cafe boolean NOT NULL DEFAULT false,
    seats_count integer NOT NULL
);

CREATE TABLE authors (
    author_id integer PRIMARY KEY,
    name text NOT NULL,
    country text,
    born_on date,
    died_on date
);

CREATE TABLE books (
    book_id integer PRIMARY KEY,
    title text NOT NULL,
    isbn text NOT NULL UNIQUE,
    genre text NOT NULL,
    language text NOT NULL,
    published_year integer,
    page_count integer,
    replacement_cost_eur numeric(7, 2) NOT NULL,
    is_reference boolean NOT NULL DEFAULT false,
    branch_id integer NOT NULL REFERENCES branches,
    acquired_on date NOT NULL,
    withdrawn_on date
);

CREATE TABLE book_authors (
    book_id integer NOT NULL REFERENCES books,
    author_id integer NOT NULL REFERENCES authors,
    role text NOT NULL DEFAULT 'author',
    credit_order smallint NOT NULL DEFAULT 1,
    PRIMARY KEY (book_id, author_id)
);

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    city text NOT NULL,
    home_branch_id integer NOT NULL REFERENCES branches (branch_id),
    membership_type membership_tier NOT NULL DEFAULT 'standard',
    status member_status NOT NULL DEFAULT 'active',
    joined_on date NOT NULL,
    last_visit_on date
);

CREATE TABLE loans (
    loan_id integer PRIMARY KEY,
    book_id integer NOT NULL REFERENCES books,
    member_id integer NOT NULL REFERENCES members,
    loaned_on date NOT NULL,
    due_on date NOT NULL,
    returned_on date,
    renewals_count integer NOT NULL DEFAULT 0
);

CREATE TABLE fines (
    fine_id integer PRIMARY KEY,
    loan_id integer NOT NULL REFERENCES loans,
    amount_eur numeric(6, 2) NOT NULL,
    reason text NOT NULL,
    issued_on date NOT NULL,
    paid boolean NOT NULL DEFAULT false,
    paid_on date
);

CREATE TABLE events (
    event_id integer PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES branches,
    title text NOT NULL,
    kind event_kind NOT NULL,
    event_date date NOT NULL,
    status text NOT NULL,
    capacity integer NOT NULL,
    attendees_count integer,
    ticket_price_eur numeric(5, 2) NOT NULL DEFAULT 0
);

INSERT INTO branches VALUES
    (1, 'Central Library', 'Madrid', 'Spain', '1962-04-10', true, 320),
    (2, 'Riverside Branch', 'Seville', 'Spain', '1988-09-01', true, 140),
    (3, 'Old Town Branch', 'Porto', 'Portugal', '1975-03-15', false, 90),
    (4, 'Harbour Branch', 'Lisbon', 'Portugal', '2004-06-20', true, 110),
    (5, 'Hillside Branch', 'Lyon', 'France', '1999-11-05', false, 75),
    (6, 'Market Square Branch', 'Bordeaux', 'France', '2012-02-28', false, 60),
    (7, 'University Branch', 'Madrid', 'Spain', '2019-10-01', true, 210),
    (8, 'Northgate Branch', 'Toulouse', 'France', '1969-03-03', false, 85);

INSERT INTO authors VALUES
    (1, 'Marta Quiroga', 'Spain', '1961-05-14', NULL),
    (2, 'João Estrela', 'Portugal', '1948-02-02', '2019-08-30'),
    (3, 'Claire Dubois', 'France', '1972-11-23', NULL),
    (4, 'Hugo Lindqvist', 'Sweden', '1955-07-07', NULL),
    (5, 'Amara Okafor', 'Nigeria', '1983-03-19', NULL),
    (6, 'Pablo Serrano', 'Spain', '1939-09-12', '2008-01-17'),
    (7, 'Inês Carvalho', 'Portugal', '1990-06-01', NULL),
    (8, 'Lucien Marchetti', 'France', '1944-12-30', '2015-04-04'),
    (9, 'Sofía Benítez', 'Argentina', '1968-08-08', NULL),
    (10, 'Tomás Ribera', 'Mexico', NULL, NULL),
    (11, 'Helen Ashworth', 'United Kingdom', '1951-01-25', NULL),
    (12, 'Niamh Gallagher', 'Ireland', '1987-10-10', NULL),
    (13, 'Klaus Brenner', 'Germany', '1930-04-18', '1999-12-02'),
    (14, 'Giulia Romano', 'Italy', '1976-02-29', NULL),
    (15, 'Rafael Montes', 'Chile', '1959-03-03', NULL),
    (16, 'Ana Lucía Prado', 'Peru', '1993-12-12', NULL),
    (17, 'Émile Fontaine', 'France', '1921-06-16', '1988-09-09'),
    (18, 'Beatriz Olmedo', 'Spain', '1984-01-30', NULL),
    (19, 'Duarte Pinheiro', 'Portugal', NULL, NULL),
    (20, 'Margot Leclerc', 'Belgium', '1966-05-05', NULL),
    (21, 'Samuel Okonkwo', 'Nigeria', '1978-07-21', NULL),
    (22, 'Isabel Ferrer', 'Spain', '1998-04-21', NULL),
    (23, 'Fiona MacLeod', 'United Kingdom', '1946-11-11', '2021-03-14'),
    (24, 'Diego Alcázar', 'Mexico', '1970-09-27', NULL);

INSERT INTO books
SELECT i,
       'The ' || (ARRAY['Silent', 'Golden', 'Hidden', 'Last', 'Broken', 'Northern', 'Paper',
                        'Winter', 'Salt', 'Distant'])[1 + i % 10]
       || ' ' || (ARRAY['River', 'Garden', 'Harbour', 'Letters', 'Orchard', 'Lighthouse',
                        'Atlas', 'Kingdom', 'Bridge', 'Summer', 'Archive', 'Tide'])[1 + i % 12],
       '978-84-' || lpad((1000 + i * 37)::text, 5, '0') || '-' || (i % 10),
       (ARRAY['fiction', 'mystery', 'history', 'fiction', 'children', 'poetry', 'mystery',
              'biography', 'fiction', 'science fiction', 'cookery'])[1 + i % 11],
       CASE WHEN i % 9 = 0 THEN 'English'
            ELSE (ARRAY['Spanish', 'Spanish', 'Portuguese', 'French'])[1 + i % 4] END,
       1950 + (i * 13) % 74,
       120 + (i * 53) % 480,
       8.50 + ((i * 29) % 61) * 0.75,
       i % 7 = 0,
       CASE WHEN i % 13 = 0 THEN 8 ELSE (ARRAY[1, 1, 1, 2, 2, 3, 4, 5, 6, 7])[1 + i % 10] END,
       date '2005-01-01' + (i * 211) % 7000,
       CASE WHEN i % 11 = 0
            THEN greatest(date '2005-01-01' + (i * 211) % 7000, date '2021-01-01') + 400 + i END
FROM generate_series(1, 60) AS i;

INSERT INTO book_authors
SELECT i, 1 + (i * 7) % 24, 'author', 1 FROM generate_series(1, 60) AS i
UNION ALL
SELECT i, 1 + (i * 7 + 5) % 24, 'author', 2 FROM generate_series(4, 60, 4) AS i
UNION ALL
SELECT i, 1 + (i * 5 + 11) % 24, 'translator', 3 FROM generate_series(6, 60, 6) AS i;

INSERT INTO members
SELECT i,
       first || ' ' || last,
       lower(translate(first || '.' || last, 'áéíóúñç', 'aeiounc')) || '@example.org',
       CASE WHEN i % 10 = 0 THEN 'Coimbra' ELSE b.city END,
       b.branch_id,
       (ARRAY['standard', 'standard', 'student', 'senior', 'family'])[1 + i % 5]::membership_tier,
       CASE WHEN i % 13 = 0 THEN 'suspended' WHEN i % 7 = 0 THEN 'expired'
            ELSE 'active' END::member_status,
       date '2012-01-01' + (i * 97) % 4000,
       CASE WHEN i % 6 <> 0 THEN current_date - (i * 5) % 200 END
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Lucía', 'Miguel', 'Ana', 'Pedro', 'Camille', 'Louis',
                                  'Beatriz', 'Tiago', 'Elena', 'Hugo', 'Sara', 'Mateo'])
                           [1 + i % 12] AS first,
                           (ARRAY['García', 'Martin', 'Silva', 'Moreau', 'Costa', 'Navarro',
                                  'Bernard', 'Santos', 'Romero', 'Lefebvre'])[1 + i % 10] AS last) n
JOIN branches b ON b.branch_id = 1 + i % 8;

INSERT INTO loans
SELECT i,
       book_id,
       member_id,
       loaned_on,
       due_on,
       CASE WHEN i <= 6 OR i % 11 = 0 THEN NULL
            WHEN i % 5 = 0 THEN due_on + (1 + i % 9)
            ELSE loaned_on + (3 + i % 15) END,
       (i * 7) % 10 / 4
FROM (
    SELECT i, book_id, member_id, current_date - (i - 1) * 3 AS loaned_on,
           current_date - (i - 1) * 3 + CASE WHEN i % 4 = 0 THEN 14 ELSE 21 END AS due_on
    FROM (
        SELECT row_number() OVER (ORDER BY (k * 37 + j * 11) % 211, k, j)::integer AS i,
               1 + (k * 23) % 60 AS member_id
        FROM generate_series(0, 53) AS k
        CROSS JOIN LATERAL generate_series(1, CASE WHEN k < 6 THEN 12 - k ELSE k % 5 + 1 END) AS j
    ) shuffled
    CROSS JOIN LATERAL (SELECT 1 + (i * 17) % 60 AS raw) r
    CROSS JOIN LATERAL (SELECT CASE WHEN raw % 7 = 0 THEN raw + 1 ELSE raw END AS book_id) b
) planned;

INSERT INTO fines
SELECT row_number() OVER (ORDER BY loan_id),
       loan_id,
       0.75 + ((loan_id * 37) % 97) / 10.0,
       CASE WHEN returned_on IS NULL THEN 'lost item'
            WHEN loan_id / 3 % 4 = 0 THEN 'damaged item' ELSE 'late return' END,
       due_on + 10,
       loan_id / 3 % 3 <> 1,
       CASE WHEN loan_id / 3 % 3 <> 1 THEN least(due_on + 10 + loan_id % 12, current_date) END
FROM loans
WHERE loan_id % 3 = 0 AND loaned_on < current_date - 40;

INSERT INTO events
SELECT i,
       1 + (i * 3) % 8,
       (ARRAY['Crime Fiction', 'Local History', 'Poetry', 'Graphic Novel', 'Science',
              'Cookery', 'Travel Writing', 'Family History'])[1 + i % 8]
       || ' ' || (ARRAY['Author Talk', 'Book Club', 'Workshop', 'Storytime', 'Exhibition'])
                 [1 + i % 5],
       (ARRAY['author talk', 'book club', 'workshop', 'storytime', 'exhibition'])
           [1 + i % 5]::event_kind,
       current_date + (i - 32) * 9,
       CASE WHEN i % 7 = 0 THEN 'cancelled' WHEN i >= 32 THEN 'scheduled' ELSE 'held' END,
       100 + (i % 4) * 20,
       CASE WHEN i % 7 <> 0 AND i < 32 THEN 10 + (i * 17) % 83 END,
       CASE WHEN i % 5 IN (1, 3) THEN 0 ELSE 3.00 + (i % 6) * 1.5 END
FROM generate_series(1, 40) AS i;
"""
