"""A youth orchestra schema with deterministic rows, for questions about rows with or without
related rows: pieces never performed, musicians who never appeared, counts of child rows.
"""

from typing import Final

NEVER_WORLD: Final = """
CREATE TABLE composers (
    composer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    born_year integer NOT NULL,
    country text NOT NULL
);

CREATE TABLE pieces (
    piece_id integer PRIMARY KEY,
    title text NOT NULL,
    composer_id integer NOT NULL REFERENCES composers,
    duration_min integer NOT NULL
);

CREATE TABLE musicians (
    musician_id integer PRIMARY KEY,
    full_name text NOT NULL,
    instrument text NOT NULL,
    section text NOT NULL CHECK (section IN ('strings', 'woodwind', 'brass', 'percussion')),
    joined_on date NOT NULL
);

CREATE TABLE concerts (
    concert_id integer PRIMARY KEY,
    title text NOT NULL,
    venue_city text NOT NULL,
    performed_on date NOT NULL,
    audience_count integer
);

CREATE TABLE programme_items (
    concert_id integer NOT NULL REFERENCES concerts,
    piece_id integer NOT NULL REFERENCES pieces,
    position integer NOT NULL,
    PRIMARY KEY (concert_id, piece_id)
);

CREATE TABLE appearances (
    concert_id integer NOT NULL REFERENCES concerts,
    musician_id integer NOT NULL REFERENCES musicians,
    seat text,
    PRIMARY KEY (concert_id, musician_id)
);

INSERT INTO composers VALUES
    (1, 'Johannes Brahms', 1833, 'Germany'),
    (2, 'Clara Schumann', 1819, 'Germany'),
    (3, 'Jean Sibelius', 1865, 'Finland'),
    (4, 'Florence Price', 1887, 'United States'),
    (5, 'Edvard Grieg', 1843, 'Norway'),
    (6, 'Lili Boulanger', 1893, 'France');

INSERT INTO pieces VALUES
    (1, 'Academic Festival Overture', 1, 10),
    (2, 'Symphony No. 4', 1, 40),
    (3, 'Piano Trio in G minor', 2, 28),
    (4, 'Finlandia', 3, 8),
    (5, 'Valse triste', 3, 6),
    (6, 'Karelia Suite', 3, 15),
    (7, 'Symphony in E minor', 4, 38),
    (8, 'Holberg Suite', 5, 20),
    (9, 'Peer Gynt Suite No. 1', 5, 14),
    (10, 'Romance for Violin', 2, 9);

INSERT INTO musicians VALUES
    (1, 'Aino Virtanen', 'violin', 'strings', '2021-09-01'),
    (2, 'Ben Okafor', 'cello', 'strings', '2022-01-15'),
    (3, 'Carla Duarte', 'flute', 'woodwind', '2020-10-01'),
    (4, 'Dmitri Sokolov', 'trumpet', 'brass', '2023-02-01'),
    (5, 'Elin Berg', 'viola', 'strings', '2021-03-10'),
    (6, 'Farid Haddad', 'timpani', 'percussion', '2024-05-20'),
    (7, 'Greta Lind', 'oboe', 'woodwind', '2022-09-05'),
    (8, 'Hugo Marchetti', 'horn', 'brass', '2025-01-12');

INSERT INTO concerts VALUES
    (1, 'Autumn Opening', 'Oslo', '2024-10-05', 420),
    (2, 'Nordic Lights', 'Bergen', '2024-12-14', NULL),
    (3, 'Spring Gala', 'Oslo', '2025-04-26', 515),
    (4, 'Summer Serenade', 'Tromso', '2025-06-21', NULL),
    (5, 'Winter Matinee', 'Bergen', '2025-12-06', 260);

INSERT INTO programme_items VALUES
    (1, 1, 1), (1, 4, 2), (1, 8, 3),
    (2, 4, 1), (2, 6, 2), (2, 9, 3), (2, 5, 4),
    (3, 2, 1), (3, 7, 2),
    (4, 8, 1), (4, 4, 2);

INSERT INTO appearances VALUES
    (1, 1, 'first desk'), (1, 2, NULL), (1, 3, NULL), (1, 5, NULL),
    (2, 1, 'first desk'), (2, 3, NULL), (2, 4, NULL),
    (3, 1, NULL), (3, 2, 'first desk'), (3, 5, NULL), (3, 7, NULL), (3, 4, NULL),
    (4, 1, NULL), (4, 7, NULL);
"""
