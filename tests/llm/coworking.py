"""A coworking space schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

COWORKING: Final = """
CREATE TYPE membership_plan AS ENUM ('hot_desk', 'fixed_desk', 'private_office');
CREATE TYPE invoice_status AS ENUM ('draft', 'issued', 'paid', 'overdue', 'void');

CREATE TABLE locations (
    location_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    address text NOT NULL,
    opened_on date NOT NULL,
    manager_name text,
    desk_count integer NOT NULL CHECK (desk_count > 0),
    has_parking boolean NOT NULL DEFAULT false,
    is_open_24_7 boolean NOT NULL DEFAULT false
);

CREATE TABLE members (
    member_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    company_name text,
    home_location_id integer NOT NULL REFERENCES locations (location_id),
    plan membership_plan NOT NULL,
    monthly_fee_gbp numeric(8, 2) NOT NULL,
    desk_number text,
    joined_on date NOT NULL,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'cancelled')),
    is_key_holder boolean NOT NULL DEFAULT false
);

CREATE TABLE meeting_rooms (
    room_id integer PRIMARY KEY,
    location_id integer NOT NULL REFERENCES locations,
    name text NOT NULL UNIQUE,
    floor integer NOT NULL,
    seats integer NOT NULL CHECK (seats > 0),
    hourly_rate_gbp numeric(6, 2) NOT NULL,
    has_video_conferencing boolean NOT NULL DEFAULT false
);

CREATE TABLE room_bookings (
    booking_id integer PRIMARY KEY,
    room_id integer NOT NULL REFERENCES meeting_rooms,
    member_id integer NOT NULL REFERENCES members,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    attendees integer NOT NULL CHECK (attendees > 0),
    status text NOT NULL DEFAULT 'confirmed'
        CHECK (status IN ('confirmed', 'cancelled', 'no_show')),
    title text,
    CHECK (ends_at > starts_at)
);

CREATE TABLE day_passes (
    pass_id integer PRIMARY KEY,
    location_id integer NOT NULL REFERENCES locations,
    guest_name text NOT NULL,
    guest_email text,
    visit_date date NOT NULL,
    price_gbp numeric(6, 2) NOT NULL,
    host_member_id integer REFERENCES members (member_id),
    is_complimentary boolean NOT NULL DEFAULT false
);

CREATE TABLE invoices (
    invoice_id integer PRIMARY KEY,
    invoice_number text NOT NULL UNIQUE,
    member_id integer NOT NULL REFERENCES members,
    issued_on date NOT NULL,
    due_on date NOT NULL,
    amount_gbp numeric(10, 2) NOT NULL,
    status invoice_status NOT NULL,
    paid_at timestamptz,
    payment_method text CHECK (payment_method IN ('card', 'bank_transfer', 'direct_debit'))
);

CREATE TABLE events (
    event_id integer PRIMARY KEY,
    location_id integer NOT NULL REFERENCES locations,
    title text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('workshop', 'networking', 'talk', 'social')),
    starts_at timestamptz NOT NULL,
    capacity integer NOT NULL,
    ticket_price_gbp numeric(6, 2) NOT NULL DEFAULT 0,
    host_name text,
    is_members_only boolean NOT NULL DEFAULT true
);

CREATE TABLE event_signups (
    signup_id serial PRIMARY KEY,
    event_id integer NOT NULL REFERENCES events,
    member_id integer NOT NULL REFERENCES members,
    signed_up_at timestamptz NOT NULL,
    attended boolean NOT NULL DEFAULT false,
    UNIQUE (event_id, member_id)
);

INSERT INTO locations VALUES
    (1, 'Shoreditch Works', 'London', '12 Rivington Street, EC2A 3DU', '2014-03-03',
     'Hannah Okafor', 180, false, true),
    (2, 'Clerkenwell Yard', 'London', '41 Turnmill Street, EC1M 5RR', '2015-09-14',
     'Marcus Reid', 140, false, true),
    (3, 'Southbank Studio', 'London', '8 Hatfields, SE1 9PG', '2017-05-22',
     'Priya Shah', 120, false, false),
    (4, 'Canary Quay', 'London', '2 Westferry Circus, E14 4HD', '2019-01-07',
     NULL, 220, true, true),
    (5, 'Northern Quarter Hub', 'Manchester', '55 Oldham Street, M1 1JR', '2015-02-02',
     'Tom Beckett', 150, false, true),
    (6, 'Spinningfields Loft', 'Manchester', '3 Hardman Square, M3 3EB', '2018-10-15',
     'Aisha Rahman', 110, true, false),
    (7, 'Baltic Triangle', 'Liverpool', '23 Jordan Street, L1 0BP', '2016-06-06',
     'Ciaran Doyle', 90, true, false),
    (8, 'Digbeth Foundry', 'Birmingham', '90 High Street Deritend, B12 0LN', '2016-11-21',
     'Grace Adeyemi', 130, true, true),
    (9, 'Jewellery Quarter', 'Birmingham', '14 Vyse Street, B18 6LT', '2020-03-02',
     NULL, 70, false, false),
    (10, 'Leith Docks', 'Edinburgh', '7 Commercial Quay, EH6 6LX', '2017-08-28',
     'Fraser MacLeod', 100, true, false),
    (11, 'Old Town Vaults', 'Edinburgh', '31 Cowgate, EH1 1JR', '2021-04-12',
     'Isla Murray', 60, false, false),
    (12, 'Merchant City', 'Glasgow', '64 Candleriggs, G1 1LE', '2018-02-19',
     'Callum Stewart', 125, false, true),
    (13, 'Temple Quay', 'Bristol', '1 Glass Wharf, BS2 0EL', '2016-01-11',
     'Rebecca Hale', 160, true, true),
    (14, 'Stokes Croft', 'Bristol', '102 Stokes Croft, BS1 3RU', '2022-07-04',
     NULL, 45, false, false),
    (15, 'Kelham Island', 'Sheffield', '5 Alma Street, S3 8SA', '2019-09-09',
     'Joe Whitaker', 85, true, false),
    (16, 'Ouseburn Mill', 'Newcastle', '18 Lime Street, NE1 2PQ', '2020-10-05',
     'Sophie Charlton', 75, true, false),
    (17, 'Holbeck Mill', 'Leeds', '9 Marshall Street, LS11 9YP', '2017-03-27',
     'Daniel Moss', 115, true, true),
    (18, 'Cardiff Bay Exchange', 'Cardiff', '47 Mount Stuart Square, CF10 5FH', '2021-11-15',
     'Rhys Evans', 95, true, false),
    (19, 'Mill Road Studios', 'Cambridge', '230 Mill Road, CB1 3NF', '2023-05-15',
     NULL, 40, false, false),
    (20, 'Jericho Rooms', 'Oxford', '61 Walton Street, OX2 6AE', '2024-09-02',
     'Lucy Fairbairn', 50, false, false);

INSERT INTO members
SELECT i,
       (ARRAY['Olivia', 'Ethan', 'Sofia', 'Lucas', 'Maya', 'Adam', 'Zara', 'Felix', 'Nina',
              'Reuben', 'Chloe', 'Kwame', 'Elena', 'Dominic', 'Layla', 'Samir', 'Hattie',
              'Jonah', 'Imogen', 'Tariq', 'Beatrix', 'Connor', 'Yasmin', 'Hugo', 'Martha',
              'Idris', 'Phoebe', 'Rafael', 'Niamh', 'Oscar', 'Anika', 'Gabriel', 'Tilly',
              'Malik', 'Esme', 'Callum', 'Ines', 'Rory', 'Leah', 'Viktor'])[1 + (i - 1) % 40]
       || ' ' ||
       (ARRAY['Ahmed', 'Bennett', 'Carter', 'Dawson', 'Ellis', 'Fischer', 'Gordon', 'Hughes',
              'Iqbal', 'Jensen', 'Kowalski', 'Lambert', 'Mensah', 'Novak', 'OBrien', 'Porter',
              'Quinn', 'Russo', 'Sullivan', 'Tanaka', 'Underwood', 'Vaughan', 'Walsh',
              'Young', 'Zhang', 'Abbott', 'Barker', 'Chowdhury', 'Doherty', 'Ferreira',
              'Griffiths', 'Holloway', 'Ibrahim', 'Kaur', 'Lindqvist', 'Morgan', 'Nash',
              'Osei', 'Pearce', 'Rossi'])[1 + (i * 7 + ((i - 1) / 40) * 3) % 40],
       CASE WHEN i % 12 = 7 THEN NULL
            ELSE 'member' || i || '@' || CASE WHEN i % 4 = 1 THEN 'gmail.com' ELSE 'work.io' END
       END,
       CASE WHEN i % 4 = 1 THEN NULL
            ELSE (ARRAY['Brightloop Ltd', 'Fernhill Design', 'Quayside Analytics',
                        'Northlight Studio', 'Pebble & Co', 'Tandem Legal', 'Orbit Robotics',
                        'Saltmarsh Media', 'Kitefly Games', 'Greenline Energy'])[1 + i % 10]
       END,
       CASE WHEN i % 7 = 0 THEN 1 ELSE 1 + (i * 5) % 18 END,
       (CASE WHEN i % 5 = 0 THEN 'private_office' WHEN i % 3 = 0 THEN 'fixed_desk'
             ELSE 'hot_desk' END)::membership_plan,
       CASE WHEN i % 5 = 0 THEN 850 + (i % 6) * 150
            WHEN i % 3 = 0 THEN 320 + (i % 4) * 20
            ELSE 175 + (i % 4) * 15 END,
       CASE WHEN i % 5 <> 0 AND i % 3 = 0 THEN 'D-' || lpad((100 + i * 2)::text, 3, '0') END,
       CASE WHEN i > 74 THEN current_date - (i - 74) * 9 ELSE date '2016-02-01' + i * 41 END,
       CASE WHEN i % 11 = 0 THEN 'cancelled' WHEN i % 13 = 0 THEN 'paused' ELSE 'active' END,
       i % 4 = 0
FROM generate_series(1, 80) AS i;

INSERT INTO meeting_rooms
SELECT i,
       1 + (i - 1) % 20,
       (ARRAY['Lovelace', 'Turing', 'Hopper', 'Curie', 'Darwin', 'Brunel', 'Franklin',
              'Newton', 'Faraday', 'Babbage', 'Austen', 'Bronte', 'Woolf', 'Dickens',
              'Shelley', 'Orwell', 'Hepworth', 'Constable', 'Kahlo', 'Hockney', 'Bowie',
              'Lennon', 'Bassey', 'Winehouse', 'Attenborough', 'Goodall', 'Hawking',
              'Berners-Lee', 'Fleming', 'Jenner', 'Nightingale', 'Seacole', 'Pankhurst',
              'Lister', 'Tolkien', 'Christie', 'Rowling', 'Milne', 'Potter', 'Dahl'])[i],
       i % 4,
       CASE WHEN i = 13 THEN 24 ELSE 4 + (i * 5) % 16 END,
       CASE WHEN i = 6 THEN 85 ELSE 20 + ((i * 7) % 9) * 5 + (i % 2) * 2.5 END,
       i % 3 <> 0
FROM generate_series(1, 40) AS i;

INSERT INTO room_bookings
SELECT i,
       1 + (i * 7) % 38,
       CASE WHEN i % 9 = 0 THEN 4 ELSE 1 + (i * 11) % 70 END,
       starts,
       starts + (30 + (i % 7) * 30) * interval '1 minute',
       1 + (i * 3) % 12,
       CASE WHEN i % 17 = 0 THEN 'cancelled' WHEN i % 23 = 0 THEN 'no_show' ELSE 'confirmed' END,
       CASE i % 5 WHEN 1 THEN 'Client call' WHEN 2 THEN 'Team stand-up' WHEN 3 THEN 'Interview'
                  WHEN 4 THEN 'Board meeting' END
FROM (
    SELECT i,
           CASE WHEN i > 220
                THEN (current_date + (i - 230))::timestamptz + (8 + i % 9) * interval '1 hour'
                ELSE (date '2024-01-08' + i * 3)::timestamptz + (8 + i % 9) * interval '1 hour'
           END AS starts
    FROM generate_series(1, 240) AS i
) AS s;

INSERT INTO day_passes
SELECT i,
       1 + (i * 7) % 20,
       (ARRAY['Alex', 'Jamie', 'Sam', 'Charlie', 'Robin', 'Morgan', 'Taylor', 'Jordan',
              'Casey', 'Frankie', 'Ali', 'Kit'])[1 + i % 12]
       || ' ' ||
       (ARRAY['Palmer', 'Hart', 'Fox', 'Stone', 'Marsh', 'Reed', 'Lowe', 'Shaw', 'Webb',
              'Price', 'Cole'])[1 + (i * 5) % 11],
       CASE WHEN i % 6 <> 0 THEN 'guest' || i || '@example.com' END,
       CASE WHEN i > 95 THEN current_date - (i - 95) * 3 ELSE date '2024-03-04' + i * 5 END,
       CASE WHEN i % 10 = 0 THEN 0 ELSE 25 + ((1 + (i * 7) % 20) % 3) * 5 END,
       CASE WHEN i % 4 = 0 THEN 1 + (i * 5) % 80 END,
       i % 10 = 0
FROM generate_series(1, 120) AS i;

INSERT INTO invoices
SELECT i,
       'INV-' || extract(year FROM issued)::int || '-' || lpad(i::text, 4, '0'),
       1 + (i - 1) % 65,
       issued,
       issued + 14,
       150 + (i * 379) % 1400 + (i % 4) * 0.25,
       st,
       CASE WHEN st = 'paid' THEN (issued + 3 + i % 10)::timestamptz + interval '10 hours' END,
       CASE WHEN st = 'paid'
            THEN (ARRAY['card', 'bank_transfer', 'direct_debit'])[1 + i % 3] END
FROM (
    SELECT i,
           CASE WHEN i > 240 THEN current_date - (i - 241) * 4
                ELSE date '2023-01-02' + i * 3 END AS issued,
           (CASE WHEN i > 257 THEN 'draft' WHEN i > 248 THEN 'issued'
                 WHEN i % 19 = 0 THEN 'void' WHEN i % 13 = 0 THEN 'overdue'
                 ELSE 'paid' END)::invoice_status AS st
    FROM generate_series(1, 260) AS i
) AS s;

INSERT INTO events
SELECT i,
       1 + (i * 5) % 20,
       (ARRAY['Founders Breakfast', 'Intro to Figma', 'Summer Rooftop Party',
              'Pitch Practice Night', 'Tax Tips for Freelancers', 'Women in Tech Meetup',
              'Python for Beginners', 'Quiz Night', 'Design Sprint Masterclass',
              'Investor Q&A', 'Yoga at Lunch', 'Content Marketing 101', 'Christmas Social',
              'Legal Basics for Startups', 'Product Demo Day', 'Book Club',
              'Sales Without the Sleaze', 'Pancake Morning', 'Remote Team Rituals',
              'AI Tools Showcase', 'Wellbeing Walk', 'Branding on a Budget',
              'New Members Mixer', 'Fundraising Fireside Chat'])[i],
       (ARRAY['networking', 'workshop', 'social', 'workshop', 'talk', 'networking',
              'workshop', 'social', 'workshop', 'talk', 'social', 'workshop', 'social',
              'talk', 'networking', 'social', 'talk', 'social', 'talk', 'talk', 'social',
              'workshop', 'networking', 'talk'])[i],
       CASE WHEN i >= 19
            THEN (current_date + (i - 20) * 6 - 3)::timestamptz + interval '18 hours 30 minutes'
            ELSE (date '2024-02-06' + i * 30)::timestamptz + interval '18 hours' END,
       CASE WHEN i = 3 THEN 150 WHEN i = 15 THEN 120 WHEN i = 13 THEN 100
            ELSE 12 + (i * 7) % 40 END,
       CASE WHEN i % 3 = 1 THEN 0 ELSE 5 + (i % 4) * 5 END,
       CASE WHEN i % 5 = 2 THEN NULL
            ELSE (ARRAY['Hannah Okafor', 'Tom Beckett', 'Grace Adeyemi', 'Rebecca Hale',
                        'Daniel Moss', 'Priya Shah'])[1 + i % 6] END,
       i % 4 <> 0
FROM generate_series(1, 24) AS i;

INSERT INTO event_signups (event_id, member_id, signed_up_at, attended)
SELECT e.event_id,
       1 + (e.event_id * 13 + k * 7) % 60,
       e.starts_at - (k * 2 + 1) * interval '1 day',
       e.starts_at < now() AND (k + e.event_id) % 4 <> 0
FROM events AS e, generate_series(1, 3 + e.event_id % 9) AS k
WHERE e.event_id % 10 <> 0;
"""
