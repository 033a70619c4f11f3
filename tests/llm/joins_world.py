"""Two small schemas with deterministic rows, for questions about which table a value and a
join path mean: a sailing club (harbours, sailors, boats, rates, hires, repair jobs) and community
gardens (sites, their donors, plots, inspectors, visits, households that share a plot).
"""

from typing import Final

JOINS_WORLD: Final = """
CREATE TABLE harbours (
    harbour_id integer PRIMARY KEY,
    name text NOT NULL,
    town text NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'closed'))
);

CREATE TABLE sailors (
    sailor_id integer PRIMARY KEY,
    full_name text NOT NULL,
    home_harbour_id integer NOT NULL REFERENCES harbours,
    level text NOT NULL
);

CREATE TABLE boats (
    boat_id integer PRIMARY KEY,
    name text NOT NULL,
    harbour_id integer NOT NULL REFERENCES harbours,
    kind text NOT NULL
);

CREATE TABLE rates (
    rate_id integer PRIMARY KEY,
    name text NOT NULL,
    hourly_eur numeric(6, 2) NOT NULL
);

CREATE TABLE hires (
    hire_id integer PRIMARY KEY,
    sailor_id integer NOT NULL REFERENCES sailors,
    boat_id integer NOT NULL REFERENCES boats,
    rate_id integer NOT NULL REFERENCES rates,
    hired_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'closed'))
);

CREATE TABLE repair_jobs (
    job_id integer PRIMARY KEY,
    boat_id integer NOT NULL REFERENCES boats,
    reported_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('open', 'fixed'))
);

CREATE TABLE sites (
    site_id integer PRIMARY KEY,
    name text NOT NULL,
    borough text NOT NULL,
    compost_capacity_kg integer NOT NULL,
    season text NOT NULL CHECK (season IN ('planting', 'fallow'))
);

CREATE TABLE donors (
    donor_id integer PRIMARY KEY,
    full_name text NOT NULL,
    site_id integer NOT NULL REFERENCES sites
);

CREATE TABLE inspectors (
    inspector_id integer PRIMARY KEY,
    full_name text NOT NULL,
    borough text NOT NULL
);

CREATE TABLE plots (
    plot_id integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES sites,
    borough text NOT NULL,
    kind text NOT NULL
);

CREATE TABLE households (
    household_id integer PRIMARY KEY,
    surname text NOT NULL,
    household_size integer NOT NULL,
    plot_id integer NOT NULL REFERENCES plots
);

CREATE TABLE visits (
    visit_id integer PRIMARY KEY,
    plot_id integer NOT NULL REFERENCES plots,
    inspector_id integer NOT NULL REFERENCES inspectors,
    visited_on date NOT NULL,
    score integer NOT NULL
);

INSERT INTO harbours VALUES
    (1, 'Pier Head', 'Kingsport', 'open'),
    (2, 'Gull Point', 'Westhaven', 'open'),
    (3, 'Mill Cove', 'Kingsport', 'closed');

INSERT INTO sailors VALUES
    (1, 'Ada Moss', 1, 'novice'),
    (2, 'Ben Hale', 2, 'skipper'),
    (3, 'Cleo Ward', 3, 'novice'),
    (4, 'Dev Patel', 1, 'skipper'),
    (5, 'Eva Lind', 2, 'novice');

INSERT INTO boats VALUES
    (1, 'Puffin', 1, 'dinghy'),
    (2, 'Tern', 2, 'yacht'),
    (3, 'Skua', 2, 'dinghy'),
    (4, 'Gannet', 3, 'yacht'),
    (5, 'Osprey', 1, 'sailing');

INSERT INTO rates VALUES
    (1, 'Business', 40.00),
    (2, 'Company', 32.50),
    (3, 'Member', 15.00);

INSERT INTO hires VALUES
    (1, 1, 2, 1, '2026-05-01', 'closed'),
    (2, 2, 1, 3, '2026-05-03', 'open'),
    (3, 3, 1, 2, '2026-05-04', 'closed'),
    (4, 4, 3, 1, '2026-05-09', 'open'),
    (5, 5, 4, 3, '2026-06-01', 'open'),
    (6, 1, 3, 3, '2026-06-02', 'closed');

INSERT INTO repair_jobs VALUES
    (1, 1, '2026-04-01', 'fixed'),
    (2, 2, '2026-04-20', 'open'),
    (3, 4, '2026-05-15', 'fixed');

INSERT INTO sites VALUES
    (1, 'Elm Row', 'Northside', 400, 'fallow'),
    (2, 'Canal Bank', 'Southside', 5, 'planting'),
    (3, 'Quarry Lane', 'Northside', 250, 'planting');

INSERT INTO donors VALUES
    (1, 'Lena Roth', 1),
    (2, 'Omar Said', 2);

INSERT INTO inspectors VALUES
    (1, 'Ivo Kent', 'Northside'),
    (2, 'Jun Park', 'Southside');

INSERT INTO plots VALUES
    (1, 1, 'Northside', 'raised_bed'),
    (2, 1, 'Northside', 'allotment'),
    (3, 2, 'Southside', 'raised_bed'),
    (4, 3, 'Northside', 'raised_bed'),
    (5, 2, 'Southside', 'allotment'),
    (6, 2, 'Southside', 'allotment');

INSERT INTO households VALUES
    (1, 'Okafor', 6, 1),
    (2, 'Brennan', 2, 2),
    (3, 'Silva', 4, 3),
    (4, 'Novak', 7, 4),
    (5, 'Haddad', 3, 5);

INSERT INTO visits VALUES
    (1, 1, 2, '2026-04-01', 8),
    (2, 2, 1, '2026-04-02', 6),
    (3, 3, 1, '2026-04-05', 9),
    (4, 4, 2, '2026-04-09', 7),
    (5, 5, 2, '2026-04-12', 5),
    (6, 1, 1, '2026-05-01', 9);
"""
