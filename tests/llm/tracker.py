"""A software issue tracker schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

TRACKER: Final = """
CREATE TYPE issue_type AS ENUM ('bug', 'feature', 'task', 'chore');
CREATE TYPE issue_priority AS ENUM ('low', 'medium', 'high', 'critical');

CREATE TABLE users (
    user_id    integer PRIMARY KEY,
    full_name  text NOT NULL,
    email      text NOT NULL UNIQUE,
    role       text NOT NULL
        CHECK (role IN ('developer', 'tester', 'designer', 'manager', 'intern', 'support')),
    is_active  boolean NOT NULL DEFAULT true,
    joined_on  date NOT NULL,
    manager_id integer REFERENCES users (user_id)
);

CREATE TABLE projects (
    project_id  integer PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    lead_id     integer NOT NULL REFERENCES users (user_id),
    is_archived boolean NOT NULL DEFAULT false,
    started_on  date NOT NULL,
    budget_eur  numeric(10, 2)
);

CREATE TABLE sprints (
    sprint_id  integer PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects (project_id),
    name       text NOT NULL,
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    goal       text
);

CREATE TABLE issues (
    issue_id       integer PRIMARY KEY,
    project_id     integer NOT NULL REFERENCES projects (project_id),
    sprint_id      integer REFERENCES sprints (sprint_id),
    title          text NOT NULL,
    issue_type     issue_type NOT NULL,
    priority       issue_priority NOT NULL,
    status         text NOT NULL
        CHECK (status IN ('open', 'in_progress', 'in_review', 'resolved', 'closed')),
    reporter_id    integer NOT NULL REFERENCES users (user_id),
    assignee_id    integer REFERENCES users (user_id),
    story_points   integer,
    estimate_hours numeric(5, 1),
    is_security    boolean NOT NULL DEFAULT false,
    created_on     date NOT NULL,
    resolved_on    date,
    due_on         date
);

CREATE TABLE labels (
    label_id integer PRIMARY KEY,
    name     text NOT NULL UNIQUE,
    color    text NOT NULL
);

CREATE TABLE issue_labels (
    issue_id integer NOT NULL REFERENCES issues (issue_id),
    label_id integer NOT NULL REFERENCES labels (label_id),
    PRIMARY KEY (issue_id, label_id)
);

CREATE TABLE comments (
    comment_id  integer PRIMARY KEY,
    issue_id    integer NOT NULL REFERENCES issues (issue_id),
    author_id   integer NOT NULL REFERENCES users (user_id),
    body        text NOT NULL,
    is_internal boolean NOT NULL DEFAULT false,
    created_on  date NOT NULL
);

CREATE TABLE status_changes (
    change_id   integer PRIMARY KEY,
    issue_id    integer NOT NULL REFERENCES issues (issue_id),
    changed_by  integer NOT NULL REFERENCES users (user_id),
    from_status text NOT NULL,
    to_status   text NOT NULL,
    changed_on  date NOT NULL
);

INSERT INTO users VALUES
    (1, 'Maria Kowalski', 'maria.kowalski@tracktide.io', 'manager', true, '2019-02-11', NULL),
    (10, 'Oliver Grant', 'oliver.grant@tracktide.io', 'manager', true, '2020-06-01', NULL),
    (2, 'James Okafor', 'james.okafor@tracktide.io', 'developer', true, '2019-05-20', 1),
    (3, 'Priya Raman', 'priya.raman@tracktide.io', 'developer', true, '2020-01-13', 1),
    (4, 'Lukas Becker', 'lukas.becker@tracktide.io', 'developer', true, '2021-03-08', 1),
    (5, 'Sofia Marques', 'sofia.marques@tracktide.io', 'tester', true, '2020-09-14', 1),
    (6, 'Daniel Cho', 'daniel.cho@tracktide.io', 'developer', true, '2021-11-22', 10),
    (7, 'Emma Lindqvist', 'emma.lindqvist@tracktide.io', 'designer', true, '2020-04-27', 1),
    (8, 'Tomas Herrera', 'tomas.herrera@tracktide.io', 'developer', true, '2022-02-07', 10),
    (9, 'Aisha Bello', 'aisha.bello@tracktide.io', 'tester', true, '2021-07-19', 10),
    (11, 'Hannah Weiss', 'hannah.weiss@tracktide.io', 'developer', true, '2022-08-29', 10),
    (12, 'Kenji Watanabe', 'kenji.watanabe@tracktide.io', 'developer', true, '2019-10-07', 1),
    (13, 'Chloe Dubois', 'chloe.dubois@tracktide.io', 'intern', true, '2025-09-01', 3),
    (14, 'Mateo Rossi', 'mateo.rossi@tracktide.io', 'intern', true, '2025-09-15', 6),
    (15, 'Nadia Petrova', 'nadia.petrova@tracktide.io', 'developer', true, '2023-01-09', 10),
    (16, 'Samuel Adeyemi', 'samuel.adeyemi@tracktide.io', 'tester', false, '2021-04-12', 10),
    (17, 'Laura Jensen', 'laura.jensen@tracktide.io', 'designer', true, '2023-05-22', 10),
    (18, 'Ravi Kapoor', 'ravi.kapoor@tracktide.io', 'developer', true, '2024-03-04', 1),
    (19, 'Grace Murphy', 'grace.murphy@tracktide.io', 'developer', false, '2020-02-03', 1),
    (20, 'Felix Braun', 'felix.braun@tracktide.io', 'intern', false, '2024-06-17', 2),
    (21, 'Yuki Tanaka', 'yuki.tanaka@tracktide.io', 'developer', true, '2024-10-14', 10),
    (22, 'Ines Carvalho', 'ines.carvalho@tracktide.io', 'support', true, '2022-11-07', 10),
    (23, 'Peter Novak', 'peter.novak@tracktide.io', 'support', true, '2023-08-28', 1),
    (24, 'Zoe Mitchell', 'zoe.mitchell@tracktide.io', 'developer', false, '2021-01-25', 1),
    (25, 'Arjun Mehta', 'arjun.mehta@tracktide.io', 'intern', true, '2026-02-02', 12);

INSERT INTO projects VALUES
    (1, 'WEB', 'Web Storefront', 1, false, '2022-03-01', 185000.00),
    (2, 'MOB', 'Mobile App', 10, false, '2023-01-16', 240000.00),
    (3, 'API', 'Public API', 2, false, '2021-09-06', 98000.00),
    (4, 'BIL', 'Billing Service', 10, false, '2024-02-12', 132500.00),
    (5, 'OPS', 'Infrastructure', 12, false, '2020-11-02', NULL),
    (6, 'DOC', 'Developer Docs', 7, false, '2023-06-05', 41000.00),
    (7, 'LEG', 'Legacy Portal', 1, true, '2018-04-03', 60000.00);

INSERT INTO sprints
SELECT (p - 1) * 3 + k,
       p,
       (ARRAY['Web', 'Mobile', 'API', 'Billing', 'Ops', 'Docs'])[p] || ' Sprint ' || k,
       date '2025-07-07' + (p * 19 + k * 42),
       date '2025-07-07' + (p * 19 + k * 42)
           + CASE WHEN (p + k) % 4 = 0 THEN 21 WHEN (p * k) % 5 = 3 THEN 7 ELSE 14 END,
       CASE WHEN (p + 2 * k) % 3 = 0 THEN NULL
            ELSE (ARRAY['Ship the new checkout', 'Stabilise login', 'Cut p95 latency',
                        'Clear the bug backlog', 'Migrate to Postgres 16',
                        'Refresh the getting-started guide'])[1 + (p + k) % 6] END
FROM generate_series(1, 6) AS p, generate_series(1, 3) AS k;

INSERT INTO sprints VALUES
    (19, 2, 'Mobile Sprint 4', '2026-12-14', '2026-12-28', 'Offline mode'),
    (20, 3, 'API Sprint 0', '2024-11-04', '2024-11-18', 'Versioned endpoints');

INSERT INTO labels VALUES
    (1, 'frontend', '#1f77b4'),
    (2, 'backend', '#ff7f0e'),
    (3, 'database', '#2ca02c'),
    (4, 'ux', '#d62728'),
    (5, 'performance', '#9467bd'),
    (6, 'security', '#8c564b'),
    (7, 'regression', '#e377c2'),
    (8, 'good first issue', '#7f7f7f'),
    (9, 'documentation', '#bcbd22'),
    (10, 'needs-triage', '#17becf'),
    (11, 'wontfix', '#000000'),
    (12, 'duplicate', '#cccccc');

INSERT INTO issues VALUES
    (1, 1, 1, 'Checkout button unresponsive on iOS', 'bug', 'critical', 'in_progress',
     5, 3, 5, 12.0, false, current_date, NULL, current_date + 3),
    (2, 1, 2, 'Add Apple Pay to checkout', 'feature', 'high', 'open',
     1, 8, 13, 40.0, false, current_date - 2, NULL, NULL),
    (3, 5, 13, 'Move CI runners to ARM', 'task', 'medium', 'in_progress',
     12, 12, 13, 80.0, false, current_date - 5, NULL, NULL),
    (4, 3, 7, 'Rate limiter lets bursts through', 'bug', 'high', 'resolved',
     9, 2, 3, 6.5, true, current_date - 20, current_date - 4, NULL),
    (5, 4, 10, 'Invoices show wrong VAT for Austria', 'bug', 'critical', 'closed',
     22, 15, 5, 9.0, false, current_date - 48, current_date - 35, NULL),
    (6, 6, 16, 'Document webhook retries', 'task', 'low', 'open',
     23, NULL, 2, 3.0, false, current_date - 9, NULL, NULL),
    (7, 2, 4, 'Dark mode for settings screen', 'feature', 'medium', 'in_review',
     17, 6, 8, 18.0, false, current_date - 33, NULL, NULL),
    (8, 2, 5, 'Push notifications arrive twice', 'bug', 'high', 'open',
     16, 11, NULL, NULL, false, current_date - 61, NULL, NULL),
    (9, 3, 8, 'Expose API keys in the audit log', 'bug', 'critical', 'closed',
     5, 2, 8, 16.0, true, current_date - 95, current_date - 88, NULL),
    (10, 5, NULL, 'Rotate the staging TLS certificates', 'chore', 'medium', 'resolved',
     12, 21, 1, 2.0, true, current_date - 140, current_date - 139, NULL),
    (151, 7, NULL, 'Session cookie not cleared on logout', 'bug', 'high', 'closed',
     22, 19, 3, 5.0, true, '2024-03-11', '2024-03-15', NULL),
    (152, 7, NULL, 'Export legacy invoices to CSV', 'task', 'low', 'closed',
     1, 24, 2, 6.0, false, '2024-05-06', '2024-05-20', NULL);

INSERT INTO issues
SELECT i, project_id, sprint_id, title, issue_type, priority, status, reporter_id,
       assignee_id, story_points, estimate_hours, is_security, created_on,
       CASE WHEN status IN ('resolved', 'closed')
            THEN least(created_on + (i * 3) % 20 + 1, current_date) END,
       CASE WHEN i % 3 = 0 THEN created_on + 30 END
FROM (
    SELECT i,
           1 + i % 6 AS project_id,
           CASE WHEN i % 5 = 0 THEN NULL ELSE (i % 6) * 3 + 1 + (i / 6) % 3 END AS sprint_id,
           (ARRAY['Fix', 'Investigate', 'Refactor', 'Speed up', 'Clean up', 'Test',
                  'Redesign'])[1 + i % 7]
               || ' ' ||
           (ARRAY['search results page', 'password reset flow', 'order export',
                  'user avatar upload', 'invoice PDF', 'session timeout', 'cart totals',
                  'email templates', 'nightly backup job', 'report filters',
                  'onboarding wizard'])[1 + (i * 3) % 11] AS title,
           (ARRAY['bug', 'bug', 'feature', 'task', 'bug', 'feature', 'chore', 'task',
                  'bug', 'feature', 'task'])[1 + (i * 7) % 11]::issue_type AS issue_type,
           (ARRAY['low', 'medium', 'medium', 'high', 'medium', 'critical', 'low', 'high',
                  'medium'])[1 + (i * 5) % 9]::issue_priority AS priority,
           (ARRAY['open', 'in_progress', 'in_review', 'resolved', 'closed', 'closed', 'open',
                  'resolved'])[1 + (i * 3) % 8] AS status,
           1 + (i * 5) % 24 AS reporter_id,
           CASE WHEN i % 9 = 4 THEN NULL
                ELSE (ARRAY[2, 3, 4, 6, 8, 11, 12, 15, 18, 21, 19, 24, 3, 2])[1 + (i * 5) % 14]
           END AS assignee_id,
           CASE WHEN i % 7 = 3 THEN NULL
                ELSE (ARRAY[1, 2, 3, 5, 8, 13])[1 + (i * 11) % 6] END AS story_points,
           CASE WHEN i % 8 = 6 THEN NULL ELSE ((i * 13) % 57) / 2.0 + 1 END AS estimate_hours,
           i % 13 = 0 AS is_security,
           current_date - (i * 29) % 420 AS created_on
    FROM generate_series(11, 150) AS i
) AS generated;

INSERT INTO issue_labels
SELECT i, 1 + i % 9 FROM generate_series(1, 150) AS i WHERE i % 9 <> 5
UNION
SELECT i, 1 + (i * 4) % 10 FROM generate_series(1, 150) AS i WHERE i % 3 <> 1
UNION
SELECT issue_id, 6 FROM issues WHERE is_security
UNION
VALUES (1, 7), (1, 4), (8, 12);

INSERT INTO comments
SELECT c,
       issue_id,
       (ARRAY[5, 5, 5, 5, 9, 9, 9, 2, 2, 3, 3, 1, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16,
              17, 18, 21, 22, 23, 19])[1 + (c * 7) % 29],
       (ARRAY['Can reproduce on my machine.', 'Needs a design decision first.',
              'Fixed in the latest build, please retest.', 'Adding logs from production.',
              'This blocks the release.', 'Duplicate of an older report?',
              'Customer escalated this again today.'])[1 + c % 7],
       c % 6 = 0,
       least(created_on + (c % 9), current_date)
FROM generate_series(1, 260) AS c
JOIN issues ON issue_id = 1 + (c * 11) % 140;

INSERT INTO status_changes
SELECT row_number() OVER (ORDER BY issue_id),
       issue_id,
       coalesce(assignee_id, reporter_id),
       'open',
       status,
       coalesce(resolved_on, least(created_on + 1, current_date))
FROM issues
WHERE status <> 'open';
"""
