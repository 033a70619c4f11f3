"""A podcast network schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

PODCASTS: Final = """
CREATE TYPE show_genre AS ENUM (
    'true_crime', 'comedy', 'news', 'technology', 'business', 'sports', 'history'
);
CREATE TYPE episode_status AS ENUM ('draft', 'scheduled', 'published', 'pulled');

CREATE TABLE hosts (
    host_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text,
    country text NOT NULL,
    joined_network_on date NOT NULL,
    is_freelance boolean NOT NULL DEFAULT false,
    day_rate_usd numeric(8, 2)
);

CREATE TABLE shows (
    show_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    genre show_genre NOT NULL,
    host_id integer NOT NULL REFERENCES hosts (host_id),
    co_host_id integer REFERENCES hosts (host_id),
    launched_on date NOT NULL,
    release_cadence text NOT NULL
        CHECK (release_cadence IN ('daily', 'weekly', 'biweekly', 'monthly')),
    is_explicit boolean NOT NULL DEFAULT false,
    listener_rating numeric(3, 2),
    ended_on date
);

CREATE TABLE episodes (
    episode_id integer PRIMARY KEY,
    show_id integer NOT NULL REFERENCES shows,
    season_number integer NOT NULL,
    episode_number integer NOT NULL,
    title text NOT NULL,
    status episode_status NOT NULL,
    published_at timestamp,
    duration_minutes integer NOT NULL,
    is_bonus boolean NOT NULL DEFAULT false,
    UNIQUE (show_id, season_number, episode_number)
);

CREATE TABLE guests (
    guest_id integer PRIMARY KEY,
    full_name text NOT NULL,
    occupation text NOT NULL,
    city text NOT NULL,
    social_handle text
);

CREATE TABLE episode_guests (
    episode_id integer NOT NULL REFERENCES episodes,
    guest_id integer NOT NULL REFERENCES guests,
    appearance_fee_usd numeric(8, 2),
    appeared_remotely boolean NOT NULL DEFAULT false,
    PRIMARY KEY (episode_id, guest_id)
);

CREATE TABLE sponsors (
    sponsor_id integer PRIMARY KEY,
    company_name text NOT NULL UNIQUE,
    industry text NOT NULL
        CHECK (industry IN ('finance', 'food', 'software', 'apparel', 'travel', 'health')),
    contact_email text,
    contract_signed_on date NOT NULL,
    is_active boolean NOT NULL DEFAULT true,
    monthly_budget_usd numeric(10, 2) NOT NULL
);

CREATE TABLE ad_reads (
    ad_read_id integer PRIMARY KEY,
    episode_id integer NOT NULL REFERENCES episodes,
    sponsor_id integer NOT NULL REFERENCES sponsors,
    read_by_host_id integer REFERENCES hosts (host_id),
    placement text NOT NULL CHECK (placement IN ('pre_roll', 'mid_roll', 'post_roll')),
    fee_usd numeric(8, 2) NOT NULL,
    promo_code text
);

CREATE TABLE daily_downloads (
    episode_id integer NOT NULL REFERENCES episodes,
    download_date date NOT NULL,
    downloads integer NOT NULL,
    PRIMARY KEY (episode_id, download_date)
);

INSERT INTO hosts VALUES
    (1, 'Maya Okafor', 'maya.okafor@soundwave.fm', 'United States', '2021-03-01', false, NULL),
    (2, 'Daniel Reyes', 'daniel.reyes@soundwave.fm', 'United States', '2020-06-15', false, NULL),
    (3, 'Priya Raman', NULL, 'United Kingdom', '2022-01-10', true, 850.00),
    (4, 'Tom Lindqvist', 'tom.lindqvist@soundwave.fm', 'Sweden', '2019-09-01', false, NULL),
    (5, 'Chloe Bennett', NULL, 'United Kingdom', '2023-04-03', true, 1200.00),
    (6, 'Marcus Hale', 'marcus.hale@soundwave.fm', 'United States', '2018-11-20', false, NULL),
    (7, 'Aiko Tanaka', 'aiko.tanaka@soundwave.fm', 'Canada', '2023-05-02', true, 700.00),
    (8, 'Sam Whitfield', NULL, 'Australia', '2024-02-12', true, 650.00),
    (9, 'Lena Fischer', 'lena.fischer@soundwave.fm', 'Germany', '2019-03-18', false, NULL),
    (10, 'Jordan Brooks', 'jordan.brooks@soundwave.fm', 'Canada', '2022-08-22', true, 975.00);

INSERT INTO shows VALUES
    (1, 'Midnight Ledger', 'true_crime', 1, 4, '2021-05-03', 'weekly', true, 4.72, NULL),
    (2, 'Laugh Track', 'comedy', 2, NULL, '2020-09-14', 'weekly', true, 4.18, NULL),
    (3, 'Morning Brief', 'news', 6, 9, '2019-01-07', 'daily', false, 3.94, NULL),
    (4, 'Circuit Breakers', 'technology', 4, NULL, '2022-02-01', 'biweekly', false, 4.55, NULL),
    (5, 'Founders Table', 'business', 3, 10, '2022-06-20', 'biweekly', false, 4.31, NULL),
    (6, 'Full Time', 'sports', 8, NULL, '2024-03-04', 'weekly', true, 3.87, '2024-07-26'),
    (7, 'Past Tense', 'history', 5, 7, '2023-05-15', 'monthly', false, 4.63, '2025-10-31'),
    (8, 'Dead Air', 'true_crime', 1, NULL, '2023-10-02', 'biweekly', true, 4.49, '2025-03-28');

INSERT INTO episodes VALUES
    (1, 1, 1, 1, 'The Vanishing at Pier 9', 'published', '2021-05-03 06:00', 58, false),
    (2, 1, 1, 2, 'A Ledger in Red Ink', 'published', '2021-05-10 06:00', 62, false),
    (3, 1, 1, 3, 'The Night Clerk', 'pulled', '2021-05-17 06:00', 49, false),
    (4, 1, 2, 1, 'Bones Under Birchwood', 'published', '2024-09-02 06:00', 71, false),
    (5, 1, 2, 2, 'Q&A: Your Theories', 'published', '2024-09-09 06:00', 34, true),
    (6, 1, 3, 1, 'The Orchard Letters', 'published', '2025-03-03 06:00', 66, false),
    (7, 1, 3, 2, 'Silent Partner', 'published', '2025-03-10 06:00', 59, false),
    (8, 1, 3, 3, 'Cold Trail', 'draft', NULL, 54, false),
    (9, 2, 1, 1, 'Open Mic Nightmares', 'published', '2020-09-14 09:00', 45, false),
    (10, 2, 1, 2, 'Roast of the Century', 'published', '2020-09-21 09:00', 52, false),
    (11, 2, 2, 1, 'Sketchy Business', 'published', '2023-11-06 09:00', 48, false),
    (12, 2, 2, 2, 'Holiday Special', 'published', '2023-12-18 09:00', 81, true),
    (13, 2, 3, 1, 'Crowd Work', 'published', '2025-02-03 09:00', 47, false),
    (14, 2, 3, 2, 'Heckler Hall of Fame', 'scheduled', NULL, 50, false),
    (15, 3, 1, 101, 'Markets Open Lower', 'published', '2025-03-04 05:30', 22, false),
    (16, 3, 1, 102, 'Election Recap', 'published', '2024-11-06 05:30', 27, false),
    (17, 3, 1, 103, 'Storm Season Outlook', 'published', '2024-06-12 05:30', 19, false),
    (18, 3, 1, 104, 'Rate Cut Watch', 'published', '2025-07-30 05:30', 21, false),
    (19, 3, 1, 105, 'Trade Talks Stall', 'pulled', '2024-08-21 05:30', 18, false),
    (20, 3, 1, 106, 'Budget Day Explained', 'published', '2025-10-01 05:30', 25, false),
    (21, 3, 1, 107, 'Weekend Headlines', 'published', '2024-02-17 05:30', 23, true),
    (22, 4, 1, 1, 'Chips Without Borders', 'published', '2022-02-01 12:00', 64, false),
    (23, 4, 1, 2, 'The Open Source Tax', 'published', '2022-02-15 12:00', 57, false),
    (24, 4, 2, 1, 'Inside the Data Center', 'published', '2024-05-14 12:00', 73, false),
    (25, 4, 2, 2, 'Robots in the Warehouse', 'published', '2025-03-25 12:00', 61, false),
    (26, 4, 2, 3, 'Quantum Hype Check', 'draft', NULL, 68, false),
    (27, 5, 1, 1, 'Bootstrapped to Acquired', 'published', '2022-06-20 07:00', 55, false),
    (28, 5, 1, 2, 'Raising in a Downturn', 'published', '2023-03-13 07:00', 63, false),
    (29, 5, 2, 1, 'The Second-Time Founder', 'published', '2025-05-19 07:00', 69, false),
    (30, 5, 2, 2, 'Pricing Is a Product', 'scheduled', NULL, 58, false),
    (31, 6, 1, 1, 'Transfer Window Madness', 'published', '2024-03-04 18:00', 41, false),
    (32, 6, 1, 2, 'Derby Day', 'published', '2024-04-15 18:00', 44, false),
    (33, 6, 1, 3, 'Season Finale', 'published', '2024-07-22 18:00', 56, false),
    (34, 7, 1, 1, 'The Lost Colony', 'published', '2023-05-15 08:00', 88, false),
    (35, 7, 1, 2, 'Harbor of Spies', 'published', '2024-01-15 08:00', 79, false),
    (36, 7, 2, 1, 'Bread and Riots', 'published', '2025-03-17 08:00', 92, false),
    (37, 7, 2, 2, 'The Last Tsar''s Tutor', 'published', '2025-09-15 08:00', 84, false),
    (38, 8, 1, 1, 'Static on Channel 4', 'published', '2023-10-02 06:00', 53, false),
    (39, 8, 1, 2, 'The Radio Tower Murders', 'pulled', '2024-01-08 06:00', 67, false),
    (40, 8, 1, 3, 'Final Broadcast', 'published', '2025-03-24 06:00', 51, false);

INSERT INTO guests VALUES
    (1, 'Helen Park', 'forensic pathologist', 'Toronto', '@drhelenpark'),
    (2, 'Ravi Menon', 'economist', 'London', '@ravimenon'),
    (3, 'Grace Odum', 'stand-up comedian', 'Chicago', '@graceodum'),
    (4, 'Felix Navarro', 'startup founder', 'Austin', NULL),
    (5, 'Nora Lindgren', 'historian', 'Stockholm', '@noralindgren'),
    (6, 'Ben Carter', 'former detective', 'Toronto', NULL),
    (7, 'Isabel Cruz', 'venture capitalist', 'San Francisco', '@isabelvc'),
    (8, 'Kwame Asante', 'football pundit', 'Manchester', '@kwamepundit'),
    (9, 'Yuki Sato', 'robotics engineer', 'Tokyo', '@yukibuilds'),
    (10, 'Omar Haddad', 'journalist', 'London', '@omarhaddad'),
    (11, 'Tessa Moore', 'comedy writer', 'Los Angeles', NULL),
    (12, 'Lucas Meyer', 'chip designer', 'Munich', '@lucasmeyer'),
    (13, 'Ada Nwosu', 'meteorologist', 'Toronto', NULL),
    (14, 'Victor Lima', 'archivist', 'Lisbon', NULL),
    (15, 'Sophie Laurent', 'climate scientist', 'Paris', '@sophielaurent'),
    (16, 'Derek Walsh', 'true crime author', 'Boston', '@derekwalsh');

INSERT INTO episode_guests VALUES
    (1, 6, 250.00, false),
    (1, 1, 400.00, true),
    (2, 16, 300.00, false),
    (4, 1, 450.00, false),
    (4, 6, 250.00, false),
    (6, 1, 600.00, true),
    (7, 16, 350.00, false),
    (38, 1, 520.00, true),
    (9, 3, NULL, false),
    (10, 3, NULL, false),
    (11, 11, 150.00, true),
    (13, 3, 200.00, false),
    (15, 2, NULL, true),
    (16, 10, NULL, true),
    (17, 13, NULL, true),
    (18, 2, NULL, true),
    (20, 10, NULL, false),
    (22, 12, 750.00, true),
    (24, 9, 800.00, true),
    (25, 9, 650.00, false),
    (23, 7, 300.00, true),
    (27, 4, NULL, false),
    (28, 7, 900.00, false),
    (29, 4, NULL, true),
    (31, 8, 400.00, false),
    (32, 8, 400.00, false),
    (34, 5, 350.00, true),
    (36, 5, 1200.00, true),
    (37, 5, 300.00, false);

INSERT INTO sponsors VALUES
    (1, 'Northwind Bank', 'finance', 'partners@northwindbank.com', '2023-02-15', true, 25000),
    (2, 'Brightmeal', 'food', 'ads@brightmeal.co', '2024-07-08', true, 8000),
    (3, 'Stackforge', 'software', 'marketing@stackforge.io', '2023-09-01', true, 18000),
    (4, 'Trailpeak Outfitters', 'apparel', NULL, '2024-06-20', false, 6500),
    (5, 'Lumen VPN', 'software', 'sponsor@lumenvpn.com', '2022-11-30', true, 32000),
    (6, 'Harbor Health', 'health', 'media@harborhealth.org', '2025-01-13', true, 12000),
    (7, 'Jetwise Travel', 'travel', NULL, '2024-08-27', true, 9500),
    (8, 'Copperleaf Coffee', 'food', 'hello@copperleaf.coffee', '2023-05-05', false, 4000),
    (9, 'Ledgerly', 'software', 'growth@ledgerly.app', '2025-04-01', true, 15000),
    (10, 'Atlas Insurance', 'finance', NULL, '2024-09-02', true, 21000);

INSERT INTO ad_reads VALUES
    (1, 1, 5, 1, 'pre_roll', 450.00, 'LEDGER20'),
    (2, 1, 1, 1, 'mid_roll', 900.00, NULL),
    (3, 2, 5, 1, 'mid_roll', 950.00, 'LEDGER20'),
    (4, 4, 5, 4, 'mid_roll', 1100.00, 'LEDGER20'),
    (5, 4, 2, NULL, 'post_roll', 300.00, NULL),
    (6, 6, 1, 1, 'mid_roll', 1250.00, NULL),
    (7, 7, 6, 4, 'pre_roll', 500.00, 'HARBOR10'),
    (8, 9, 8, 2, 'pre_roll', 200.00, 'BEANS15'),
    (9, 10, 8, 2, 'mid_roll', 350.00, 'BEANS15'),
    (10, 11, 2, 2, 'mid_roll', 600.00, 'SNACK5'),
    (11, 12, 7, 2, 'post_roll', 400.00, NULL),
    (12, 13, 2, 2, 'mid_roll', 700.00, 'SNACK5'),
    (13, 15, 1, 6, 'pre_roll', 380.00, NULL),
    (14, 16, 10, NULL, 'pre_roll', 420.00, NULL),
    (15, 17, 10, 6, 'post_roll', 150.00, NULL),
    (16, 18, 1, 6, 'pre_roll', 410.00, NULL),
    (17, 20, 9, NULL, 'mid_roll', 520.00, 'LEDGERLY'),
    (18, 21, 4, NULL, 'post_roll', 120.00, NULL),
    (19, 22, 3, 4, 'mid_roll', 1300.00, 'FORGE30'),
    (20, 23, 3, 4, 'mid_roll', 1150.00, 'FORGE30'),
    (21, 24, 5, 4, 'pre_roll', 680.00, 'CIRCUIT'),
    (22, 24, 3, NULL, 'post_roll', 310.00, NULL),
    (23, 25, 9, 4, 'mid_roll', 1050.00, 'LEDGERLY'),
    (24, 27, 1, 3, 'mid_roll', 980.00, NULL),
    (25, 28, 3, 3, 'mid_roll', 1020.00, 'FORGE30'),
    (26, 29, 9, 3, 'pre_roll', 760.00, NULL),
    (27, 31, 4, 8, 'pre_roll', 330.00, 'TRAIL10'),
    (28, 32, 4, 8, 'mid_roll', 450.00, 'TRAIL10'),
    (29, 33, 7, 8, 'post_roll', 275.00, NULL),
    (30, 34, 7, 5, 'mid_roll', 640.00, 'JETSET'),
    (31, 35, 6, 5, 'pre_roll', 560.00, NULL),
    (32, 36, 7, NULL, 'post_roll', 290.00, NULL),
    (33, 37, 6, 5, 'mid_roll', 1400.00, 'HARBOR10'),
    (34, 38, 5, 1, 'mid_roll', 870.00, 'DEADAIR'),
    (35, 39, 1, 1, 'pre_roll', 520.00, NULL),
    (36, 40, 5, 1, 'mid_roll', 925.00, 'DEADAIR');

INSERT INTO daily_downloads
SELECT e, date '2025-03-25' + d, (e * 7919 + d * 3571) % 6000 + 800
FROM unnest(ARRAY[4, 6, 7, 13, 15, 24, 36, 40]) AS e, generate_series(0, 4) AS d;
"""
