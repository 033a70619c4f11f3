"""A charity fundraising schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

CHARITY: Final = """
CREATE TYPE donor_type AS ENUM ('individual', 'corporate', 'foundation', 'community_group');
CREATE TYPE pledge_frequency AS ENUM ('monthly', 'quarterly', 'annually');
CREATE TYPE event_status AS ENUM ('planned', 'completed', 'cancelled');

CREATE TABLE campaigns (
    campaign_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    cause text NOT NULL
        CHECK (cause IN ('education', 'health', 'environment', 'homelessness', 'disaster_relief')),
    goal_amount numeric(12, 2) NOT NULL,
    launched_on date NOT NULL,
    closes_on date,
    is_active boolean NOT NULL DEFAULT false,
    lead_fundraiser text
);

CREATE TABLE donors (
    donor_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    city text NOT NULL,
    kind donor_type NOT NULL DEFAULT 'individual',
    gift_aid_eligible boolean NOT NULL DEFAULT false,
    registered_on date NOT NULL,
    referred_by_donor_id integer REFERENCES donors (donor_id)
);

CREATE TABLE donations (
    donation_id integer PRIMARY KEY,
    donor_id integer NOT NULL REFERENCES donors,
    campaign_id integer REFERENCES campaigns,
    amount numeric(10, 2) NOT NULL,
    received_at timestamp NOT NULL,
    payment_method text NOT NULL
        CHECK (payment_method IN ('card', 'direct_debit', 'bank_transfer', 'cheque', 'paypal',
                                  'cash')),
    is_anonymous boolean NOT NULL DEFAULT false,
    refunded_at timestamp
);

CREATE TABLE pledges (
    pledge_id integer PRIMARY KEY,
    donor_id integer NOT NULL REFERENCES donors,
    campaign_id integer REFERENCES campaigns,
    instalment_amount numeric(8, 2) NOT NULL,
    frequency pledge_frequency NOT NULL,
    started_on date NOT NULL,
    ended_on date,
    status text NOT NULL CHECK (status IN ('active', 'paused', 'cancelled', 'fulfilled'))
);

CREATE TABLE volunteers (
    volunteer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    phone text,
    city text NOT NULL,
    joined_on date NOT NULL,
    dbs_checked boolean NOT NULL DEFAULT false,
    mentor_id integer REFERENCES volunteers (volunteer_id)
);

CREATE TABLE events (
    event_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    campaign_id integer REFERENCES campaigns,
    event_type text NOT NULL
        CHECK (event_type IN ('gala', 'fun_run', 'bake_sale', 'auction', 'webinar',
                              'quiz_night', 'community_day')),
    venue text NOT NULL,
    city text,
    starts_at timestamp NOT NULL,
    capacity integer NOT NULL,
    ticket_price numeric(8, 2) NOT NULL DEFAULT 0,
    status event_status NOT NULL,
    organiser_id integer REFERENCES volunteers (volunteer_id)
);

CREATE TABLE event_attendees (
    event_id integer NOT NULL REFERENCES events,
    donor_id integer NOT NULL REFERENCES donors,
    registered_at timestamp NOT NULL,
    checked_in boolean NOT NULL DEFAULT false,
    amount_raised numeric(10, 2) NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, donor_id)
);

CREATE TABLE volunteer_shifts (
    shift_id integer PRIMARY KEY,
    volunteer_id integer NOT NULL REFERENCES volunteers,
    event_id integer NOT NULL REFERENCES events,
    role text NOT NULL
        CHECK (role IN ('steward', 'registration', 'catering', 'first_aid', 'setup')),
    hours numeric(4, 1) NOT NULL,
    no_show boolean NOT NULL DEFAULT false
);

INSERT INTO campaigns VALUES
    (1, 'Clean Water for Kisumu', 'health', 50000, '2023-03-01', '2023-12-31', false,
     'Hannah Okafor'),
    (2, 'Books for Every Child', 'education', 25000, '2023-06-15', '2024-06-14', false,
     'Tom Fairley'),
    (3, 'Winter Shelter Appeal', 'homelessness', 40000, '2023-11-01', '2024-02-29', false, NULL),
    (4, 'Reforest the Pennines', 'environment', 75000, '2024-02-01', '2025-01-31', false,
     'Priya Nair'),
    (5, 'Flood Relief Pakistan', 'disaster_relief', 120000, '2024-08-20', '2024-12-31', false,
     'Hannah Okafor'),
    (6, 'Scholarships 2025', 'education', 60000, '2025-01-10', '2025-09-30', false,
     'Tom Fairley'),
    (7, 'Mobile Health Clinics', 'health', 90000, '2025-03-01', NULL, true, 'Samuel Mensah'),
    (8, 'Urban Beekeeping', 'environment', 15000, '2025-05-01', '2025-10-31', false, NULL),
    (9, 'Winter Shelter Appeal 2025', 'homelessness', 45000, '2025-11-01', '2026-02-28', true,
     'Priya Nair'),
    (10, 'Earthquake Response Fund', 'disaster_relief', 150000, '2026-02-10', NULL, true,
     'Samuel Mensah');

INSERT INTO donors
SELECT i,
       (ARRAY['Eleanor Vance', 'Marcus Bell', 'Aisha Rahman', 'Greenleaf Bakery Ltd',
              'Daniel Osei', 'Sofia Marin', 'Hollis Family Foundation', 'Peter Quinn',
              'Meera Shah', 'Oakridge Solicitors LLP', 'Lucy Hartmann', 'Kwame Asante',
              'Fiona Blake', 'Brightside Energy plc', 'Tomasz Nowak', 'Ruth Adler',
              'Caldwell Trust', 'Ian McGregor', 'Chloe Dubois', 'Samir Haddad',
              'Northgate Motors Ltd', 'Grace Whitfield', 'Owen Price', 'Beatrice Lam',
              'Riverside Rotary Club', 'Nadia Petrova', 'Henry Ashworth', 'Zara Ahmed',
              'Felix Brandt', 'Wendy Cho'])[i],
       CASE WHEN i % 7 = 3 THEN NULL
            ELSE lower(replace(split_part((ARRAY['Eleanor Vance', 'Marcus Bell', 'Aisha Rahman',
                 'Greenleaf Bakery Ltd', 'Daniel Osei', 'Sofia Marin', 'Hollis Family Foundation',
                 'Peter Quinn', 'Meera Shah', 'Oakridge Solicitors LLP', 'Lucy Hartmann',
                 'Kwame Asante', 'Fiona Blake', 'Brightside Energy plc', 'Tomasz Nowak',
                 'Ruth Adler', 'Caldwell Trust', 'Ian McGregor', 'Chloe Dubois', 'Samir Haddad',
                 'Northgate Motors Ltd', 'Grace Whitfield', 'Owen Price', 'Beatrice Lam',
                 'Riverside Rotary Club', 'Nadia Petrova', 'Henry Ashworth', 'Zara Ahmed',
                 'Felix Brandt', 'Wendy Cho'])[i], ' ', 1), ' ', '')) || i || '@post.example'
       END,
       (ARRAY['London', 'Manchester', 'Leeds', 'Bristol', 'Edinburgh', 'Cardiff'])
           [1 + (i * 5) % 6],
       (CASE WHEN i IN (4, 10, 14, 21) THEN 'corporate'
             WHEN i IN (7, 17) THEN 'foundation'
             WHEN i = 25 THEN 'community_group'
             ELSE 'individual' END)::donor_type,
       i NOT IN (4, 7, 10, 14, 17, 21, 25) AND i % 3 <> 0,
       date '2023-01-05' + i * 37,
       CASE WHEN i % 6 = 0 THEN i - 4 END
FROM generate_series(1, 30) AS i;

INSERT INTO donations
SELECT i,
       1 + (i * 7) % 26,
       CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + (i * 4) % 9 END,
       CASE WHEN i = 17 THEN 12500 WHEN i = 30 THEN 8000
            ELSE (i * 379) % 2400 + 15 + (i % 4) * 0.25 END,
       timestamp '2023-02-03 10:00' + i * interval '26 days 7 hours',
       (ARRAY['card', 'direct_debit', 'card', 'bank_transfer', 'cheque', 'paypal', 'cash'])
           [1 + i % 7],
       i % 8 = 5,
       CASE WHEN i % 13 = 6 THEN timestamp '2023-02-03 10:00' + i * interval '26 days 7 hours'
                                 + interval '5 days' END
FROM generate_series(1, 40) AS i;

INSERT INTO pledges
SELECT i,
       1 + (i * 5) % 29,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 1 + (i * 7) % 10 END,
       5 + (i * 13) % 60 + CASE WHEN i % 3 = 0 THEN 0.5 ELSE 0 END,
       (CASE WHEN i % 4 = 0 THEN 'quarterly' WHEN i % 7 = 0 THEN 'annually' ELSE 'monthly' END)
           ::pledge_frequency,
       date '2023-01-15' + i * 53,
       CASE WHEN i % 6 = 0 OR i % 9 = 0 THEN date '2023-01-15' + i * 53 + 200 END,
       CASE WHEN i % 6 = 0 THEN 'cancelled' WHEN i % 9 = 0 THEN 'fulfilled'
            WHEN i % 7 = 3 THEN 'paused' ELSE 'active' END
FROM generate_series(1, 20) AS i;

INSERT INTO volunteers VALUES
    (1, 'Amara Nwosu', 'amara.nwosu@volunteers.example', '07700 900101', 'London',
     '2023-01-14', true, NULL),
    (2, 'Ben Harrow', 'ben.harrow@volunteers.example', '07700 900102', 'Leeds',
     '2023-02-20', true, NULL),
    (3, 'Clara Jensen', 'clara.jensen@volunteers.example', NULL, 'London',
     '2023-04-03', true, 1),
    (4, 'Dev Malhotra', 'dev.malhotra@volunteers.example', '07700 900104', 'Manchester',
     '2023-05-28', false, 1),
    (5, 'Ellie Fraser', 'ellie.fraser@volunteers.example', '07700 900105', 'Leeds',
     '2023-07-09', true, 2),
    (6, 'Femi Adeyemi', 'femi.adeyemi@volunteers.example', NULL, 'Manchester',
     '2023-09-17', false, 4),
    (7, 'Gwen Parry', 'gwen.parry@volunteers.example', '07700 900107', 'Cardiff',
     '2023-11-02', true, NULL),
    (8, 'Hamish Reid', 'hamish.reid@volunteers.example', '07700 900108', 'Edinburgh',
     '2024-01-21', true, NULL),
    (9, 'Isabel Cruz', 'isabel.cruz@volunteers.example', '07700 900109', 'London',
     '2024-03-11', false, 3),
    (10, 'Jonah Weiss', 'jonah.weiss@volunteers.example', NULL, 'Bristol',
     '2024-05-30', false, 1),
    (11, 'Keira Doyle', 'keira.doyle@volunteers.example', '07700 900111', 'Edinburgh',
     '2024-07-16', true, 8),
    (12, 'Liam Okonkwo', 'liam.okonkwo@volunteers.example', '07700 900112', 'Leeds',
     '2024-09-04', true, 5),
    (13, 'Maya Lindqvist', 'maya.lindqvist@volunteers.example', '07700 900113', 'Cardiff',
     '2024-11-23', false, 7),
    (14, 'Nico Rossi', 'nico.rossi@volunteers.example', NULL, 'London',
     '2025-02-08', false, 3),
    (15, 'Olive Grant', 'olive.grant@volunteers.example', '07700 900115', 'Manchester',
     '2025-04-19', true, 4),
    (16, 'Pavel Horak', 'pavel.horak@volunteers.example', '07700 900116', 'Bristol',
     '2025-06-27', false, 10),
    (17, 'Quinn Abbott', 'quinn.abbott@volunteers.example', NULL, 'London',
     '2025-09-13', false, NULL),
    (18, 'Rosa Delgado', 'rosa.delgado@volunteers.example', '07700 900118', 'Leeds',
     '2026-01-05', false, 12);

INSERT INTO events VALUES
    (1, 'Spring Gala Dinner 2023', 1, 'gala', 'The Grand Hotel', 'London',
     '2023-04-22 19:00', 200, 85.00, 'completed', 1),
    (2, 'Water Walk 5K', 1, 'fun_run', 'Hyde Park', 'London',
     '2023-06-10 09:30', 500, 15.00, 'completed', 3),
    (3, 'Book Fair Bake Sale', 2, 'bake_sale', 'St Mary''s Church Hall', 'Leeds',
     '2023-09-16 10:00', 80, 0, 'completed', 5),
    (4, 'Winter Shelter Quiz Night', 3, 'quiz_night', 'The Crown', 'Manchester',
     '2023-12-07 19:30', 60, 10.00, 'completed', NULL),
    (5, 'Pennines Charity Auction', 4, 'auction', 'Leeds Town Hall', 'Leeds',
     '2024-03-15 18:00', 150, 25.00, 'completed', 2),
    (6, 'Tree Planting Day', 4, 'community_day', 'Calder Valley Woods', 'Hebden Bridge',
     '2024-04-20 10:00', 120, 0, 'cancelled', 5),
    (7, 'Flood Relief Webinar', 5, 'webinar', 'Online', NULL,
     '2024-09-12 18:30', 1000, 0, 'completed', NULL),
    (8, 'Autumn Gala 2024', 5, 'gala', 'Assembly Rooms', 'Edinburgh',
     '2024-10-19 19:00', 180, 95.00, 'completed', 8),
    (9, 'Scholarship Fun Run', 6, 'fun_run', 'Bute Park', 'Cardiff',
     '2025-05-17 09:00', 400, 20.00, 'completed', 7),
    (10, 'Clinic Launch Reception', 7, 'gala', 'Science Museum', 'London',
     '2025-06-26 18:30', 250, 120.00, 'completed', 1),
    (11, 'Honey Tasting Bake Sale', 8, 'bake_sale', 'Corn Exchange', 'Manchester',
     '2025-08-30 11:00', 100, 5.00, 'cancelled', NULL),
    (12, 'Winter Shelter Sleep Out', 9, 'community_day', 'Millennium Square', 'Leeds',
     '2025-12-06 20:00', 300, 0, 'completed', 12),
    (13, 'Earthquake Appeal Quiz', 10, 'quiz_night', 'The Crown', 'Manchester',
     '2026-03-19 19:30', 70, 12.00, 'planned', 15),
    (14, 'Summer Gala 2026', 7, 'gala', 'The Grand Hotel', 'London',
     '2026-07-11 19:00', 220, 110.00, 'planned', 8);

INSERT INTO event_attendees
SELECT e.event_id,
       d,
       e.starts_at - (d % 20 + 3) * interval '1 day' - (d % 5) * interval '3 hours',
       e.status = 'completed' AND d % 4 <> 0,
       CASE WHEN e.status = 'completed' AND d % 4 <> 0
            THEN (d * 37 + e.event_id * 11) % 300 + (d % 3) * 0.5 ELSE 0 END
FROM events AS e, generate_series(1, 30) AS d
WHERE e.status <> 'cancelled' AND (e.event_id * 5 + d * 3) % 11 = 0;

INSERT INTO volunteer_shifts
SELECT i,
       1 + (i * 7) % 15,
       (ARRAY[1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14])[1 + i % 12],
       (ARRAY['steward', 'registration', 'catering', 'first_aid', 'setup'])[1 + (i * 3) % 5],
       2 + (i * 7) % 9 * 0.5,
       i % 11 = 4
FROM generate_series(1, 32) AS i;
"""
