"""A wedding venue business schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

WEDDINGS: Final = """
CREATE TYPE booking_status AS ENUM ('provisional', 'confirmed', 'completed', 'cancelled');
CREATE TYPE supplier_category AS ENUM ('caterer', 'florist', 'band', 'photographer', 'cake_maker');

CREATE TABLE venues (
    venue_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    max_guests integer NOT NULL,
    hire_fee_gbp numeric(10, 2) NOT NULL,
    opened_on date NOT NULL,
    has_outdoor_ceremony boolean NOT NULL DEFAULT false,
    has_accommodation boolean NOT NULL DEFAULT false,
    coordinator_name text
);

CREATE TABLE couples (
    couple_id integer PRIMARY KEY,
    partner_one_name text NOT NULL,
    partner_two_name text NOT NULL,
    email text,
    phone text NOT NULL,
    home_city text NOT NULL,
    first_enquiry_on date NOT NULL,
    referred_by_couple_id integer REFERENCES couples (couple_id)
);

CREATE TABLE bookings (
    booking_id integer PRIMARY KEY,
    couple_id integer NOT NULL REFERENCES couples,
    venue_id integer NOT NULL REFERENCES venues,
    wedding_date date NOT NULL,
    guest_count integer NOT NULL,
    package text NOT NULL CHECK (package IN ('essential', 'classic', 'luxury')),
    ceremony_type text NOT NULL CHECK (ceremony_type IN ('civil', 'religious', 'humanist')),
    total_price_gbp numeric(10, 2) NOT NULL,
    status booking_status NOT NULL,
    deposit_paid boolean NOT NULL DEFAULT false,
    booked_at timestamp NOT NULL,
    cancelled_on date
);

CREATE TABLE suppliers (
    supplier_id integer PRIMARY KEY,
    business_name text NOT NULL UNIQUE,
    category supplier_category NOT NULL,
    base_city text NOT NULL,
    contact_email text,
    standard_fee_gbp numeric(10, 2) NOT NULL,
    is_preferred boolean NOT NULL DEFAULT false,
    rating numeric(2, 1),
    joined_roster_on date NOT NULL
);

CREATE TABLE supplier_bookings (
    booking_id integer NOT NULL REFERENCES bookings,
    supplier_id integer NOT NULL REFERENCES suppliers,
    agreed_fee_gbp numeric(10, 2) NOT NULL,
    confirmed_on date,
    PRIMARY KEY (booking_id, supplier_id)
);

CREATE TABLE tastings (
    tasting_id integer PRIMARY KEY,
    booking_id integer NOT NULL REFERENCES bookings,
    caterer_id integer NOT NULL REFERENCES suppliers (supplier_id),
    tasting_at timestamp NOT NULL,
    attendees integer NOT NULL,
    menu_option text NOT NULL CHECK (menu_option IN ('classic', 'seasonal', 'vegan', 'sharing')),
    feedback_score integer CHECK (feedback_score BETWEEN 1 AND 5)
);

CREATE TABLE payments (
    payment_id serial PRIMARY KEY,
    booking_id integer NOT NULL REFERENCES bookings,
    amount_gbp numeric(10, 2) NOT NULL,
    paid_on date NOT NULL,
    method text NOT NULL CHECK (method IN ('card', 'bank_transfer', 'cash', 'cheque')),
    payment_type text NOT NULL
        CHECK (payment_type IN ('deposit', 'instalment', 'final_balance', 'refund')),
    reference text
);

INSERT INTO venues VALUES
    (1, 'Ashcombe Manor', 'Bath', 180, 9500, '2008-05-01', true, true, 'Helen Marsh'),
    (2, 'The Old Boathouse', 'Oxford', 90, 4200, '2015-03-14', true, false, 'Tom Reilly'),
    (3, 'Hartwell Barn', 'Cirencester', 140, 6800, '2012-07-20', true, false, NULL),
    (4, 'Grand Lyceum Rooms', 'Edinburgh', 250, 12500, '1999-09-09', false, true, 'Morag Fraser'),
    (5, 'Willowmere Gardens', 'Bath', 120, 5600, '2018-04-02', true, false, 'Priya Shah'),
    (6, 'St Clement''s Hall', 'York', 160, 4900, '2003-02-11', false, false, NULL),
    (7, 'Kingsbridge Castle', 'Edinburgh', 220, 14800, '1995-06-30', true, true, 'Alasdair Reid'),
    (8, 'The Glasshouse', 'Manchester', 200, 7300, '2020-10-05', false, false, 'Leanne Hughes'),
    (9, 'Fernbrook Farm', 'York', 110, 3800, '2016-08-18', true, true, NULL),
    (10, 'Riverside Pavilion', 'Manchester', 75, 2900, '2021-05-22', true, false, 'Jamal Okafor');

INSERT INTO couples
SELECT i,
       (ARRAY['Olivia', 'Amira', 'Chloe', 'Freddie', 'Hannah', 'Lewis', 'Megan', 'Callum',
              'Sophie', 'Rhys', 'Niamh', 'Dev', 'Abigail', 'Marcus', 'Eleanor', 'Kieran',
              'Zara', 'Ben', 'Lucy', 'Tariq', 'Holly', 'Finn', 'Jess', 'Owen', 'Katie',
              'Ravi', 'Imogen', 'Sean', 'Bethany', 'Connor'])[i]
       || ' ' ||
       (ARRAY['Carter', 'Hussain', 'Bennett', 'Doyle', 'Okoye', 'Fraser', 'Price', 'Murray',
              'Lawson', 'Pritchard', 'Gallagher', 'Mistry', 'Hayes', 'Reid', 'Shaw', 'Walsh',
              'Ahmed', 'Foster', 'Grant', 'Malik', 'Barker', 'Quinn', 'Stevens', 'Rees',
              'Nolan', 'Sharma', 'Fletcher', 'Byrne', 'Chambers', 'Dunn'])[i],
       (ARRAY['James', 'Daniel', 'Tom', 'Georgia', 'Sam', 'Kirsty', 'Adam', 'Fiona',
              'Nathan', 'Ellie', 'Patrick', 'Anjali', 'Joe', 'Naomi', 'Harvey', 'Aoife',
              'Yusuf', 'Maddie', 'Alex', 'Leila', 'Matt', 'Orla', 'Luke', 'Cerys', 'Ryan',
              'Meera', 'Will', 'Ciara', 'Jordan', 'Erin'])[i]
       || ' ' ||
       (ARRAY['Wilson', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker',
              'Adams', 'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Turner', 'Phillips',
              'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Rogers', 'Cook',
              'Morgan', 'Bell', 'Murphy', 'Bailey', 'Cooper', 'Howard', 'Ward'])
           [1 + (i * 11) % 30],
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'couple' || i || '@wedmail.co.uk' END,
       '07' || lpad((700000000 + i * 3917)::text, 9, '0'),
       (ARRAY['Bath', 'Bristol', 'Edinburgh', 'Glasgow', 'Manchester', 'Leeds', 'York',
              'London'])[1 + (i * 5) % 8],
       date '2023-01-09' + i * 29,
       CASE WHEN i % 6 = 0 THEN i - 4 END
FROM generate_series(1, 30) AS i;

INSERT INTO bookings
SELECT i,
       1 + ((i - 1) * 7) % 26,
       (ARRAY[7, 1, 3, 7, 2, 4, 5, 7, 6, 8, 1, 9, 7, 3, 10, 5, 1, 7, 4, 6, 8, 3, 9, 1, 7, 2, 5,
              8, 4, 6, 3, 1, 9, 2, 8, 10])[i],
       date '2023-09-02' + i * 31,
       40 + (i * 53) % 197,
       CASE WHEN i % 5 = 0 THEN 'luxury' WHEN i % 2 = 0 THEN 'classic' ELSE 'essential' END,
       CASE WHEN i % 4 = 1 THEN 'religious' WHEN i % 6 = 2 THEN 'humanist' ELSE 'civil' END,
       6000 + (i * 2417) % 21000 + i * 3.5,
       (CASE WHEN i % 7 = 3 THEN 'cancelled'
             WHEN date '2023-09-02' + i * 31 < date '2025-07-01' THEN 'completed'
             WHEN i % 4 = 0 THEN 'provisional'
             ELSE 'confirmed' END)::booking_status,
       NOT (i % 4 = 0 AND i % 7 <> 3 AND date '2023-09-02' + i * 31 >= date '2025-07-01'),
       timestamp '2023-09-02 10:15' + (i * 31 - 120 - (i * 37) % 150) * interval '1 day'
           + i * interval '13 minutes',
       CASE WHEN i % 7 = 3 THEN date '2023-09-02' + i * 31 - 40 END
FROM generate_series(1, 36) AS i;

INSERT INTO suppliers VALUES
    (1, 'Feast & Fable', 'caterer', 'Bath', 'hello@feastandfable.co.uk', 4800, true, 4.8,
     '2016-02-01'),
    (2, 'Copper Pot Kitchen', 'caterer', 'Manchester', 'events@copperpot.co.uk', 3900, false,
     4.3, '2019-06-12'),
    (3, 'Highland Table', 'caterer', 'Edinburgh', NULL, 5600, true, 4.6, '2014-09-03'),
    (4, 'Saffron & Sage', 'caterer', 'York', 'book@saffronsage.co.uk', 3400, false, 4.1,
     '2021-03-22'),
    (5, 'Petal & Stem', 'florist', 'Bath', 'info@petalandstem.co.uk', 1450, true, 4.9,
     '2017-04-10'),
    (6, 'Wild Thistle Flowers', 'florist', 'Edinburgh', 'wildthistle@gmail.com', 1200, false,
     4.4, '2018-11-05'),
    (7, 'Bloom Room', 'florist', 'Manchester', NULL, 980, false, NULL, '2023-01-16'),
    (8, 'The Gatsby Set', 'band', 'Manchester', 'bookings@gatsbyset.com', 2600, true, 4.7,
     '2015-07-07'),
    (9, 'Ceilidh Collective', 'band', 'Edinburgh', 'ceilidhcollective@outlook.com', 1850,
     false, 4.5, '2013-05-19'),
    (10, 'Velvet Static', 'band', 'Oxford', NULL, 2200, false, 3.9, '2022-08-30'),
    (11, 'Northern Soul Revue', 'band', 'York', 'nsr@bandmail.co.uk', 2050, true, 4.2,
     '2020-02-14'),
    (12, 'Lumen Photography', 'photographer', 'Bath', 'studio@lumenphoto.co.uk', 2400, true,
     4.7, '2016-09-21'),
    (13, 'Frame & Forever', 'photographer', 'York', NULL, 1750, false, 4.0, '2019-09-09'),
    (14, 'Sugar Loft Cakes', 'cake_maker', 'Oxford', 'orders@sugarloft.co.uk', 650, false, 4.6,
     '2018-03-03'),
    (15, 'Tiered Tales', 'cake_maker', 'Manchester', 'hi@tieredtales.com', 820, true, NULL,
     '2024-01-08'),
    (16, 'Brass Lantern Band', 'band', 'Bath', 'brasslantern@gmail.com', 2900, false, 4.3,
     '2017-10-28');

INSERT INTO supplier_bookings
SELECT b.booking_id, s.supplier_id,
       round(s.standard_fee_gbp * (0.9 + (b.booking_id % 5) * 0.05), 2),
       CASE WHEN b.booking_id % 6 = 5 THEN NULL ELSE b.wedding_date - 120 END
FROM bookings AS b
JOIN suppliers AS s ON s.supplier_id IN (
    (ARRAY[1, 3, 2, 1, 4, 3, 1])[1 + b.booking_id % 7],
    CASE WHEN b.booking_id % 2 = 0 THEN 5 + b.booking_id % 3 END,
    CASE WHEN b.booking_id % 3 <> 0 THEN (ARRAY[8, 9, 10, 11, 16])[1 + b.booking_id % 5] END,
    CASE WHEN b.booking_id % 4 = 1 THEN 12 + (b.booking_id / 4) % 2 END,
    CASE WHEN b.booking_id % 5 = 2 THEN 14 END)
WHERE b.booking_id % 11 <> 0;

INSERT INTO tastings
SELECT row_number() OVER (ORDER BY b.booking_id),
       b.booking_id,
       (ARRAY[1, 3, 2, 1, 4, 3, 1])[1 + b.booking_id % 7],
       b.wedding_date - 60 + interval '14 hours' + (b.booking_id % 3) * interval '2 hours',
       2 + (b.booking_id * 7) % 5,
       (ARRAY['classic', 'seasonal', 'vegan', 'sharing'])[1 + (b.booking_id / 2) % 4],
       CASE WHEN b.booking_id % 5 <> 4 THEN 2 + (b.booking_id * 3) % 4 END
FROM bookings AS b
WHERE b.booking_id % 2 = 1 AND b.booking_id <= 31 AND b.booking_id % 11 <> 0;

INSERT INTO payments (booking_id, amount_gbp, paid_on, method, payment_type, reference)
SELECT booking_id, round(total_price_gbp * 0.2, 2), booked_at::date + 10,
       CASE WHEN booking_id % 3 = 0 THEN 'card' ELSE 'bank_transfer' END, 'deposit',
       'DEP-' || booking_id
FROM bookings WHERE deposit_paid
UNION ALL
SELECT booking_id, round(total_price_gbp * 0.3, 2), wedding_date - 90,
       CASE WHEN booking_id % 2 = 0 THEN 'cheque' ELSE 'bank_transfer' END, 'instalment', NULL
FROM bookings WHERE status IN ('completed', 'confirmed') AND booking_id % 3 = 1
UNION ALL
SELECT booking_id,
       round(total_price_gbp * CASE WHEN booking_id % 3 = 1 THEN 0.5 ELSE 0.8 END, 2),
       wedding_date - 28,
       CASE WHEN booking_id % 5 = 0 THEN 'cash' ELSE 'bank_transfer' END, 'final_balance',
       'BAL-' || booking_id
FROM bookings WHERE status = 'completed'
UNION ALL
SELECT booking_id, round(total_price_gbp * 0.1, 2), cancelled_on + 14, 'bank_transfer',
       'refund', 'REF-' || booking_id
FROM bookings WHERE status = 'cancelled'
ORDER BY 3, 1;
"""
