"""Three small schemas in one database, a ferry line, a crowdfunding site and a web host, with
deterministic rows: for questions about what a superlative measures (the longest route, the
highest paid officer, the backer who put in the most money, the customer with the most views).
"""

from typing import Final

MEASURES_WORLD: Final = """
CREATE TABLE ports (
    port_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('harbour', 'terminal')),
    berths integer NOT NULL
);

CREATE TABLE routes (
    route_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    home_port_id integer NOT NULL REFERENCES ports,
    distance_nm numeric(6, 1) NOT NULL,
    ticket_price_eur numeric(6, 2) NOT NULL,
    opened_on date NOT NULL
);

CREATE TABLE customs_officers (
    officer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    daily_rate_eur numeric(8, 2) NOT NULL,
    joined_on date NOT NULL
);

CREATE TABLE sailings (
    sailing_id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes,
    officer_id integer NOT NULL REFERENCES customs_officers,
    sailed_on date NOT NULL,
    passengers integer NOT NULL,
    crossing_minutes integer NOT NULL
);

CREATE TABLE travellers (
    traveller_id integer PRIMARY KEY,
    full_name text NOT NULL
);

CREATE TABLE trips (
    trip_id integer PRIMARY KEY,
    traveller_id integer NOT NULL REFERENCES travellers,
    sailing_id integer NOT NULL REFERENCES sailings
);

CREATE TABLE loyalty_cards (
    card_id integer PRIMARY KEY,
    traveller_id integer NOT NULL REFERENCES travellers,
    issued_on date NOT NULL
);

CREATE TABLE route_inspections (
    inspection_id integer PRIMARY KEY,
    route_id integer NOT NULL REFERENCES routes,
    officer_id integer NOT NULL REFERENCES customs_officers,
    inspected_on date NOT NULL,
    duration_minutes integer NOT NULL
);

CREATE TABLE backers (
    backer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    city text NOT NULL
);

CREATE TABLE projects (
    project_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    goal_usd numeric(10, 2) NOT NULL,
    category text NOT NULL CHECK (category IN ('gadget', 'game', 'craft')),
    reward_tiers integer NOT NULL,
    launched_on date NOT NULL
);

CREATE TABLE pledges (
    pledge_id integer PRIMARY KEY,
    backer_id integer NOT NULL REFERENCES backers,
    project_id integer NOT NULL REFERENCES projects,
    amount_usd numeric(8, 2) NOT NULL,
    pledged_on date NOT NULL
);

INSERT INTO ports VALUES
    (1, 'Harwich', 'United Kingdom', 'terminal', 6), (2, 'Hook of Holland', 'Netherlands',
    'terminal', 9), (3, 'Kiel', 'Germany', 'harbour', 14), (4, 'Gothenburg', 'Sweden',
    'terminal', 4);

INSERT INTO routes VALUES
    (1, 'North Sea Express', 1, 120.5, 89.00, '2015-04-01'),
    (2, 'Baltic Link', 3, 245.0, 149.00, '2012-06-15'),
    (3, 'Kattegat Hopper', 4, 58.0, 39.50, '2019-03-20'),
    (4, 'Rhine Mouth Shuttle', 2, 33.2, 24.00, '2021-09-01');

INSERT INTO customs_officers VALUES
    (1, 'Ingrid Solberg', 520.00, '2011-02-01'),
    (2, 'Tomas Veld', 480.00, '2016-08-15'),
    (3, 'Aoife Kerrigan', 610.00, '2018-01-10'),
    (4, 'Piet de Groot', 390.00, '2009-11-30');

INSERT INTO sailings VALUES
    (1, 1, 1, '2025-05-01', 410, 420), (2, 1, 2, '2025-05-02', 388, 435),
    (3, 2, 3, '2025-05-01', 702, 900), (4, 3, 1, '2025-05-03', 150, 200),
    (5, 1, 4, '2025-05-04', 395, 410), (6, 4, 2, '2025-05-04', 90, 75),
    (7, 2, 3, '2025-05-05', 688, 880);

INSERT INTO travellers VALUES (1, 'Noor Haddad'), (2, 'Sven Aalto'), (3, 'Rita Moreau');

INSERT INTO trips VALUES
    (1, 1, 1), (2, 2, 1), (3, 2, 3), (4, 2, 5), (5, 3, 2), (6, 1, 6);

INSERT INTO loyalty_cards VALUES (1, 1, '2024-01-05'), (2, 3, '2024-03-09'), (3, 3, '2025-02-01');

INSERT INTO route_inspections VALUES
    (1, 1, 2, '2025-04-01', 30), (2, 2, 2, '2025-04-03', 45), (3, 3, 1, '2025-04-04', 90),
    (4, 1, 2, '2025-04-09', 20), (5, 4, 3, '2025-04-10', 60), (6, 1, 3, '2025-04-12', 15);

INSERT INTO backers VALUES
    (1, 'Maya Lindqvist', 'Malmo'), (2, 'Oscar Benitez', 'Seville'),
    (3, 'Yuki Tanaka', 'Osaka'), (4, 'Leah Fischer', 'Graz');

INSERT INTO projects VALUES
    (1, 'Solar Lantern', 20000.00, 'gadget', 5, '2024-02-01'),
    (2, 'Board Game Atlas', 8000.00, 'game', 7, '2024-06-10'),
    (3, 'Pocket Loom', 15000.00, 'craft', 3, '2025-01-05'),
    (4, 'Desk Fan Kit', 12000.00, 'gadget', 8, '2025-03-01');

INSERT INTO pledges VALUES
    (1, 1, 1, 50.00, '2024-02-03'), (2, 1, 2, 25.00, '2024-06-11'),
    (3, 1, 3, 30.00, '2025-01-06'), (4, 2, 1, 500.00, '2024-02-10'),
    (5, 3, 2, 120.00, '2024-06-20'), (6, 3, 3, 90.00, '2025-01-09'),
    (7, 4, 3, 15.00, '2025-01-12');

CREATE TABLE project_comments (
    comment_id integer PRIMARY KEY,
    project_id integer NOT NULL REFERENCES projects,
    backer_id integer NOT NULL REFERENCES backers,
    posted_on date NOT NULL
);

INSERT INTO project_comments VALUES
    (1, 1, 3, '2024-02-05'), (2, 2, 3, '2024-06-12'), (3, 2, 1, '2024-06-13'),
    (4, 3, 3, '2025-01-07'), (5, 1, 4, '2024-02-08'), (6, 2, 4, '2024-06-15');

CREATE TABLE accounts (
    account_id integer PRIMARY KEY,
    company_name text NOT NULL UNIQUE,
    signed_up_on date NOT NULL
);

CREATE TABLE hosted_sites (
    site_id integer PRIMARY KEY,
    account_id integer NOT NULL REFERENCES accounts,
    domain text NOT NULL UNIQUE,
    page_views integer NOT NULL
);

INSERT INTO accounts VALUES
    (1, 'Fernhill Bakery', '2023-03-01'), (2, 'Quayside Optics', '2024-07-19'),
    (3, 'Brightwater Yoga', '2025-02-11');

INSERT INTO hosted_sites VALUES
    (1, 1, 'fernhillbakery.example', 1200), (2, 2, 'quaysideoptics.example', 800),
    (3, 2, 'quayside-lenses.example', 300), (4, 3, 'brightwater.example', 2600);
"""
