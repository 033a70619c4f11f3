"""A plant nursery's customers, plants and orders, for the planner's rules on a schema of its own.

Orders come by a channel (one unrecorded) and have a status; some are not shipped or not paid
yet (NULL dates). Plants have a kind, a flag that is never NULL (evergreen) and one that may be
(hardy: unknown for one plant); customers are members or not, and may not have said whether
they want the newsletter. Employees pack order lines, manage customers' accounts and have
contracts; courses are sold by the session.
"""

from typing import Final

NURSERY: Final = """
CREATE TABLE employees (
    employee_id integer PRIMARY KEY,
    full_name text NOT NULL
);

CREATE TABLE contracts (
    contract_id integer PRIMARY KEY,
    employee_id integer NOT NULL REFERENCES employees,
    annual_pay numeric(9, 2) NOT NULL,
    starts_on date NOT NULL
);

CREATE TABLE courses (
    course_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    session_rate numeric(6, 2) NOT NULL,
    spaces integer NOT NULL
);

CREATE TABLE customers (
    customer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    city text NOT NULL,
    is_member boolean NOT NULL,
    wants_newsletter boolean,
    joined_on date NOT NULL,
    discount_pct numeric(4, 1) NOT NULL DEFAULT 0,
    account_manager_id integer REFERENCES employees (employee_id),
    reward_points integer NOT NULL DEFAULT 0
);

CREATE TABLE plants (
    plant_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    kind text NOT NULL,
    is_hardy boolean,
    is_evergreen boolean NOT NULL,
    price numeric(8, 2) NOT NULL,
    stock integer NOT NULL,
    weeks_to_bloom integer,
    years_of_warranty integer NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    order_id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers,
    placed_on date NOT NULL,
    channel text,
    status text NOT NULL,
    shipped_on date,
    paid_at timestamptz,
    total numeric(8, 2) NOT NULL
);

CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES orders,
    plant_id integer NOT NULL REFERENCES plants,
    quantity integer NOT NULL,
    packed_by integer NOT NULL REFERENCES employees (employee_id),
    PRIMARY KEY (order_id, plant_id)
);

INSERT INTO employees VALUES (1, 'Nell Park'), (2, 'Ravi Shah');

INSERT INTO contracts VALUES
(1, 1, 31000, '2022-01-01'), (2, 2, 28500, '2023-06-01'), (3, 1, 33500, '2025-01-01');

INSERT INTO courses VALUES
(1, 'Pruning Basics', 25, 12), (2, 'Rose Care', 40, 8), (3, 'Seed Saving', 15, 20);

INSERT INTO customers VALUES
(1, 'Iris Wong', 'Leeds', true, true, '2023-02-01', 10, 1, 340),
(2, 'Owen Hart', 'York', false, NULL, '2024-05-12', 0, 2, 15),
(3, 'Maya Cole', 'Leeds', true, false, '2022-09-30', 12.5, 1, 510),
(4, 'Finn Shaw', 'Hull', false, false, '2025-01-20', 0, NULL, 0),
(5, 'Rosa Diaz', 'York', false, true, '2025-03-03', 5, 2, 120);

INSERT INTO plants VALUES
(1, 'Holly', 'shrub', true, true, 18.50, 12, NULL, 0),
(2, 'Silver Birch', 'tree', true, false, 45.00, 4, 8, 5),
(3, 'Basil', 'herb', false, false, 3.20, 40, 6, 0),
(4, 'Lavender', 'shrub', true, true, 7.90, 25, 10, 1),
(5, 'Olive Tree', 'tree', NULL, true, 89.00, 2, NULL, 10),
(6, 'Peony', 'perennial', true, false, 14.00, 0, 14, 2),
(7, 'Fern', 'perennial', true, true, 9.50, 6, NULL, 0);  -- never ordered

-- Channels: online 1, 2, 5, 7; phone 3, 6; in store 4; not recorded 8.
-- Not shipped: 5, 7, 8 (7 cancelled); not paid: 6, 7, 8.
INSERT INTO orders VALUES
(1, 1, '2025-01-10', 'online', 'delivered', '2025-01-12', '2025-01-10 09:00+00', 52.00),
(2, 2, '2025-02-03', 'online', 'delivered', '2025-02-05', '2025-02-03 11:30+00', 18.50),
(3, 3, '2025-02-20', 'phone', 'shipped', '2025-02-22', '2025-02-20 16:10+00', 89.00),
(4, 1, '2025-03-01', 'in_store', 'delivered', '2025-03-01', '2025-03-01 10:00+00', 7.90),
(5, 4, '2025-03-15', 'online', 'pending', NULL, '2025-03-15 08:45+00', 45.00),
(6, 5, '2025-03-18', 'phone', 'shipped', '2025-03-19', NULL, 28.00),
(7, 2, '2025-03-20', 'online', 'cancelled', NULL, NULL, 14.00),
(8, 3, '2025-03-25', NULL, 'pending', NULL, NULL, 6.40);

-- An order line reaches a customer through its order, or (fanning out) through the employee
-- who packed it and the customers that employee manages.
INSERT INTO order_lines VALUES
(1, 1, 2, 1), (1, 4, 2, 2), (2, 1, 1, 1), (3, 5, 1, 2), (4, 4, 1, 1), (5, 2, 1, 2),
(6, 6, 2, 1), (7, 6, 1, 1), (8, 3, 2, 2);
"""
