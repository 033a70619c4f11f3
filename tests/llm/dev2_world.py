"""Three small schemas of unrelated domains in one database, with deterministic rows: a museum
(galleries, talks, acquisitions, patrons, membership plans), a sailing club (sailors, boats,
regattas, gate swipes, training sessions) and a ferry line (ferries, terminals, coastal
walks). For questions whose words are not the schema's: synonyms of state ("running"),
opposites ("denied"), verbs of buying and opening, kinds said by the rows' names ("trails").
"""

from typing import Final

DEV2_WORLD: Final = """
CREATE TABLE galleries (
    gallery_id integer PRIMARY KEY,
    gallery_name text NOT NULL UNIQUE,
    floor integer NOT NULL,
    curator text NOT NULL,
    visitor_goal integer NOT NULL,
    inaugurated_on date NOT NULL
);

CREATE TABLE talks (
    talk_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    gallery_id integer REFERENCES galleries,
    venue text NOT NULL,
    city text NOT NULL,
    given_on date NOT NULL
);

CREATE TABLE acquisitions (
    acquisition_id integer PRIMARY KEY,
    object_name text NOT NULL,
    gallery_id integer NOT NULL REFERENCES galleries,
    valued_on date NOT NULL,
    purchased_on date NOT NULL,
    price_gbp numeric(10, 2) NOT NULL
);

CREATE TABLE patrons (
    patron_id integer PRIMARY KEY,
    full_name text NOT NULL,
    city text NOT NULL,
    billing text NOT NULL CHECK (billing IN ('monthly', 'quarterly', 'yearly')),
    registered_on date NOT NULL
);

CREATE TABLE plans (
    plan_id integer PRIMARY KEY,
    plan_name text NOT NULL UNIQUE,
    monthly_fee_pence integer NOT NULL,
    term_months integer NOT NULL
);

CREATE TABLE sailors (
    sailor_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    on_safety_rota boolean NOT NULL DEFAULT false,
    discipline text NOT NULL CHECK (discipline IN ('race', 'cruise')),
    enrolled_on date NOT NULL
);

CREATE TABLE boats (
    boat_id integer PRIMARY KEY,
    boat_name text NOT NULL UNIQUE,
    boat_class text NOT NULL CHECK (boat_class IN ('dinghy', 'keelboat', 'catamaran')),
    length_m numeric(5, 2) NOT NULL,
    insured_until date NOT NULL,
    purchase_date date NOT NULL,
    skipper_id integer REFERENCES sailors (sailor_id),
    purpose text NOT NULL CHECK (purpose IN ('race', 'cruise', 'training'))
);

CREATE TABLE sessions (
    session_id integer PRIMARY KEY,
    sailor_id integer NOT NULL REFERENCES sailors,
    session_type text NOT NULL CHECK (session_type IN ('training', 'race_day')),
    status text NOT NULL CHECK (status IN ('booked', 'attended', 'cancelled'))
);

CREATE TABLE regattas (
    regatta_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    venue text NOT NULL,
    city text NOT NULL,
    held_on date NOT NULL,
    organiser text NOT NULL,
    target_gbp numeric(10, 2) NOT NULL,
    entry_fee_pence integer NOT NULL
);

CREATE TABLE gate_swipes (
    swipe_id integer PRIMARY KEY,
    sailor_id integer NOT NULL REFERENCES sailors,
    swiped_at timestamp NOT NULL,
    gate text NOT NULL,
    entry_granted boolean NOT NULL
);

CREATE TABLE ferries (
    ferry_id integer PRIMARY KEY,
    ferry_name text NOT NULL UNIQUE,
    passenger_capacity integer NOT NULL,
    has_wheelchair_access boolean NOT NULL,
    is_operating boolean NOT NULL
);

CREATE TABLE terminals (
    terminal_id integer PRIMARY KEY,
    terminal_name text NOT NULL UNIQUE,
    city text NOT NULL,
    built_year integer NOT NULL,
    commissioned_on date NOT NULL
);

CREATE TABLE walks (
    walk_id integer PRIMARY KEY,
    walk_name text NOT NULL UNIQUE,
    terminal_id integer NOT NULL REFERENCES terminals,
    length_km numeric(4, 1) NOT NULL
);

INSERT INTO galleries VALUES
    (1, 'East Wing', 1, 'Mara Lind', 120000, '1998-05-02'),
    (2, 'Glass Hall', 2, 'Otto Renn', 80000, '2011-09-17'),
    (3, 'Print Room', 2, 'Ines Abara', 30000, '2019-03-08');

INSERT INTO talks VALUES
    (1, 'The Glass Lecture', 2, 'Lower Auditorium', 'Bristol', '2024-02-10'),
    (2, 'Prints at Night', 3, 'Rooftop Terrace', 'Bristol', '2024-06-21'),
    (3, 'Curators in Conversation', NULL, 'Guildhall', 'Bath', '2025-01-15');

INSERT INTO acquisitions VALUES
    (1, 'Blue Vase', 2, '2020-01-10', '2021-06-01', 42000),
    (2, 'Harbour Etching', 3, '2022-03-03', '2022-04-20', 3800),
    (3, 'Bronze Hare', 1, '2022-11-30', '2023-02-14', 96000),
    (4, 'Amber Bowl', 2, '2021-08-08', '2022-09-09', 15500),
    (5, 'River Map', 3, '2023-05-05', '2024-01-12', 2100);

INSERT INTO patrons VALUES
    (1, 'Ola Nowak', 'Bristol', 'monthly', '2019-04-12'),
    (2, 'Ken Adeyemi', 'Bath', 'quarterly', '2021-10-01'),
    (3, 'Rosa Vidal', 'Bristol', 'yearly', '2020-02-29'),
    (4, 'Hugo Brandt', 'Cardiff', 'quarterly', '2023-07-19'),
    (5, 'Lena Park', 'Bath', 'monthly', '2024-01-05');

INSERT INTO plans VALUES
    (1, 'Friends 12M Saver', 650, 12),
    (2, 'Family 6M Flex', 1150, 6),
    (3, 'Student 3M Pass', 400, 3);

INSERT INTO sailors VALUES
    (1, 'Tom Reyes', 'tom@example.org', true, 'race', '2016-05-01'),
    (2, 'Bea Holm', NULL, false, 'cruise', '2019-06-12'),
    (3, 'Iris Quay', 'iris@example.org', true, 'race', '2022-03-30'),
    (4, 'Sam Otieno', 'sam@example.org', false, 'cruise', '2023-08-08');

INSERT INTO boats VALUES
    (1, 'Sea Swift', 'dinghy', 4.20, '2026-03-31', '2019-04-02', 1, 'race'),
    (2, 'Grey Heron', 'keelboat', 8.60, '2025-12-31', '2021-07-15', 3, 'cruise'),
    (3, 'Twin Fin', 'catamaran', 6.10, '2021-05-31', '2021-02-01', 3, 'cruise'),
    (4, 'Puffin', 'dinghy', 3.90, '2026-06-30', '2023-09-09', NULL, 'training');

INSERT INTO sessions VALUES
    (1, 1, 'training', 'attended'),
    (2, 2, 'race_day', 'booked'),
    (3, 3, 'training', 'cancelled'),
    (4, 2, 'training', 'booked'),
    (5, 4, 'race_day', 'cancelled');

INSERT INTO regattas VALUES
    (1, 'Autumn Cup', 'Harbour Point', 'Falmouth', '2024-10-05', 'Nell Carver', 15000, 2500),
    (2, 'Spring Open', 'North Quay', 'Weymouth', '2025-04-12', 'Ravi Dutt', 22000, 1800),
    (3, 'Midsummer Dash', 'Castle Beach', 'Falmouth', '2025-06-21', 'Nell Carver', 9000, 3200);

INSERT INTO gate_swipes VALUES
    (1, 1, '2025-05-01 08:00', 'A', true),
    (2, 2, '2025-05-01 08:05', 'A', false),
    (3, 3, '2025-05-02 09:10', 'B', true),
    (4, 4, '2025-05-02 09:30', 'B', false),
    (5, 1, '2025-05-03 07:45', 'A', true);

INSERT INTO ferries VALUES
    (1, 'Island Star', 320, true, true),
    (2, 'Morning Gull', 180, false, false),
    (3, 'Channel Spirit', 540, true, true),
    (4, 'Old Tern', 90, false, false);

INSERT INTO terminals VALUES
    (1, 'Harbour Terminal', 'Poole', 1988, '1991-06-01'),
    (2, 'Pier Head', 'Cowes', 2005, '2007-04-14');

INSERT INTO walks VALUES
    (1, 'Cliff Trail', 1, 7.5),
    (2, 'Harbour Trail', 1, 3.2),
    (3, 'Dune Loop', 2, 5.8),
    (4, 'Castle Trail', 2, 4.1);
"""
