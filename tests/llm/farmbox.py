"""A farm veg-box scheme schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

FARMBOX: Final = """
CREATE TYPE produce_category AS ENUM ('vegetable', 'fruit', 'salad', 'herb', 'egg');
CREATE TYPE box_size AS ENUM ('small', 'medium', 'large', 'family');
CREATE TYPE delivery_status AS ENUM ('scheduled', 'out_for_delivery', 'delivered', 'failed');

CREATE TABLE farms (
    farm_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    county text NOT NULL,
    farmer_name text,
    is_organic boolean NOT NULL DEFAULT false,
    organic_certified_on date,
    hectares numeric(6, 2) NOT NULL,
    joined_scheme_on date NOT NULL
);

CREATE TABLE produce_items (
    item_id integer PRIMARY KEY,
    farm_id integer NOT NULL REFERENCES farms,
    name text NOT NULL UNIQUE,
    category produce_category NOT NULL,
    unit text NOT NULL CHECK (unit IN ('kg', 'bunch', 'each', 'punnet', 'dozen', 'bag')),
    unit_price numeric(6, 2) NOT NULL,
    is_seasonal boolean NOT NULL,
    shelf_life_days integer NOT NULL
);

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    town text NOT NULL,
    postcode text NOT NULL,
    joined_on date NOT NULL,
    referred_by integer REFERENCES members (member_id),
    dietary_preference text NOT NULL DEFAULT 'none'
        CHECK (dietary_preference IN ('none', 'vegetarian', 'vegan')),
    newsletter_opt_in boolean NOT NULL DEFAULT false
);

CREATE TABLE subscriptions (
    subscription_id integer PRIMARY KEY,
    member_id integer NOT NULL REFERENCES members,
    size box_size NOT NULL,
    frequency text NOT NULL CHECK (frequency IN ('weekly', 'fortnightly')),
    price_per_box numeric(6, 2) NOT NULL,
    delivery_day text NOT NULL CHECK (delivery_day IN ('Tuesday', 'Thursday', 'Saturday')),
    started_on date NOT NULL,
    status text NOT NULL CHECK (status IN ('active', 'paused', 'cancelled')),
    ended_on date
);

CREATE TABLE boxes (
    box_id integer PRIMARY KEY,
    subscription_id integer NOT NULL REFERENCES subscriptions,
    week_commencing date NOT NULL,
    packed_at timestamp NOT NULL,
    total_weight_kg numeric(5, 2) NOT NULL,
    has_substitutions boolean NOT NULL DEFAULT false
);

CREATE TABLE box_contents (
    box_id integer NOT NULL REFERENCES boxes,
    item_id integer NOT NULL REFERENCES produce_items (item_id),
    quantity numeric(5, 2) NOT NULL,
    substituted_item_id integer REFERENCES produce_items (item_id),
    PRIMARY KEY (box_id, item_id)
);

CREATE TABLE drivers (
    driver_id integer PRIMARY KEY,
    full_name text NOT NULL,
    phone text NOT NULL,
    van_registration text NOT NULL UNIQUE,
    hired_on date NOT NULL,
    is_electric_van boolean NOT NULL,
    hourly_rate numeric(5, 2) NOT NULL
);

CREATE TABLE deliveries (
    delivery_id integer PRIMARY KEY,
    box_id integer NOT NULL UNIQUE REFERENCES boxes,
    driver_id integer REFERENCES drivers,
    scheduled_for date NOT NULL,
    delivered_at timestamp,
    status delivery_status NOT NULL,
    left_with_neighbour boolean NOT NULL DEFAULT false,
    distance_km numeric(5, 1) NOT NULL
);

INSERT INTO farms VALUES
    (1, 'Meadowbrook Farm', 'Somerset', 'Alice Hartley', true, '2012-05-01', 42.50, '2023-01-09'),
    (2, 'Hollow Oak Farm', 'Devon', 'Tom Pryce', false, NULL, 120.00, '2023-01-16'),
    (3, 'Greenacre Organics', 'Somerset', 'Priya Nair', true, '2018-03-15', 28.00, '2023-02-06'),
    (4, 'Willow Bank Farm', 'Dorset', NULL, false, NULL, 65.25, '2023-06-12'),
    (5, 'Ashcombe Orchard', 'Devon', 'Ben Whitlock', true, '2020-09-01', 18.75, '2023-09-04'),
    (6, 'Stonebridge Farm', 'Wiltshire', 'Carys Evans', false, NULL, 210.00, '2024-02-19'),
    (7, 'Fernside Growers', 'Dorset', 'Hamish Reid', true, '2015-06-20', 35.00, '2024-05-27'),
    (8, 'Little Marsh Farm', 'Somerset', NULL, false, NULL, 12.50, '2025-03-03');

INSERT INTO produce_items VALUES
    (1, 1, 'Carrots', 'vegetable', 'kg', 1.80, false, 21),
    (2, 1, 'Kale', 'vegetable', 'bunch', 2.20, true, 6),
    (3, 1, 'Leeks', 'vegetable', 'kg', 2.90, true, 14),
    (4, 2, 'Potatoes', 'vegetable', 'kg', 1.20, false, 45),
    (5, 2, 'Free-range Eggs', 'egg', 'dozen', 3.60, false, 28),
    (6, 2, 'Cauliflower', 'vegetable', 'each', 2.10, true, 7),
    (7, 3, 'Rainbow Chard', 'vegetable', 'bunch', 2.60, true, 5),
    (8, 3, 'Mixed Salad Leaves', 'salad', 'bag', 2.75, false, 4),
    (9, 3, 'Basil', 'herb', 'bunch', 1.50, true, 5),
    (10, 3, 'Flat-leaf Parsley', 'herb', 'bunch', 1.25, false, 6),
    (11, 5, 'Bramley Apples', 'fruit', 'kg', 2.40, true, 60),
    (12, 5, 'Conference Pears', 'fruit', 'kg', 2.95, true, 30),
    (13, 5, 'Strawberries', 'fruit', 'punnet', 3.25, true, 4),
    (14, 5, 'Blackcurrants', 'fruit', 'punnet', 4.10, true, 5),
    (15, 4, 'Beetroot', 'vegetable', 'kg', 1.95, false, 30),
    (16, 4, 'Red Onions', 'vegetable', 'kg', 1.60, false, 60),
    (17, 6, 'Butternut Squash', 'vegetable', 'each', 1.85, true, 60),
    (18, 6, 'Savoy Cabbage', 'vegetable', 'each', 1.40, true, 14),
    (19, 6, 'Asparagus', 'vegetable', 'bunch', 5.50, true, 3),
    (20, 7, 'Heritage Tomatoes', 'salad', 'kg', 4.80, true, 7),
    (21, 7, 'Rocket', 'salad', 'bag', 1.95, false, 4),
    (22, 3, 'Chives', 'herb', 'bunch', 1.10, false, 7),
    (23, 8, 'Wild Garlic', 'herb', 'bunch', 2.30, true, 4),
    (24, 8, 'Duck Eggs', 'egg', 'each', 0.65, false, 21);

INSERT INTO members VALUES
    (1, 'Maya Patel', 'maya.patel@example.com', 'Frome', 'BA11 1AA', '2023-02-14', NULL,
     'vegetarian', true),
    (2, 'Oliver Grant', 'oliver.grant@example.com', 'Wells', 'BA5 2PD', '2023-03-02', NULL,
     'none', false),
    (3, 'Hannah Cole', NULL, 'Frome', 'BA11 3QT', '2023-05-20', 1, 'vegan', true),
    (4, 'Samuel Okafor', 'sam.okafor@example.com', 'Bath', 'BA1 5LR', '2023-07-09', NULL,
     'none', true),
    (5, 'Ruth Ellis', 'ruth.ellis@example.com', 'Glastonbury', 'BA6 8AB', '2023-09-30', 2,
     'vegetarian', false),
    (6, 'Tomasz Nowak', 'tomasz.n@example.com', 'Wells', 'BA5 1SX', '2023-11-11', NULL,
     'none', true),
    (7, 'Isobel Fraser', NULL, 'Bruton', 'BA10 0EZ', '2024-01-08', 4, 'vegan', false),
    (8, 'Kwame Mensah', 'kwame.mensah@example.com', 'Frome', 'BA11 4HG', '2024-02-19', 1,
     'none', true),
    (9, 'Lucy Barnes', 'lucy.barnes@example.com', 'Shepton Mallet', 'BA4 5JJ', '2024-03-25',
     NULL, 'vegetarian', true),
    (10, 'Arjun Mehta', 'arjun.m@example.com', 'Bath', 'BA2 3DQ', '2024-05-04', 4, 'none', false),
    (11, 'Zoe Hughes', NULL, 'Glastonbury', 'BA6 9EL', '2024-06-17', NULL, 'vegan', true),
    (12, 'Callum Price', 'callum.price@example.com', 'Wells', 'BA5 3JR', '2024-08-02', 6,
     'none', false),
    (13, 'Niamh Byrne', 'niamh.byrne@example.com', 'Frome', 'BA11 2BY', '2024-09-14', NULL,
     'vegetarian', true),
    (14, 'Felix Warren', 'felix.warren@example.com', 'Bath', 'BA1 6NN', '2024-11-28', 10,
     'none', true),
    (15, 'Grace Adeyemi', NULL, 'Bruton', 'BA10 0QA', '2025-01-06', NULL, 'vegetarian', false),
    (16, 'Ethan Marsh', 'ethan.marsh@example.com', 'Shepton Mallet', 'BA4 4TE', '2025-02-22', 9,
     'vegan', true),
    (17, 'Poppy Sinclair', 'poppy.s@example.com', 'Frome', 'BA11 5AR', '2025-04-10', NULL,
     'none', true),
    (18, 'Daniel Ruiz', 'daniel.ruiz@example.com', 'Wells', 'BA5 2EG', '2025-06-01', 12,
     'vegetarian', false),
    (19, 'Amira Haddad', 'amira.haddad@example.com', 'Bath', 'BA2 4RT', '2025-07-19', NULL,
     'none', true),
    (20, 'Jonah Fletcher', 'jonah.f@example.com', 'Glastonbury', 'BA6 9PR', '2025-09-03', 5,
     'none', false);

INSERT INTO subscriptions VALUES
    (1, 1, 'medium', 'weekly', 19.50, 'Tuesday', '2023-02-20', 'cancelled', '2024-06-30'),
    (2, 1, 'large', 'weekly', 26.00, 'Tuesday', '2024-07-01', 'active', NULL),
    (3, 2, 'small', 'fortnightly', 14.50, 'Thursday', '2023-03-06', 'active', NULL),
    (4, 3, 'medium', 'weekly', 19.50, 'Saturday', '2023-05-27', 'paused', NULL),
    (5, 4, 'family', 'weekly', 32.00, 'Thursday', '2023-07-10', 'active', NULL),
    (6, 5, 'small', 'weekly', 14.50, 'Tuesday', '2023-10-03', 'cancelled', '2025-01-14'),
    (7, 6, 'large', 'fortnightly', 27.50, 'Saturday', '2023-11-18', 'active', NULL),
    (8, 8, 'medium', 'weekly', 20.00, 'Thursday', '2024-02-20', 'active', NULL),
    (9, 9, 'family', 'fortnightly', 33.00, 'Tuesday', '2024-03-26', 'cancelled', '2025-03-31'),
    (10, 10, 'small', 'weekly', 15.00, 'Saturday', '2024-05-11', 'active', NULL),
    (11, 11, 'medium', 'fortnightly', 20.00, 'Thursday', '2024-06-18', 'paused', NULL),
    (12, 12, 'large', 'weekly', 27.50, 'Tuesday', '2024-08-06', 'active', NULL),
    (13, 13, 'small', 'fortnightly', 15.00, 'Saturday', '2024-09-21', 'cancelled', '2024-12-20'),
    (14, 14, 'family', 'weekly', 34.50, 'Thursday', '2024-12-03', 'active', NULL),
    (15, 16, 'medium', 'weekly', 21.00, 'Tuesday', '2025-02-25', 'active', NULL),
    (16, 17, 'large', 'fortnightly', 28.00, 'Saturday', '2025-04-12', 'active', NULL),
    (17, 18, 'small', 'weekly', 15.50, 'Thursday', '2025-06-03', 'paused', NULL),
    (18, 19, 'medium', 'fortnightly', 21.00, 'Tuesday', '2025-07-22', 'active', NULL),
    (19, 4, 'small', 'weekly', 14.50, 'Saturday', '2024-01-13', 'cancelled', '2024-04-30'),
    (20, 2, 'medium', 'weekly', 19.50, 'Tuesday', '2024-04-09', 'cancelled', '2025-08-15'),
    (21, 5, 'family', 'weekly', 35.00, 'Saturday', '2025-02-01', 'active', NULL),
    (22, 8, 'small', 'fortnightly', 15.50, 'Thursday', '2025-03-15', 'cancelled', '2025-10-02'),
    (23, 10, 'large', 'weekly', 28.50, 'Tuesday', '2025-05-20', 'paused', NULL),
    (24, 13, 'medium', 'weekly', 21.50, 'Saturday', '2025-01-04', 'active', NULL);

INSERT INTO boxes VALUES
    (1, 2, '2024-11-04', '2024-11-04 07:15', 7.20, false),
    (2, 2, '2024-11-11', '2024-11-11 07:05', 7.45, true),
    (3, 2, '2024-12-02', '2024-12-02 06:50', 7.80, false),
    (4, 3, '2024-11-11', '2024-11-14 08:10', 3.60, false),
    (5, 5, '2024-11-11', '2024-11-14 08:25', 10.40, true),
    (6, 5, '2024-12-02', '2024-12-05 07:40', 10.95, false),
    (7, 5, '2025-01-06', '2025-01-09 07:55', 11.30, false),
    (8, 7, '2024-11-11', '2024-11-16 06:30', 8.15, false),
    (9, 8, '2024-12-02', '2024-12-05 08:00', 5.25, true),
    (10, 8, '2025-02-03', '2025-02-06 07:20', 5.40, false),
    (11, 10, '2024-12-02', '2024-12-07 06:45', 3.85, false),
    (12, 12, '2025-01-06', '2025-01-07 07:10', 8.60, true),
    (13, 12, '2025-02-03', '2025-02-04 07:30', 8.35, false),
    (14, 14, '2024-12-09', '2024-12-12 08:05', 12.10, false),
    (15, 14, '2025-02-10', '2025-02-13 07:45', 11.75, true),
    (16, 15, '2025-03-03', '2025-03-04 07:00', 5.90, false),
    (17, 16, '2025-04-14', '2025-04-19 06:55', 8.90, false),
    (18, 18, '2025-08-04', '2025-08-05 07:05', 5.60, false),
    (19, 21, '2025-02-10', '2025-02-15 06:40', 12.45, false),
    (20, 21, '2025-03-10', '2025-03-15 06:35', 12.80, true),
    (21, 24, '2025-01-06', '2025-01-11 07:25', 6.10, false),
    (22, 24, '2025-02-03', '2025-02-08 07:50', 6.35, true),
    (23, 9, '2025-01-13', '2025-01-14 08:15', 11.05, false),
    (24, 11, '2024-11-18', '2024-11-21 07:35', 5.15, false);

INSERT INTO box_contents VALUES
    (1, 1, 1.00, NULL), (1, 2, 1.00, NULL),
    (2, 4, 1.50, NULL), (2, 18, 1.00, 6),
    (3, 2, 1.00, NULL), (3, 3, 0.50, NULL),
    (4, 8, 1.00, NULL),
    (5, 4, 2.50, NULL), (5, 17, 1.00, 6),
    (6, 5, 1.00, NULL), (6, 11, 1.50, NULL),
    (7, 15, 1.00, NULL), (7, 16, 1.00, NULL),
    (8, 2, 1.00, NULL), (8, 12, 1.00, NULL),
    (9, 13, 1.00, NULL), (9, 21, 1.00, 8),
    (10, 7, 1.00, NULL),
    (11, 9, 1.00, NULL), (11, 1, 1.00, NULL),
    (12, 2, 2.00, NULL), (12, 20, 0.75, 3),
    (13, 6, 1.00, NULL), (13, 22, 1.00, NULL),
    (14, 4, 3.00, NULL), (14, 5, 1.00, NULL),
    (15, 17, 1.00, NULL), (15, 15, 1.50, 16),
    (16, 24, 6.00, NULL),
    (17, 13, 2.00, NULL), (17, 20, 0.50, NULL),
    (18, 8, 1.00, NULL),
    (19, 11, 2.00, NULL), (19, 16, 1.00, NULL),
    (20, 3, 1.00, NULL), (20, 7, 1.00, 2),
    (21, 2, 1.00, NULL),
    (22, 18, 1.00, 6),
    (23, 12, 1.50, NULL),
    (24, 1, 1.00, NULL);

INSERT INTO drivers VALUES
    (1, 'Dan Kowalski', '07700 900101', 'WF19 KZT', '2019-04-15', false, 12.50),
    (2, 'Sophie Turner', '07700 900102', 'WU21 EVB', '2021-03-01', true, 13.25),
    (3, 'Marcus Bell', '07700 900103', 'WF17 MBL', '2017-08-21', false, 14.00),
    (4, 'Leah Doyle', '07700 900104', 'WU22 LDE', '2022-06-13', true, 12.75),
    (5, 'Priyanka Rao', '07700 900105', 'WF23 PRA', '2023-02-06', true, 12.20),
    (6, 'Owen Jenkins', '07700 900106', 'WU18 OJN', '2018-11-05', false, 13.60),
    (7, 'Freya Lund', '07700 900107', 'WF24 FLD', '2024-01-22', false, 12.00),
    (8, 'Ravi Sharma', '07700 900108', 'WU24 RSH', '2024-09-09', true, 12.90);

INSERT INTO deliveries VALUES
    (1, 1, 1, '2024-11-05', '2024-11-05 10:20', 'delivered', false, 12.4),
    (2, 2, 1, '2024-11-12', '2024-11-12 11:05', 'delivered', true, 12.4),
    (3, 3, 3, '2024-12-03', '2024-12-03 09:45', 'delivered', false, 12.4),
    (4, 4, 2, '2024-11-14', '2024-11-14 14:30', 'delivered', false, 21.8),
    (5, 5, 1, '2024-11-14', '2024-11-14 12:10', 'delivered', false, 34.6),
    (6, 6, 3, '2024-12-05', NULL, 'failed', false, 34.6),
    (7, 7, 1, '2025-01-09', '2025-01-09 13:00', 'delivered', true, 34.6),
    (8, 8, 6, '2024-11-16', '2024-11-16 10:40', 'delivered', false, 19.3),
    (9, 9, 2, '2024-12-05', '2024-12-05 15:20', 'delivered', false, 8.7),
    (10, 10, 4, '2025-02-06', '2025-02-06 11:55', 'delivered', false, 8.7),
    (11, 11, 6, '2024-12-07', NULL, 'failed', false, 27.1),
    (12, 12, 3, '2025-01-07', '2025-01-07 10:05', 'delivered', true, 18.2),
    (13, 13, 5, '2025-02-04', '2025-02-04 09:30', 'delivered', false, 18.2),
    (14, 14, 1, '2024-12-12', '2024-12-12 16:45', 'delivered', false, 31.5),
    (15, 15, 3, '2025-02-13', '2025-02-13 12:25', 'delivered', false, 31.5),
    (16, 16, 2, '2025-03-04', '2025-03-04 10:50', 'delivered', true, 15.6),
    (17, 17, 7, '2025-04-19', NULL, 'out_for_delivery', false, 24.9),
    (18, 18, NULL, '2025-08-05', NULL, 'scheduled', false, 17.4),
    (19, 19, 6, '2025-02-15', '2025-02-15 09:15', 'delivered', false, 29.8),
    (20, 20, 4, '2025-03-15', NULL, 'failed', false, 29.8),
    (21, 21, 5, '2025-01-11', '2025-01-11 11:40', 'delivered', true, 22.3),
    (22, 22, 8, '2025-02-08', '2025-02-08 13:35', 'delivered', false, 22.3);
"""
