"""A university's research grants schema with deterministic rows, for held-out questions."""

from typing import Final

GRANTS: Final = """
CREATE TYPE funder_kind AS ENUM ('government', 'charity', 'industry', 'european_union');
CREATE TYPE grant_status AS ENUM ('submitted', 'awarded', 'rejected', 'closed', 'withdrawn');

CREATE TABLE departments (
    department_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    faculty text NOT NULL CHECK (faculty IN ('Science', 'Engineering', 'Medicine', 'Humanities')),
    building text NOT NULL,
    established_year integer NOT NULL,
    head_of_department text
);

CREATE TABLE researchers (
    researcher_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    orcid text UNIQUE,
    department_id integer NOT NULL REFERENCES departments,
    academic_rank text NOT NULL
        CHECK (academic_rank IN ('professor', 'reader', 'senior_lecturer', 'lecturer', 'postdoc')),
    hired_on date NOT NULL,
    mentor_id integer REFERENCES researchers (researcher_id),
    h_index integer NOT NULL,
    is_tenured boolean NOT NULL DEFAULT false
);

CREATE TABLE funders (
    funder_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country text NOT NULL,
    kind funder_kind NOT NULL,
    website text,
    requires_open_access boolean NOT NULL DEFAULT false
);

CREATE TABLE grants (
    grant_id integer PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    title text NOT NULL,
    funder_id integer NOT NULL REFERENCES funders,
    principal_investigator_id integer NOT NULL REFERENCES researchers (researcher_id),
    department_id integer NOT NULL REFERENCES departments,
    status grant_status NOT NULL,
    amount_requested numeric(12, 2) NOT NULL,
    amount_awarded numeric(12, 2),
    submitted_on date NOT NULL,
    decision_on date,
    start_date date,
    end_date date,
    overhead_rate_pct numeric(4, 1) NOT NULL,
    is_interdisciplinary boolean NOT NULL DEFAULT false
);

CREATE TABLE grant_investigators (
    grant_id integer NOT NULL REFERENCES grants,
    researcher_id integer NOT NULL REFERENCES researchers,
    role text NOT NULL
        CHECK (role IN ('co_investigator', 'researcher_co_investigator', 'collaborator')),
    fte_share numeric(3, 2) NOT NULL,
    PRIMARY KEY (grant_id, researcher_id)
);

CREATE TABLE grant_payments (
    payment_id integer PRIMARY KEY,
    grant_id integer NOT NULL REFERENCES grants,
    instalment_no integer NOT NULL,
    paid_on date NOT NULL,
    amount numeric(12, 2) NOT NULL,
    invoice_number text NOT NULL UNIQUE,
    is_final boolean NOT NULL DEFAULT false
);

CREATE TABLE publications (
    publication_id integer PRIMARY KEY,
    title text NOT NULL,
    doi text UNIQUE,
    venue text NOT NULL,
    publication_type text NOT NULL
        CHECK (publication_type IN
            ('journal_article', 'conference_paper', 'book_chapter', 'preprint')),
    published_on date NOT NULL,
    lead_author_id integer NOT NULL REFERENCES researchers (researcher_id),
    grant_id integer REFERENCES grants,
    citation_count integer NOT NULL DEFAULT 0,
    is_open_access boolean NOT NULL
);

INSERT INTO departments VALUES
    (1, 'Physics', 'Science', 'Rutherford Building', 1904, 'Helen Marsh'),
    (2, 'Chemistry', 'Science', 'Dalton Laboratories', 1911, 'Peter Okafor'),
    (3, 'Computer Science', 'Engineering', 'Turing House', 1968, 'Sanjay Mehta'),
    (4, 'Mechanical Engineering', 'Engineering', 'Watt Hall', 1923, NULL),
    (5, 'Immunology', 'Medicine', 'Jenner Institute', 1987, 'Claire Dubois'),
    (6, 'Public Health', 'Medicine', 'Snow Building', 1995, 'Tomasz Nowak'),
    (7, 'History', 'Humanities', 'Gibbon Hall', 1899, NULL),
    (8, 'Linguistics', 'Humanities', 'Sapir House', 1972, 'Ingrid Larsen');

INSERT INTO funders VALUES
    (1, 'European Research Council', 'Belgium', 'european_union', 'erc.europa.eu', true),
    (2, 'Wellcome Trust', 'United Kingdom', 'charity', 'wellcome.org', true),
    (3, 'National Science Foundation', 'United States', 'government', 'nsf.gov', false),
    (4, 'Deutsche Forschungsgemeinschaft', 'Germany', 'government', 'dfg.de', false),
    (5, 'Gates Foundation', 'United States', 'charity', 'gatesfoundation.org', true),
    (6, 'Siemens Healthineers', 'Germany', 'industry', NULL, false),
    (7, 'Novo Nordisk Foundation', 'Denmark', 'charity', 'novonordiskfonden.dk', true),
    (8, 'UK Research and Innovation', 'United Kingdom', 'government', 'ukri.org', true),
    (9, 'Leverhulme Trust', 'United Kingdom', 'charity', 'leverhulme.ac.uk', false),
    (10, 'Rolls-Royce', 'United Kingdom', 'industry', NULL, false);

INSERT INTO researchers
SELECT i,
       (ARRAY['Alice', 'Bruno', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiroshi',
              'Ines', 'Jonas', 'Katarzyna', 'Liam', 'Maya', 'Nikolai', 'Olivia', 'Pavel',
              'Quentin', 'Rosa', 'Stefan', 'Tara', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf',
              'Zara', 'Amir', 'Beatriz', 'Callum', 'Daria', 'Emil', 'Fatima'])[i]
       || ' ' ||
       (ARRAY['Abbott', 'Becker', 'Conti', 'Dahl', 'Ekström', 'Fischer', 'Greco', 'Hansen',
              'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Ortiz',
              'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga', 'Walsh',
              'Xu', 'Yilmaz', 'Zhou', 'Andersen', 'Bianchi', 'Costa', 'Duarte', 'Evans',
              'Farouk'])[1 + (i * 11) % 32],
       'r' || lpad(i::text, 3, '0') || '@uni.example.ac.uk',
       CASE WHEN i % 7 = 3 THEN NULL
            ELSE '0000-000' || (1 + i % 9) || '-' || lpad(((i * 4817) % 10000)::text, 4, '0')
                 || '-' || lpad(((i * 977) % 10000)::text, 4, '0') END,
       1 + (i * 5) % 8,
       CASE WHEN i <= 6 THEN 'professor' WHEN i <= 11 THEN 'reader'
            WHEN i <= 17 THEN 'senior_lecturer' WHEN i <= 25 THEN 'lecturer' ELSE 'postdoc' END,
       date '2003-09-01' + i * 245,
       CASE WHEN i > 17 THEN 1 + (i * 5) % 11 END,
       CASE WHEN i <= 6 THEN 30 + (i * 7) % 23 WHEN i <= 17 THEN 12 + (i * 5) % 17
            ELSE 2 + (i * 3) % 11 END,
       i <= 14 AND i % 5 <> 2
FROM generate_series(1, 32) AS i;

INSERT INTO grants
SELECT i,
       'GR-' || (2023 + (i - 1) / 12) || '-' || lpad(i::text, 3, '0'),
       (ARRAY['Quantum sensing for dark matter', 'Catalysts for green ammonia',
              'Robust federated learning', 'Additive manufacturing of turbine blades',
              'T-cell memory in long COVID', 'Air pollution and childhood asthma',
              'Medieval trade networks of the Baltic', 'Endangered languages of the Caucasus',
              'Topological insulators at room temperature', 'Enzymes for plastic recycling',
              'Verified compilers for embedded systems', 'Soft robotics for surgery',
              'Vaccine adjuvants for the elderly', 'Health effects of urban heat',
              'Print culture in early modern Venice', 'Child language acquisition in bilinguals',
              'Gravitational wave detector optics', 'Solid-state battery electrolytes',
              'Privacy-preserving record linkage', 'Hydrogen combustion in gas turbines',
              'Gut microbiome and autoimmunity', 'Malaria transmission modelling',
              'Oral histories of the miners strike', 'Speech technology for Welsh',
              'Ultracold atoms in optical lattices', 'Metal-organic frameworks for carbon capture',
              'Energy-efficient data centres', 'Wind turbine blade fatigue',
              'Antibody engineering for snakebite', 'Carbon-aware scheduling for AI workloads'])[i],
       CASE WHEN i % 10 = 0 THEN 2 ELSE 1 + (i * 7) % 9 END,
       CASE WHEN i IN (19, 30) THEN 2
            ELSE (5 * ((i - 1) % 8) + 7) % 8 + 1 + 8 * ((i - 1) / 8) END,
       CASE WHEN i = 30 THEN 3 ELSE 1 + (i - 1) % 8 END,
       (CASE WHEN i % 9 = 4 THEN 'rejected' WHEN i % 11 = 5 THEN 'withdrawn'
             WHEN i > 26 THEN 'submitted' WHEN i % 4 = 1 THEN 'closed' ELSE 'awarded' END)
           ::grant_status,
       50000 + (i * 37313) % 1900000,
       NULL,
       date '2023-01-16' + (i * 31) % 1000,
       NULL, NULL, NULL,
       (ARRAY[15.0, 20.0, 25.0, 30.0, 40.0])[1 + i % 5],
       i % 3 = 0
FROM generate_series(1, 30) AS i;

UPDATE grants
SET amount_awarded = CASE WHEN grant_id % 3 = 0 THEN amount_requested
                          ELSE round(amount_requested * (0.7 + (grant_id % 5) * 0.05), -2) END,
    decision_on = submitted_on + 90 + grant_id % 40,
    start_date = submitted_on + 150 + grant_id % 40,
    end_date = submitted_on + 150 + grant_id % 40 + 365 * (1 + grant_id % 4)
WHERE status IN ('awarded', 'closed');

UPDATE grants SET decision_on = submitted_on + 75 + grant_id % 20 WHERE status = 'rejected';

INSERT INTO grant_investigators
SELECT g.grant_id, r.rid,
       CASE WHEN k = 1 THEN 'co_investigator' WHEN k = 2 THEN 'researcher_co_investigator'
            ELSE 'collaborator' END,
       (ARRAY[0.10, 0.20, 0.25, 0.30, 0.50])[1 + (g.grant_id + k) % 5]
FROM grants AS g,
     generate_series(1, 1 + g.grant_id % 2) AS k,
     LATERAL (SELECT 1 + (g.principal_investigator_id + k * 7 + g.grant_id) % 32 AS rid) AS r
WHERE g.grant_id % 7 <> 0 AND r.rid <> g.principal_investigator_id;

INSERT INTO grant_payments
SELECT row_number() OVER (ORDER BY g.grant_id, k),
       g.grant_id,
       k,
       g.start_date + (k - 1) * 182,
       round(g.amount_awarded / (1 + g.grant_id % 3), 2),
       'INV-' || g.grant_id || '-' || k,
       k = 1 + g.grant_id % 3
FROM grants AS g, generate_series(1, 1 + g.grant_id % 3) AS k
WHERE g.status IN ('awarded', 'closed') AND g.grant_id % 6 <> 2
  AND g.start_date + (k - 1) * 182 < date '2026-10-01';

INSERT INTO publications
SELECT i,
       (ARRAY['Advances in', 'Notes on', 'New perspectives on', 'Progress in', 'Lessons from',
              'Rethinking'])[1 + i % 6] || ' ' || lower(g.title)
           || CASE WHEN i > 21 THEN ' (part ' || (1 + i / 21) || ')' ELSE '' END,
       CASE WHEN i % 8 = 5 THEN NULL
            ELSE '10.' || (1000 + i * 37) || '/pub.' || lpad(i::text, 4, '0') END,
       CASE WHEN i % 8 = 5 THEN 'arXiv' WHEN i % 11 = 2 THEN 'Nature'
            ELSE (ARRAY['Physical Review Letters', 'Journal of the American Chemical Society',
                        'NeurIPS', 'Journal of Fluid Mechanics', 'Nature Immunology',
                        'The Lancet', 'Past and Present', 'Language'])[g.department_id] END,
       CASE WHEN i % 8 = 5 THEN 'preprint' WHEN g.department_id = 3 THEN 'conference_paper'
            WHEN i % 9 = 0 THEN 'book_chapter' ELSE 'journal_article' END,
       least(g.start_date + 120 + (i * 53) % 700, date '2026-10-30' - i),
       CASE WHEN i % 5 = 0 THEN 1 + (i * 3) % 32 ELSE g.principal_investigator_id END,
       CASE WHEN i % 6 = 0 THEN NULL ELSE g.grant_id END,
       (i * 53) % 311,
       i % 4 <> 1
FROM generate_series(1, 36) AS i
JOIN grants AS g ON g.grant_id = (ARRAY[1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 18, 19, 20,
                                        21, 23, 24, 25, 26])[1 + (i * 5) % 21];
"""
