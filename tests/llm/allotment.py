"""An allotment society's schema for the planner's generality tests, with deterministic rows."""

from typing import Final

ALLOTMENT: Final = """
CREATE TABLE gardeners (
    gardener_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name   text NOT NULL UNIQUE,
    town        text NOT NULL,
    joined_on   date NOT NULL,
    mentor_id   integer REFERENCES gardeners
);
CREATE TABLE plots (
    plot_id     integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plot_code   text NOT NULL UNIQUE,
    area_m2     integer NOT NULL,
    gardener_id integer REFERENCES gardeners
);
CREATE TABLE crops (
    crop_id   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    crop_name text NOT NULL UNIQUE,
    family    text NOT NULL
);
CREATE TABLE sowings (
    sowing_id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plot_id          integer NOT NULL REFERENCES plots,
    crop_id          integer NOT NULL REFERENCES crops,
    sown_on          date NOT NULL,
    expected_harvest date NOT NULL,
    harvested_at     timestamp,
    harvest_kg       numeric(6, 1),
    target_kg        numeric(6, 1) NOT NULL
);
CREATE TABLE fairs (
    fair_id  integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title    text NOT NULL UNIQUE,
    held_on  date NOT NULL,
    budget   numeric(8, 2) NOT NULL,
    spent    numeric(8, 2) NOT NULL
);
CREATE TABLE fair_gardeners (
    fair_id     integer NOT NULL REFERENCES fairs,
    gardener_id integer NOT NULL REFERENCES gardeners,
    stall_fee   numeric(6, 2) NOT NULL,
    stall_booked_on date NOT NULL,
    PRIMARY KEY (fair_id, gardener_id)
);
INSERT INTO gardeners (full_name, town, joined_on, mentor_id) VALUES
    ('Ada Brook', 'Ashford', '2019-04-02', NULL),
    ('Bram Otten', 'Ashford', '2020-06-15', 1),
    ('Cleo Marsh', 'Deal', '2021-03-09', 1),
    ('Dev Patel', 'Deal', '2022-09-21', 2),
    ('Esme Vance', 'Rye', '2023-01-30', 2),
    ('Finn Hale', 'Rye', '2023-05-11', 1),
    ('Gus Moor', 'Ashford', '2024-02-14', NULL);
INSERT INTO plots (plot_code, area_m2, gardener_id) VALUES
    ('A1', 120, 1), ('A2', 90, 1), ('B1', 200, 2), ('B2', 60, 3),
    ('C1', 150, 4), ('C2', 90, 4), ('C3', 40, 4), ('D1', 110, NULL);
INSERT INTO crops (crop_name, family) VALUES
    ('Leek', 'allium'), ('Onion', 'allium'), ('Carrot', 'umbellifer'),
    ('Parsnip', 'umbellifer'), ('Runner bean', 'legume'), ('Broad bean', 'legume'),
    ('Kale', 'brassica');
INSERT INTO sowings (plot_id, crop_id, sown_on, expected_harvest, harvested_at, harvest_kg,
                     target_kg) VALUES
    (1, 1, '2024-03-04', '2024-09-01', '2024-08-28 09:00', 14.0, 12.0),
    (1, 3, '2024-04-10', '2024-08-01', '2024-08-19 16:30', 9.5, 11.0),
    (2, 5, '2024-05-02', '2024-08-15', '2024-08-15 18:00', 21.0, 18.0),
    (3, 1, '2024-03-20', '2024-09-10', '2024-09-30 10:00', 6.0, 13.0),
    (3, 2, '2024-03-22', '2024-08-20', '2024-08-02 08:15', 17.5, 15.0),
    (3, 5, '2024-05-18', '2024-09-01', NULL, NULL, 20.0),
    (4, 3, '2025-04-01', '2025-08-01', '2025-08-11 12:00', 8.0, 10.0),
    (5, 2, '2025-03-15', '2025-08-20', '2025-08-18 07:45', 16.0, 14.0),
    (5, 6, '2025-02-27', '2025-06-30', '2025-07-09 11:00', 12.5, 9.0),
    (6, 1, '2025-04-05', '2025-09-15', NULL, NULL, 12.0),
    (7, 5, '2025-05-03', '2025-08-25', '2025-08-24 17:20', 19.0, 22.0);
INSERT INTO fairs (title, held_on, budget, spent) VALUES
    ('Spring Swap', '2024-04-20', 500.00, 430.00),
    ('Harvest Show', '2024-09-28', 1200.00, 1415.50),
    ('Seed Sunday', '2025-02-16', 300.00, 310.00),
    ('Summer Fete', '2025-07-12', 900.00, 640.00);
INSERT INTO fair_gardeners (fair_id, gardener_id, stall_fee, stall_booked_on) VALUES
    (1, 1, 15.00, '2024-03-01'), (1, 2, 15.00, '2024-03-12'), (2, 1, 25.00, '2024-08-01'),
    (2, 4, 25.00, '2024-08-20'), (2, 5, 30.00, '2024-09-02'), (3, 4, 10.00, '2025-01-10'),
    (4, 1, 20.00, '2025-06-01'), (4, 3, 20.00, '2025-06-03'), (4, 4, 22.50, '2025-06-15');
"""

# A tool-lending shelf: what neighbours borrow, when it is due back and when it came back.
TOOL_SHELF: Final = """
CREATE TABLE neighbours (
    neighbour_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nickname     text NOT NULL UNIQUE,
    street       text NOT NULL
);
CREATE TABLE tools (
    tool_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label      text NOT NULL UNIQUE,
    bought_for numeric(7, 2) NOT NULL
);
CREATE TABLE loans (
    loan_id      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tool_id      integer NOT NULL REFERENCES tools,
    neighbour_id integer NOT NULL REFERENCES neighbours,
    borrowed_on  date NOT NULL,
    due_back     date NOT NULL,
    returned_on  date
);
INSERT INTO neighbours (nickname, street) VALUES
    ('Pip', 'Elm Row'), ('Rae', 'Elm Row'), ('Sol', 'Quay Lane'), ('Tam', 'Quay Lane');
INSERT INTO tools (label, bought_for) VALUES
    ('Drill', 89.00), ('Ladder', 120.00), ('Saw', 35.50), ('Sander', 64.00), ('Wheelbarrow', 75.00);
INSERT INTO loans (tool_id, neighbour_id, borrowed_on, due_back, returned_on) VALUES
    (1, 1, '2025-01-05', '2025-01-12', '2025-01-11'),
    (1, 2, '2025-01-20', '2025-01-27', '2025-02-02'),
    (2, 1, '2025-02-03', '2025-02-10', '2025-02-10'),
    (1, 3, '2025-02-14', '2025-02-21', '2025-02-25'),
    (3, 2, '2025-02-18', '2025-02-25', NULL),
    (2, 3, '2025-03-01', '2025-03-08', '2025-03-07'),
    (1, 1, '2025-03-09', '2099-03-16', NULL);
"""
