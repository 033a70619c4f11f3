"""A podcast network's schema with deterministic rows, for questions about related rows.

Podcasts and their hosts, episodes (each with a code such as 'EP-104'), the guests who appeared
on episodes (through a link table) and the sponsorships podcasts sell. Questions name one row
("Night Shift Stories", "EP-104", "Nora Quinn") and ask for its own column or for rows linked
to it along the foreign keys.
"""

from typing import Final

RELATED_WORLD: Final = """
CREATE TABLE podcasts (
    podcast_id integer PRIMARY KEY,
    title text NOT NULL UNIQUE,
    genre text NOT NULL,
    launched_on date NOT NULL,
    subscriber_count integer NOT NULL
);

CREATE TABLE hosts (
    host_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text NOT NULL,
    podcast_id integer NOT NULL REFERENCES podcasts
);

CREATE TABLE episodes (
    episode_id integer PRIMARY KEY,
    code text NOT NULL UNIQUE,
    title text NOT NULL,
    podcast_id integer NOT NULL REFERENCES podcasts,
    duration_minutes integer NOT NULL,
    download_count integer NOT NULL,
    published_on date NOT NULL
);

CREATE TABLE guests (
    guest_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    occupation text NOT NULL
);

CREATE TABLE episode_guests (
    episode_id integer NOT NULL REFERENCES episodes,
    guest_id integer NOT NULL REFERENCES guests,
    PRIMARY KEY (episode_id, guest_id)
);

CREATE TABLE sponsorships (
    sponsorship_id integer PRIMARY KEY,
    sponsor_name text NOT NULL,
    podcast_id integer NOT NULL REFERENCES podcasts,
    fee_usd numeric(9, 2) NOT NULL,
    starts_on date NOT NULL
);

INSERT INTO podcasts VALUES
    (1, 'Night Shift Stories', 'true crime', '2019-03-01', 48200),
    (2, 'The Garden Hour', 'lifestyle', '2021-06-15', 12900),
    (3, 'Byte Sized', 'technology', '2020-01-20', 30550),
    (4, 'Slow Kitchen', 'food', '2022-09-05', 8700);

INSERT INTO hosts VALUES
    (1, 'Dev Patel', 'dev@nightshift.fm', 1),
    (2, 'Rosa Lindqvist', 'rosa@nightshift.fm', 1),
    (3, 'Hannah Okafor', 'hannah@gardenhour.fm', 2),
    (4, 'Marcus Bell', 'marcus@bytesized.fm', 3),
    (5, 'Ines Duarte', 'ines@slowkitchen.fm', 4);

INSERT INTO episodes VALUES
    (1, 'EP-101', 'The Vanishing Ferry', 1, 52, 18400, '2024-01-08'),
    (2, 'EP-102', 'Letters From Nowhere', 1, 47, 16250, '2024-01-22'),
    (3, 'EP-103', 'The Lighthouse Keeper', 1, 61, 21900, '2024-02-05'),
    (4, 'EP-104', 'Cold Case on Elm Street', 1, 39, 14800, '2024-02-19'),
    (5, 'GH-201', 'Roses in Winter', 2, 28, 3100, '2024-01-10'),
    (6, 'GH-202', 'Compost Myths', 2, 33, 2750, '2024-02-07'),
    (7, 'BS-301', 'Chips and Sanctions', 3, 44, 9900, '2024-01-15'),
    (8, 'BS-302', 'The Open Source Summer', 3, 58, 11200, '2024-02-12'),
    (9, 'BS-303', 'Quantum for Sceptics', 3, 36, 8400, '2024-03-04'),
    (10, 'SK-401', 'Bread Takes Time', 4, 31, 1900, '2024-02-01');

INSERT INTO guests VALUES
    (1, 'Nora Quinn', 'detective'),
    (2, 'Tomas Berg', 'journalist'),
    (3, 'Alice Moreau', 'botanist'),
    (4, 'Sanjay Rao', 'engineer'),
    (5, 'Lena Vogt', 'baker'),
    (6, 'Owen Hart', 'historian');

INSERT INTO episode_guests VALUES
    (1, 1), (1, 2), (3, 1), (3, 6), (4, 2),
    (5, 3), (6, 3), (7, 4), (8, 4), (8, 2), (9, 4), (10, 5);

INSERT INTO sponsorships VALUES
    (1, 'Harbor Coffee', 1, 4500.00, '2024-01-01'),
    (2, 'Greenleaf Seeds', 2, 1200.00, '2024-01-01'),
    (3, 'Cloudnest', 3, 3800.00, '2024-02-01'),
    (4, 'Cloudnest', 1, 2600.00, '2024-03-01'),
    (5, 'Mill Lane Flour', 4, 900.00, '2024-02-15');
"""
