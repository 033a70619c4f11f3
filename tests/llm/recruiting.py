"""A recruitment agency schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

RECRUITING: Final = """
CREATE TYPE opening_status AS ENUM ('open', 'on_hold', 'filled', 'cancelled');
CREATE TYPE application_stage AS ENUM
    ('applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn');

CREATE TABLE recruiters (
    recruiter_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text NOT NULL UNIQUE,
    desk text NOT NULL CHECK (desk IN ('technology', 'finance', 'healthcare', 'operations')),
    hired_on date NOT NULL,
    is_senior boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN recruiters.desk IS 'the market the consultant recruits for';

CREATE TABLE clients (
    client_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    industry text NOT NULL CHECK (industry IN
        ('software', 'finance', 'healthcare', 'retail', 'manufacturing', 'logistics')),
    city text NOT NULL,
    signed_on date NOT NULL,
    fee_pct numeric(4, 2) NOT NULL,
    is_exclusive boolean NOT NULL DEFAULT false,
    payment_terms_days integer NOT NULL DEFAULT 30,
    account_manager_id integer REFERENCES recruiters (recruiter_id)
);
COMMENT ON COLUMN clients.fee_pct IS
    'placement fee, as a percentage of the candidate''s first-year base salary';
COMMENT ON COLUMN clients.is_exclusive IS 'the client recruits through no other agency';
COMMENT ON COLUMN clients.account_manager_id IS
    'recruiter who owns the relationship; NULL while unassigned';

CREATE TABLE job_openings (
    opening_id integer PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    client_id integer NOT NULL REFERENCES clients,
    recruiter_id integer NOT NULL REFERENCES recruiters,
    title text NOT NULL,
    hiring_manager text NOT NULL,
    location text NOT NULL,
    is_remote boolean NOT NULL DEFAULT false,
    seniority text NOT NULL CHECK (seniority IN ('junior', 'mid', 'senior', 'lead')),
    salary_min numeric(9, 2) NOT NULL,
    salary_max numeric(9, 2) NOT NULL CHECK (salary_max >= salary_min),
    status opening_status NOT NULL DEFAULT 'open',
    posted_on date NOT NULL,
    closed_on date
);
COMMENT ON COLUMN job_openings.hiring_manager IS 'the person at the client who makes the hire';
COMMENT ON COLUMN job_openings.closed_on IS 'NULL while the opening is live or on hold';

CREATE TABLE candidates (
    candidate_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text NOT NULL,
    city text NOT NULL,
    years_experience integer NOT NULL,
    expected_salary numeric(9, 2) NOT NULL,
    notice_weeks integer NOT NULL DEFAULT 4,
    source text NOT NULL CHECK (source IN
        ('website', 'job_board', 'linkedin', 'referral', 'career_fair')),
    referred_by integer REFERENCES candidates (candidate_id),
    willing_to_relocate boolean NOT NULL DEFAULT false,
    registered_at timestamptz NOT NULL
);
COMMENT ON COLUMN candidates.referred_by IS 'the candidate who referred this one (referral bonus)';

CREATE TABLE applications (
    application_id integer PRIMARY KEY,
    opening_id integer NOT NULL REFERENCES job_openings,
    candidate_id integer NOT NULL REFERENCES candidates,
    applied_on date NOT NULL,
    stage application_stage NOT NULL DEFAULT 'applied',
    last_activity_at timestamptz NOT NULL,
    UNIQUE (opening_id, candidate_id)
);

CREATE TABLE interviews (
    interview_id integer PRIMARY KEY,
    application_id integer NOT NULL REFERENCES applications,
    round smallint NOT NULL CHECK (round BETWEEN 1 AND 3),
    format text NOT NULL CHECK (format IN ('phone', 'video', 'onsite')),
    scheduled_at timestamptz NOT NULL,
    duration_minutes integer NOT NULL,
    outcome text CHECK (outcome IN ('passed', 'failed', 'no_show')),
    score smallint CHECK (score BETWEEN 1 AND 5)
);
COMMENT ON COLUMN interviews.outcome IS 'NULL until the interview is held and feedback is in';
COMMENT ON COLUMN interviews.score IS 'the panel''s overall rating, 1 (poor) to 5 (excellent)';

CREATE TABLE interview_panel (
    interview_id integer NOT NULL REFERENCES interviews,
    recruiter_id integer NOT NULL REFERENCES recruiters,
    is_lead boolean NOT NULL DEFAULT false,
    PRIMARY KEY (interview_id, recruiter_id)
);
COMMENT ON TABLE interview_panel IS 'the interviewers who sat on each interview';

CREATE TABLE offers (
    offer_id integer PRIMARY KEY,
    application_id integer NOT NULL UNIQUE REFERENCES applications,
    base_salary numeric(9, 2) NOT NULL,
    bonus_pct numeric(4, 1) NOT NULL DEFAULT 0,
    offered_on date NOT NULL,
    expires_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    responded_on date
);
COMMENT ON COLUMN offers.responded_on IS 'NULL while the candidate has not answered';

CREATE TABLE placements (
    placement_id integer PRIMARY KEY,
    offer_id integer NOT NULL UNIQUE REFERENCES offers,
    start_date date NOT NULL,
    fee_gbp numeric(10, 2) NOT NULL,
    invoice_paid boolean NOT NULL DEFAULT false,
    guarantee_ends_on date NOT NULL,
    left_on date
);
COMMENT ON COLUMN placements.fee_gbp IS 'fee invoiced to the client for the placement';
COMMENT ON COLUMN placements.guarantee_ends_on IS
    'a free replacement is owed if the candidate leaves before this date';
COMMENT ON COLUMN placements.left_on IS 'NULL while the candidate is still in the role';

INSERT INTO recruiters VALUES
    (1, 'Priya Shah', 'priya.shah@talentbridge.co.uk', 'technology', '2015-05-11', true),
    (2, 'Tom Whitfield', 'tom.whitfield@talentbridge.co.uk', 'finance', '2017-09-04', true),
    (3, 'Megan Doyle', 'megan.doyle@talentbridge.co.uk', 'healthcare', '2019-02-18', false),
    (4, 'Callum Reid', 'callum.reid@talentbridge.co.uk', 'technology', '2021-06-07', false),
    (5, 'Aisha Rahman', 'aisha.rahman@talentbridge.co.uk', 'finance', '2018-11-26', false),
    (6, 'Ben Okafor', 'ben.okafor@talentbridge.co.uk', 'operations', '2016-03-21', true),
    (7, 'Sophie Lambert', 'sophie.lambert@talentbridge.co.uk', 'technology', '2023-01-16',
     false),
    (8, 'Daniel Hurst', 'daniel.hurst@talentbridge.co.uk', 'operations', '2022-08-01', false),
    (9, 'Hannah Price', 'hannah.price@talentbridge.co.uk', 'healthcare', '2014-10-06', true),
    (10, 'Marcus Chen', 'marcus.chen@talentbridge.co.uk', 'technology', '2024-04-15', false),
    (11, 'Lucy Fernandes', 'lucy.fernandes@talentbridge.co.uk', 'finance', '2020-07-13', false),
    (12, 'Joe Barker', 'joe.barker@talentbridge.co.uk', 'operations', '2025-09-01', false),
    (13, 'Rebecca Hollis', 'rebecca.hollis@talentbridge.co.uk', 'healthcare', '2017-04-03',
     false),
    (14, 'Imogen Clarke', 'imogen.clarke@talentbridge.co.uk', 'technology', '2019-09-23', true),
    (15, 'Nathan Brooks', 'nathan.brooks@talentbridge.co.uk', 'finance', '2021-01-11', false),
    (16, 'Olivia Grant', 'olivia.grant@talentbridge.co.uk', 'healthcare', '2022-03-07', false),
    (17, 'Samir Patel', 'samir.patel@talentbridge.co.uk', 'technology', '2020-02-24', false),
    (18, 'Chloe Adeyemi', 'chloe.adeyemi@talentbridge.co.uk', 'finance', '2025-06-16', false),
    (19, 'Declan Murray', 'declan.murray@talentbridge.co.uk', 'operations', '2024-10-07', false),
    (20, 'Zara Hussain', 'zara.hussain@talentbridge.co.uk', 'healthcare', '2025-11-03', false);

INSERT INTO clients VALUES
    (1, 'Northwind Analytics', 'software', 'London', '2016-03-14', 18.00, true, 30, 1),
    (2, 'Harbour Lane Capital', 'finance', 'London', '2014-09-01', 22.50, false, 45, 2),
    (3, 'Brightwater Health', 'healthcare', 'Manchester', '2019-01-21', 15.00, false, 30, 3),
    (4, 'Copperfield Retail Group', 'retail', 'Birmingham', '2017-06-05', 16.50, false, 60, 6),
    (5, 'Ashdown Engineering', 'manufacturing', 'Sheffield', '2013-11-11', 17.00, true, 30, 6),
    (6, 'Pennine Freight', 'logistics', 'Leeds', '2020-04-27', 14.00, false, 45, NULL),
    (7, 'Quayside Software', 'software', 'Newcastle', '2021-08-16', 20.00, true, 30, 4),
    (8, 'Meridian Insurance', 'finance', 'Edinburgh', '2015-02-09', 19.50, false, 30, 5),
    (9, 'Kestrel Biotech', 'healthcare', 'Cambridge', '2022-05-03', 21.00, true, 14, 9),
    (10, 'Oakham Foods', 'retail', 'Leicester', '2018-10-15', 15.50, false, 60, 8),
    (11, 'Tidewell Energy', 'manufacturing', 'Aberdeen', '2012-07-30', 18.50, false, 45, 6),
    (12, 'Larkspur Payments', 'finance', 'London', '2023-01-09', 23.00, true, 30, 11),
    (13, 'Greystone Logistics', 'logistics', 'Bristol', '2016-12-05', 13.50, false, 30, NULL),
    (14, 'Fernhill Medical', 'healthcare', 'Leeds', '2020-09-14', 16.00, false, 45, 9),
    (15, 'Cobalt Cloud Systems', 'software', 'Manchester', '2024-02-19', 19.00, false, 30, 7),
    (16, 'Riverside Homeware', 'retail', 'Glasgow', '2019-06-24', 14.50, false, 60, NULL),
    (17, 'Stannard Precision', 'manufacturing', 'Coventry', '2011-04-18', 16.00, true, 30, 8),
    (18, 'Bluebell Pharmacy', 'healthcare', 'Cardiff', '2025-03-10', 15.00, false, 30, 3),
    (19, 'Vantage Data Labs', 'software', 'Bristol', '2022-11-28', 21.50, false, 30, 10),
    (20, 'Thornbury Asset Management', 'finance', 'Edinburgh', '2018-03-26', 24.00, false, 45,
     2);

-- Clients 15 and 18 are new and have no openings yet; 59 and 60 have no applicants yet.
INSERT INTO job_openings
WITH g AS (
    SELECT i,
           CASE WHEN i = 18 THEN 8
                ELSE (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 20])
                         [1 + (i * 7) % 18] END AS client_id,
           500 * round((26000 + (i * 3779) % 64000) / 500.0) AS salary_min,
           CASE WHEN i > 48 THEN CASE WHEN i % 7 = 0 THEN 'on_hold' ELSE 'open' END
                WHEN i % 10 = 0 THEN 'cancelled'
                WHEN i % 7 = 0 THEN 'on_hold'
                WHEN i % 2 = 0 OR i % 3 = 0 THEN 'filled'
                ELSE 'open' END AS status,
           CASE WHEN i > 48 THEN current_date - (60 - i) * 9
                ELSE date '2023-01-09' + i * 19 END AS posted_on
    FROM generate_series(1, 60) AS i
)
SELECT g.i,
       'JO-' || (2400 + g.i * 3),
       g.client_id,
       CASE WHEN g.i % 8 = 0 THEN 1 ELSE 1 + (g.i * 5) % 12 END,
       (ARRAY['Backend Engineer', 'Data Analyst', 'Staff Nurse', 'Financial Controller',
              'Warehouse Supervisor', 'Product Manager', 'DevOps Engineer', 'Payroll Officer',
              'Clinical Pharmacist', 'Store Manager', 'Quality Engineer', 'Risk Analyst',
              'Frontend Developer', 'Transport Planner', 'Procurement Lead'])[1 + g.i % 15],
       (ARRAY['Helen Marsh', 'Stuart Boyd', 'Nina Kaur', 'Graham Lyle', 'Ruth Okonjo',
              'Paul Denby', 'Alison Greer', 'Martin Shaw', 'Claire Fenwick', 'Iain Gordon',
              'Diane Royle', 'Simon Keller', 'Joanna Pike', 'Wayne Foster', 'Emma Stroud',
              'Lewis Crane', 'Fiona Bell', 'Gary Lund', 'Karen Moss', 'Neil Tanner',
              'Rachel Frost', 'Andrew Hale', 'Sian Morgan', 'Keith Rowe', 'Lorna Grieve',
              'Philip Yates', 'Maya Sokol', 'Derek Nash', 'Tessa Hurley', 'Colin Ames',
              'Beth Walden', 'Oscar Lind', 'Irene Cole', 'Victor Amos', 'Jill Sexton',
              'Ryan Tolley', 'Ursula Kent', 'Hugh Barlow', 'Wendy Clegg', 'Frank Dyer'])
           [(g.client_id - 1) * 2 + 1 + g.i % 2],
       c.city,
       g.i % 4 = 0,
       (ARRAY['junior', 'mid', 'senior', 'lead'])[1 + (g.i / 3) % 4],
       g.salary_min,
       g.salary_min + 6000 + (g.i % 5) * 2500,
       g.status::opening_status,
       g.posted_on,
       CASE WHEN g.status IN ('filled', 'cancelled') THEN g.posted_on + 45 + g.i % 30 END
FROM g JOIN clients AS c ON c.client_id = g.client_id;

INSERT INTO candidates
WITH n AS (
    SELECT i,
           (ARRAY['Aaron', 'Bethany', 'Caleb', 'Danielle', 'Elliot', 'Fatima', 'Gareth',
                  'Holly', 'Imran', 'Jasmine', 'Kieran', 'Laura', 'Mohammed', 'Natalie', 'Owen',
                  'Paige', 'Rhys', 'Sarah', 'Tariq', 'Vanessa', 'Adam', 'Bella', 'Conor',
                  'Dominika', 'Ethan', 'Freya', 'Gavin', 'Harriet', 'Isaac', 'Jade', 'Kamal',
                  'Leah', 'Matthew', 'Nadia', 'Oliver', 'Phoebe', 'Ravi', 'Siobhan', 'Tobias',
                  'Yasmin'])[1 + (i - 1) % 40] AS first_name,
           (ARRAY['Abbott', 'Bennett', 'Carter', 'Dixon', 'Ellis', 'Fletcher', 'Gill', 'Hayes',
                  'Iqbal', 'Jenkins', 'Kaur', 'Lawson', 'Mason', 'Nolan', 'Osei', 'Parker',
                  'Quinn', 'Russell', 'Sutton', 'Tran', 'Underwood', 'Vaughan', 'Walsh',
                  'Young', 'Ahmed', 'Bishop', 'Chapman', 'Dunn', 'Foster', 'Grant', 'Holmes',
                  'Irwin', 'Kowalski', 'Lloyd', 'Marsh', 'Novak', 'Obi', 'Pearce', 'Reeves',
                  'Stone'])[1 + (i * 7 + (i - 1) / 40 * 13) % 40] AS last_name
    FROM generate_series(1, 120) AS i
)
SELECT i,
       first_name || ' ' || last_name,
       CASE WHEN i % 11 <> 0 THEN lower(first_name) || '.' || lower(last_name) || '@'
           || (ARRAY['gmail.com', 'outlook.com', 'proton.me'])[1 + i % 3] END,
       '07' || lpad(((i * 104729) % 1000000000)::text, 9, '0'),
       (ARRAY['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Bristol', 'Edinburgh',
              'Sheffield', 'Liverpool', 'Cardiff'])[1 + (i * 3) % 10],
       CASE WHEN i = 77 THEN 31 ELSE (i * 7) % 23 END,
       24000 + (i * 2749) % 70000,
       (i % 4) * 4,
       CASE WHEN i % 6 = 0 THEN 'referral' WHEN i % 5 = 0 THEN 'career_fair'
            WHEN i % 3 = 0 THEN 'job_board' WHEN i % 2 = 0 THEN 'linkedin' ELSE 'website' END,
       CASE WHEN i % 6 = 0 THEN 1 + (i / 6) % 7 * 3 END,
       i % 4 = 1,
       CASE WHEN i > 100 THEN current_date - (121 - i) * 3 + 1 + time '09:30'
            ELSE timestamp '2021-02-01 10:00' + i * interval '6 days 7 hours' END
FROM n;

INSERT INTO applications
SELECT row_number() OVER (ORDER BY o.opening_id, k),
       o.opening_id,
       1 + (o.opening_id * 13 + k * 37) % 110,
       least(current_date, o.posted_on + 1 + k * 3),
       (CASE o.status
            WHEN 'filled' THEN CASE k WHEN 1 THEN 'hired' WHEN 3 THEN 'withdrawn'
                                      ELSE 'rejected' END
            WHEN 'cancelled' THEN CASE WHEN k % 2 = 0 THEN 'withdrawn' ELSE 'rejected' END
            WHEN 'on_hold' THEN CASE WHEN k = 1 THEN 'interview' ELSE 'screening' END
            ELSE CASE k WHEN 1 THEN CASE WHEN o.opening_id % 2 = 0 THEN 'offer'
                                         ELSE 'interview' END
                        WHEN 2 THEN 'interview' WHEN 3 THEN 'screening' WHEN 5 THEN 'rejected'
                        ELSE 'applied' END
        END)::application_stage,
       least(now() - interval '1 hour',
             least(current_date, o.posted_on + 1 + k * 3) + 2 + k + time '16:45')
FROM job_openings AS o,
     generate_series(1, CASE WHEN o.opening_id >= 59 THEN 0 WHEN o.opening_id = 7 THEN 10
                             ELSE 2 + (o.opening_id * 5) % 6 END) AS k;

-- Rounds per application: three before an accepted or pending offer, two before a declined
-- offer or a failed second round, one for a no-show, two or one for a live application (its
-- second round awaiting feedback, or in the coming days for recent open openings).
INSERT INTO interviews
WITH a AS (
    SELECT a.application_id, a.applied_on, a.stage, o.status, o.posted_on,
           a.application_id - min(a.application_id) OVER (PARTITION BY a.opening_id) + 1 AS k
    FROM applications AS a JOIN job_openings AS o ON o.opening_id = a.opening_id
), r AS (
    SELECT a.*, rnd,
           CASE WHEN a.status = 'filled' AND a.k = 4 THEN 'no_show'
                WHEN a.status = 'filled' AND a.k = 2 AND rnd = 2 THEN 'failed'
                WHEN a.stage = 'interview' AND rnd = 2 THEN NULL
                ELSE 'passed' END AS outcome,
           a.stage = 'interview' AND rnd = 2 AND a.status = 'open'
               AND a.posted_on > current_date - 120 AS upcoming
    FROM a, generate_series(1, CASE WHEN a.stage IN ('hired', 'offer') THEN 3
                                    WHEN a.status = 'filled' AND a.k IN (2, 3) THEN 2
                                    WHEN a.status = 'filled' AND a.k = 4 THEN 1
                                    WHEN a.stage = 'interview' AND a.k = 1 THEN 2
                                    WHEN a.stage = 'interview' THEN 1
                                    ELSE 0 END) AS rnd
)
SELECT row_number() OVER (ORDER BY application_id, rnd),
       application_id,
       rnd,
       CASE WHEN outcome = 'no_show' THEN 'video' WHEN rnd = 1 THEN 'phone'
            WHEN rnd = 2 AND application_id % 5 = 0 THEN 'onsite' WHEN rnd = 2 THEN 'video'
            ELSE 'onsite' END,
       CASE WHEN upcoming THEN current_date + 1 + application_id % 6 + time '10:00'
                               + application_id % 5 * interval '1 hour'
            ELSE applied_on + rnd * 4 + time '09:30'
                 + application_id % 7 * interval '1 hour' END,
       CASE WHEN rnd = 1 THEN 30 WHEN rnd = 2 THEN 45 ELSE 90 END,
       outcome,
       CASE WHEN outcome = 'passed' THEN 3 + (application_id + rnd) % 3
            WHEN outcome = 'failed' THEN 1 + application_id % 2 END
FROM r;

-- One consultant per interview; the senior of the job owner's desk leads every final round.
INSERT INTO interview_panel
SELECT interview_id, 1 + interview_id * 6 % 17, round <> 3 FROM interviews
UNION ALL
SELECT i.interview_id,
       CASE r.desk WHEN 'technology' THEN 1 WHEN 'finance' THEN 2 WHEN 'healthcare' THEN 9
                   ELSE 6 END,
       true
FROM interviews AS i
JOIN applications AS a ON a.application_id = i.application_id
JOIN job_openings AS o ON o.opening_id = a.opening_id
JOIN recruiters AS r ON r.recruiter_id = o.recruiter_id
WHERE i.round = 3;

INSERT INTO offers
WITH f AS (
    SELECT a.application_id, a.stage, o.salary_min, o.salary_max,
           CASE WHEN a.stage = 'offer'
                THEN greatest(a.applied_on, current_date - a.application_id % 9)
                ELSE a.applied_on + 25 END AS offered_on
    FROM applications AS a JOIN job_openings AS o ON o.opening_id = a.opening_id
    WHERE a.stage IN ('hired', 'offer') OR (a.stage = 'withdrawn' AND o.status = 'filled')
)
SELECT row_number() OVER (ORDER BY application_id),
       application_id,
       salary_min + (application_id * 1237) % (salary_max - salary_min),
       application_id % 4 * 5.0,
       offered_on,
       offered_on + 14,
       CASE stage WHEN 'hired' THEN 'accepted' WHEN 'offer' THEN 'pending' ELSE 'declined' END,
       CASE WHEN stage <> 'offer' THEN offered_on + 3 + application_id % 4 END
FROM f;

INSERT INTO placements
WITH p AS (
    SELECT f.offer_id, f.base_salary, c.fee_pct,
           f.responded_on + 28 + f.offer_id % 3 * 7 AS start_date
    FROM offers AS f
    JOIN applications AS a ON a.application_id = f.application_id
    JOIN job_openings AS o ON o.opening_id = a.opening_id
    JOIN clients AS c ON c.client_id = o.client_id
    WHERE f.status = 'accepted'
)
SELECT row_number() OVER (ORDER BY offer_id),
       offer_id,
       start_date,
       round(base_salary * fee_pct / 100, 2),
       offer_id % 4 <> 0,
       start_date + 90,
       CASE WHEN offer_id % 5 = 0 THEN start_date + 45 + offer_id END
FROM p;
"""
