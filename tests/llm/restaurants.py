"""A restaurant chain schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

RESTAURANTS: Final = """
CREATE TYPE staff_role AS ENUM (
    'manager', 'chef', 'sous_chef', 'cook', 'waiter', 'bartender', 'host', 'dishwasher'
);
CREATE TYPE reservation_status AS ENUM ('booked', 'seated', 'cancelled', 'no_show');

CREATE TABLE restaurants (
    restaurant_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    street text NOT NULL,
    phone text,
    opened_on date NOT NULL,
    seats integer NOT NULL,
    has_terrace boolean NOT NULL DEFAULT false
);

CREATE TABLE staff (
    staff_id integer PRIMARY KEY,
    restaurant_id integer NOT NULL REFERENCES restaurants,
    first_name text NOT NULL,
    last_name text NOT NULL,
    role staff_role NOT NULL,
    hired_on date NOT NULL,
    hourly_wage_eur numeric(6, 2) NOT NULL,
    is_full_time boolean NOT NULL,
    manager_id integer REFERENCES staff (staff_id),
    email text
);

CREATE TABLE suppliers (
    supplier_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country text NOT NULL,
    contact_email text,
    is_organic boolean NOT NULL,
    supplier_since date NOT NULL
);

CREATE TABLE menu_items (
    item_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    category text NOT NULL
        CHECK (category IN ('starter', 'pasta', 'pizza', 'main', 'dessert', 'drink')),
    price_eur numeric(6, 2) NOT NULL,
    is_vegetarian boolean NOT NULL,
    is_available boolean NOT NULL DEFAULT true,
    calories integer,
    supplier_id integer REFERENCES suppliers,
    added_on date NOT NULL
);

CREATE TABLE orders (
    order_id integer PRIMARY KEY,
    restaurant_id integer NOT NULL REFERENCES restaurants,
    waiter_id integer REFERENCES staff (staff_id),
    ordered_at timestamp NOT NULL,
    channel text NOT NULL CHECK (channel IN ('dine_in', 'takeaway', 'delivery')),
    status text NOT NULL CHECK (status IN ('open', 'paid', 'cancelled', 'refunded')),
    table_no integer,
    guests integer,
    tip_eur numeric(6, 2)
);

CREATE TABLE order_lines (
    order_id integer NOT NULL REFERENCES orders,
    item_id integer NOT NULL REFERENCES menu_items,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price_eur numeric(6, 2) NOT NULL,
    PRIMARY KEY (order_id, item_id)
);

CREATE TABLE shifts (
    shift_id integer PRIMARY KEY,
    staff_id integer NOT NULL REFERENCES staff,
    shift_date date NOT NULL,
    starts_at time NOT NULL,
    ends_at time NOT NULL,
    break_minutes integer NOT NULL DEFAULT 30
);

CREATE TABLE reservations (
    reservation_id integer PRIMARY KEY,
    restaurant_id integer NOT NULL REFERENCES restaurants,
    guest_name text NOT NULL,
    guest_phone text,
    party_size integer NOT NULL,
    reserved_for timestamp NOT NULL,
    status reservation_status NOT NULL,
    booked_by integer REFERENCES staff (staff_id),
    notes text
);

INSERT INTO restaurants VALUES
(1, 'Bella Vista Mitte', 'Berlin', 'Torstraße 112', '+49 30 2847 1190', '2014-03-01', 120, true),
(2, 'Bella Vista Altona', 'Hamburg', 'Ottenser Hauptstraße 9', '+49 40 3908 2210', '2016-06-15', 90,
 true),
(3, 'Bella Vista Schwabing', 'Munich', 'Leopoldstraße 58', '+49 89 3398 4410', '2018-09-01', 75,
 false),
(4, 'Bella Vista Ehrenfeld', 'Cologne', 'Venloer Straße 301', '+49 221 5501 876', '2019-11-20', 60,
 true),
(5, 'Bella Vista Sachsenhausen', 'Frankfurt', 'Schweizer Straße 24', '+49 69 6109 5532',
 '2021-04-10', 85, false),
(6, 'Bella Vista Kreuzberg', 'Berlin', 'Oranienstraße 170', NULL, '2022-08-05', 50, false),
(7, 'Bella Vista Neustadt', 'Dresden', 'Louisenstraße 43', '+49 351 8014 227', '2023-05-12', 40,
 true),
(8, 'Bella Vista Linden', 'Hanover', 'Limmerstraße 77', NULL, '2025-02-01', 45, false);

INSERT INTO staff VALUES
(1, 1, 'Katrin', 'Vogel', 'manager', '2014-02-01', 28.50, true, NULL, 'katrin.vogel@bellavista.de'),
(2, 1, 'Marco', 'Rossi', 'chef', '2014-02-15', 26.00, true, 1, 'marco.rossi@bellavista.de'),
(3, 1, 'Jonas', 'Becker', 'sous_chef', '2017-05-01', 21.00, true, 2, NULL),
(4, 1, 'Lena', 'Hoffmann', 'waiter', '2019-03-10', 14.50, false, 1, NULL),
(5, 1, 'Tim', 'Schulz', 'waiter', '2022-07-01', 13.80, false, 1, NULL),
(6, 1, 'Aylin', 'Demir', 'bartender', '2020-09-15', 15.20, true, 1, 'aylin.demir@bellavista.de'),
(7, 1, 'Piotr', 'Nowak', 'dishwasher', '2023-01-09', 12.90, false, 2, NULL),
(8, 2, 'Sven', 'Petersen', 'manager', '2016-05-01', 27.00, true, NULL,
 'sven.petersen@bellavista.de'),
(9, 2, 'Giulia', 'Bianchi', 'chef', '2016-05-20', 25.50, true, 8, 'giulia.bianchi@bellavista.de'),
(10, 2, 'Hannes', 'Krüger', 'cook', '2021-02-01', 17.00, true, 9, NULL),
(11, 2, 'Mia', 'Jansen', 'waiter', '2018-04-01', 14.20, true, 8, NULL),
(12, 2, 'Noah', 'Wolff', 'waiter', '2024-03-15', 13.50, false, 8, NULL),
(13, 2, 'Emma', 'Lange', 'host', '2023-06-01', 13.90, false, 8, 'emma.lange@bellavista.de'),
(14, 3, 'Franz', 'Huber', 'manager', '2018-08-01', 29.00, true, NULL, 'franz.huber@bellavista.de'),
(15, 3, 'Luca', 'Ferrari', 'chef', '2018-08-01', 27.50, true, 14, 'luca.ferrari@bellavista.de'),
(16, 3, 'Sophie', 'Maier', 'sous_chef', '2020-01-15', 20.50, true, 15, NULL),
(17, 3, 'Maximilian', 'Bauer', 'waiter', '2019-10-01', 14.80, true, 14, NULL),
(18, 3, 'Clara', 'Wagner', 'waiter', '2025-05-01', 13.60, false, 14, NULL),
(19, 3, 'Ali', 'Yilmaz', 'bartender', '2021-11-01', 15.50, true, 14, NULL),
(20, 4, 'Petra', 'Schmitz', 'manager', '2019-10-01', 26.50, true, NULL,
 'petra.schmitz@bellavista.de'),
(21, 4, 'Antonio', 'Esposito', 'chef', '2019-10-15', 25.00, true, 20,
 'antonio.esposito@bellavista.de'),
(22, 4, 'Julia', 'Richter', 'waiter', '2020-02-01', 14.00, false, 20, NULL),
(23, 4, 'Felix', 'Klein', 'waiter', '2022-09-01', 13.70, false, 20, NULL),
(24, 4, 'Nina', 'Koch', 'dishwasher', '2024-08-01', 12.80, false, 21, NULL),
(25, 5, 'Stefan', 'Neumann', 'manager', '2021-03-01', 28.00, true, NULL,
 'stefan.neumann@bellavista.de'),
(26, 5, 'Chiara', 'Romano', 'chef', '2021-03-15', 26.50, true, 25, 'chiara.romano@bellavista.de'),
(27, 5, 'David', 'Schwarz', 'cook', '2022-01-10', 16.50, true, 26, NULL),
(28, 5, 'Laura', 'Zimmermann', 'waiter', '2021-05-01', 14.30, true, 25, NULL),
(29, 5, 'Paul', 'Braun', 'bartender', '2023-04-01', 15.00, false, 25, NULL),
(30, 6, 'Deniz', 'Arslan', 'manager', '2022-07-01', 27.50, true, NULL,
 'deniz.arslan@bellavista.de'),
(31, 6, 'Matteo', 'Ricci', 'chef', '2022-07-15', 25.80, true, 30, 'matteo.ricci@bellavista.de'),
(32, 6, 'Lea', 'Hartmann', 'waiter', '2022-08-01', 13.90, false, 30, NULL),
(33, 6, 'Ben', 'Krause', 'host', '2025-09-01', 13.20, false, 30, NULL),
(34, 7, 'Ute', 'Lehmann', 'manager', '2023-04-01', 25.50, true, NULL, 'ute.lehmann@bellavista.de'),
(35, 7, 'Roberto', 'Colombo', 'chef', '2023-04-15', 24.50, true, 34,
 'roberto.colombo@bellavista.de'),
(36, 7, 'Anna', 'Schröder', 'waiter', '2023-05-01', 13.80, false, 34, NULL),
(37, 7, 'Erik', 'Seidel', 'cook', '2024-02-01', 16.00, true, 35, NULL),
(38, 8, 'Jan', 'Meyer', 'manager', '2024-12-01', 26.00, true, NULL, 'jan.meyer@bellavista.de'),
(39, 8, 'Francesca', 'Greco', 'chef', '2025-01-10', 25.20, true, 38,
 'francesca.greco@bellavista.de'),
(40, 8, 'Leon', 'Fischer', 'waiter', '2025-01-15', 13.50, false, 38, NULL),
(41, 8, 'Marie', 'Weber', 'waiter', '2025-01-20', 13.40, false, 38, NULL),
(42, 8, 'Omar', 'Haddad', 'dishwasher', '2025-02-01', 12.70, false, 39, NULL);

INSERT INTO suppliers VALUES
(1, 'Molino Rossi', 'Bergamo', 'Italy', 'orders@molinorossi.it', false, '2014-01-10'),
(2, 'Caseificio Valle', 'Parma', 'Italy', 'info@caseificiovalle.it', true, '2015-03-01'),
(3, 'Hof Sonnenfeld', 'Lüneburg', 'Germany', NULL, true, '2016-06-01'),
(4, 'Nordsee Fisch GmbH', 'Bremerhaven', 'Germany', 'sales@nordseefisch.de', false, '2016-07-15'),
(5, 'Oliveto Pugliese', 'Bari', 'Italy', 'export@oliveto.it', true, '2017-02-01'),
(6, 'Metzgerei Brandl', 'Munich', 'Germany', NULL, false, '2018-09-01'),
(7, 'Cantina Bellini', 'Verona', 'Italy', 'vino@cantinabellini.it', false, '2019-05-10'),
(8, 'Kaffeerösterei Jansen', 'Hamburg', 'Germany', 'hallo@roesterei-jansen.de', true, '2020-11-01'),
(9, 'Gemüse Kontor Berlin', 'Berlin', 'Germany', 'kontor@gemuese-berlin.de', false, '2022-04-01'),
(10, 'Dolci di Sicilia', 'Palermo', 'Italy', NULL, false, '2024-03-01');

INSERT INTO menu_items VALUES
(1, 'Bruschetta al Pomodoro', 'starter', 7.50, true, true, 320, 9, '2014-03-01'),
(2, 'Carpaccio di Manzo', 'starter', 12.90, false, true, 280, 6, '2014-03-01'),
(3, 'Burrata con Pomodorini', 'starter', 11.50, true, true, 450, 2, '2019-04-01'),
(4, 'Vitello Tonnato', 'starter', 13.40, false, false, 390, 6, '2016-05-01'),
(5, 'Minestrone', 'starter', 6.90, true, true, 210, 3, '2014-03-01'),
(6, 'Spaghetti Carbonara', 'pasta', 14.50, false, true, 780, 1, '2014-03-01'),
(7, 'Penne all''Arrabbiata', 'pasta', 11.90, true, true, 620, 1, '2014-03-01'),
(8, 'Tagliatelle al Ragù', 'pasta', 15.80, false, true, 820, 1, '2015-01-15'),
(9, 'Linguine allo Scoglio', 'pasta', 19.90, false, true, 690, 4, '2016-07-20'),
(10, 'Ravioli di Ricotta e Spinaci', 'pasta', 15.20, true, true, 640, 2, '2018-02-01'),
(11, 'Lasagne al Forno', 'pasta', 14.90, false, true, 910, NULL, '2014-03-01'),
(12, 'Gnocchi al Pesto', 'pasta', 13.60, true, false, 600, 5, '2021-09-01'),
(13, 'Pizza Margherita', 'pizza', 10.50, true, true, 850, 2, '2014-03-01'),
(14, 'Pizza Diavola', 'pizza', 12.80, false, true, 980, 6, '2014-03-01'),
(15, 'Pizza Quattro Formaggi', 'pizza', 13.50, true, true, 1040, 2, '2015-06-01'),
(16, 'Pizza Prosciutto e Funghi', 'pizza', 13.20, false, true, 940, 6, '2014-03-01'),
(17, 'Pizza Vegana', 'pizza', 12.40, true, true, 760, 9, '2023-03-01'),
(18, 'Saltimbocca alla Romana', 'main', 22.50, false, true, 690, 6, '2016-05-01'),
(19, 'Ossobuco alla Milanese', 'main', 26.90, false, true, 880, 6, '2018-10-01'),
(20, 'Branzino al Forno', 'main', 24.80, false, true, 540, 4, '2016-07-20'),
(21, 'Bistecca alla Fiorentina', 'main', 34.50, false, true, 1150, 6, '2019-04-01'),
(22, 'Melanzane alla Parmigiana', 'main', 16.90, true, true, 670, 3, '2017-03-01'),
(23, 'Risotto ai Funghi Porcini', 'main', 18.40, true, true, 720, NULL, '2020-10-01'),
(24, 'Tiramisù', 'dessert', 7.90, true, true, 480, 2, '2014-03-01'),
(25, 'Panna Cotta', 'dessert', 6.80, true, true, 390, 2, '2014-03-01'),
(26, 'Cannoli Siciliani', 'dessert', 7.20, true, false, NULL, NULL, '2024-04-01'),
(27, 'Affogato al Caffè', 'dessert', 5.90, true, true, 250, 8, '2020-12-01'),
(28, 'Espresso', 'drink', 2.60, true, true, 5, 8, '2014-03-01'),
(29, 'Cappuccino', 'drink', 3.80, true, true, 120, 8, '2014-03-01'),
(30, 'Aperol Spritz', 'drink', 8.50, true, true, 160, NULL, '2017-05-01'),
(31, 'Chianti Classico (glass)', 'drink', 7.40, true, true, 125, 7, '2014-03-01'),
(32, 'San Pellegrino 0.75l', 'drink', 4.90, true, true, 0, NULL, '2014-03-01'),
(33, 'Limonata della Casa', 'drink', 4.20, true, true, NULL, NULL, '2025-06-01');

-- 180 orders over the last 540 days; restaurants weighted so that no two have as many orders.
INSERT INTO orders (order_id, restaurant_id, ordered_at, channel, status, table_no, guests, tip_eur)
SELECT g,
       (ARRAY[1, 2, 3, 1, 5, 2, 6, 1, 4, 3, 2, 1, 7, 5, 3, 1, 2, 6, 4, 1, 8, 3, 5, 2, 1, 6, 3, 2,
              1, 7, 5, 4, 2, 1, 3, 6])[1 + g % 36],
       current_date - (g * 37 % 540) + time '11:30' + (g * 53 % 600) * interval '1 minute',
       CASE g % 6 WHEN 0 THEN 'delivery' WHEN 3 THEN 'takeaway' ELSE 'dine_in' END,
       CASE
           WHEN g * 37 % 540 < 3 THEN 'open'
           WHEN g % 19 = 0 THEN 'cancelled'
           WHEN g % 29 = 0 THEN 'refunded'
           ELSE 'paid'
       END,
       CASE WHEN g % 6 NOT IN (0, 3) THEN 1 + g * 7 % 20 END,
       CASE WHEN g % 6 NOT IN (0, 3) THEN 1 + g % 6 END,
       CASE WHEN g % 6 NOT IN (0, 3) AND g % 4 <> 0 THEN round((g * 13 % 95) / 10.0, 2) END
FROM generate_series(1, 180) AS g;

-- dine-in orders are served by one of the restaurant's waiters.
UPDATE orders o
SET waiter_id = (
    SELECT s.staff_id FROM staff s
    WHERE s.restaurant_id = o.restaurant_id AND s.role = 'waiter'
    ORDER BY s.staff_id
    OFFSET o.order_id % (
        SELECT count(*) FROM staff w WHERE w.restaurant_id = o.restaurant_id AND w.role = 'waiter'
    )
    LIMIT 1
)
WHERE o.channel = 'dine_in';

UPDATE orders SET tip_eur = NULL WHERE status IN ('cancelled', 'refunded', 'open');

-- one to three lines per order; items 4, 26 and 33 are never ordered.
INSERT INTO order_lines (order_id, item_id, quantity, unit_price_eur)
SELECT o.order_id, m.item_id, 1 + (o.order_id + n) % 3, m.price_eur
FROM orders o
CROSS JOIN LATERAL generate_series(1, 1 + o.order_id % 3) AS n
JOIN menu_items m ON m.item_id = (ARRAY[1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                                        19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 32])
                                 [1 + (o.order_id * 7 + n * 11) % 30];

-- an espresso after the meal, on every fourth order.
INSERT INTO order_lines (order_id, item_id, quantity, unit_price_eur)
SELECT order_id, 28, 1 + order_id % 2, 2.60 FROM orders WHERE order_id % 4 = 0
ON CONFLICT DO NOTHING;

-- 200 shifts over the last 60 days; staff 24, 33 and 42 have none.
INSERT INTO shifts (shift_id, staff_id, shift_date, starts_at, ends_at, break_minutes)
SELECT g,
       (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
              25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38, 39, 40, 41])[1 + g * 17 % 39],
       current_date - (g * 7 % 60),
       CASE g % 3 WHEN 0 THEN time '10:00' WHEN 1 THEN time '16:00' ELSE time '12:00' END,
       CASE g % 3 WHEN 0 THEN time '16:30' WHEN 1 THEN time '23:30' ELSE time '20:00' END,
       CASE WHEN g % 4 = 0 THEN 45 ELSE 30 END
FROM generate_series(1, 200) AS g;

-- 90 reservations from 60 days ago to 59 days ahead.
INSERT INTO reservations (reservation_id, restaurant_id, guest_name, guest_phone, party_size,
                          reserved_for, status, notes)
SELECT g,
       (ARRAY[1, 2, 1, 3, 5, 2, 1, 4, 6, 3, 1, 2, 7, 5, 1, 8, 2, 3])[1 + g % 18],
       (ARRAY['Anja', 'Bernd', 'Carla', 'Dieter', 'Elif', 'Frank', 'Greta', 'Holger', 'Ines',
              'Jürgen', 'Katja', 'Lars', 'Monika', 'Nils', 'Olga'])[1 + g % 15]
       || ' ' ||
       (ARRAY['Albrecht', 'Brandt', 'Conrad', 'Dietrich', 'Engel', 'Fuchs', 'Graf', 'Haas',
              'Ilgner', 'Jäger', 'Kühn', 'Lorenz', 'Möller'])[1 + g * 7 % 13],
       CASE WHEN g % 5 <> 0 THEN '+49 17' || lpad((g * 7919 % 100000000)::text, 8, '0') END,
       2 + g * 5 % 9,
       current_date + ((g * 11 % 120) - 60) + time '18:00' + (g % 5) * interval '30 minutes',
       (CASE
           WHEN g % 9 = 0 THEN 'cancelled'
           WHEN (g * 11 % 120) >= 60 THEN 'booked'
           WHEN g % 11 = 0 THEN 'no_show'
           WHEN g % 13 = 0 THEN 'no_show'
           ELSE 'seated'
       END)::reservation_status,
       CASE g % 7 WHEN 0 THEN 'birthday' WHEN 3 THEN 'high chair needed'
                  WHEN 5 THEN 'window table, please' END
FROM generate_series(1, 90) AS g;

-- phone bookings are taken by the restaurant's host, or else its manager; the rest came online.
UPDATE reservations r
SET booked_by = (
    SELECT s.staff_id FROM staff s
    WHERE s.restaurant_id = r.restaurant_id AND s.role IN ('host', 'manager')
    ORDER BY s.role DESC
    LIMIT 1
)
WHERE r.reservation_id % 4 <> 0;
"""
