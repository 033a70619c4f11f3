"""A music streaming schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

STREAMING: Final = """
CREATE TYPE plan_tier AS ENUM ('free', 'student', 'premium', 'family');

CREATE TABLE artists (
    artist_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    country text NOT NULL,
    genre text NOT NULL,
    formed_year integer,
    is_verified boolean NOT NULL DEFAULT false
);

CREATE TABLE albums (
    album_id integer PRIMARY KEY,
    artist_id integer NOT NULL REFERENCES artists,
    title text NOT NULL,
    album_type text NOT NULL CHECK (album_type IN ('album', 'ep', 'single', 'compilation')),
    released_on date NOT NULL,
    record_label text
);

CREATE TABLE tracks (
    track_id integer PRIMARY KEY,
    album_id integer NOT NULL REFERENCES albums,
    track_number integer NOT NULL,
    title text NOT NULL,
    duration_seconds integer NOT NULL,
    is_explicit boolean NOT NULL DEFAULT false,
    featured_artist_id integer REFERENCES artists (artist_id)
);

CREATE TABLE users (
    user_id integer PRIMARY KEY,
    username text NOT NULL UNIQUE,
    email text NOT NULL UNIQUE,
    country text NOT NULL,
    birth_year integer,
    signed_up_on date NOT NULL
);

CREATE TABLE subscriptions (
    subscription_id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users,
    plan plan_tier NOT NULL,
    monthly_price_eur numeric(6, 2) NOT NULL,
    started_on date NOT NULL,
    ended_on date,
    auto_renew boolean NOT NULL DEFAULT true
);

CREATE TABLE playlists (
    playlist_id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES users (user_id),
    name text NOT NULL,
    description text,
    is_public boolean NOT NULL DEFAULT true,
    created_at timestamp NOT NULL
);

CREATE TABLE playlist_tracks (
    playlist_id integer NOT NULL REFERENCES playlists,
    track_id integer NOT NULL REFERENCES tracks,
    position integer NOT NULL,
    added_at timestamp NOT NULL,
    PRIMARY KEY (playlist_id, track_id)
);

CREATE TABLE plays (
    play_id bigint PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users,
    track_id integer NOT NULL REFERENCES tracks,
    played_at timestamp NOT NULL,
    seconds_played integer NOT NULL,
    device text NOT NULL CHECK (device IN ('phone', 'desktop', 'web', 'smart_speaker', 'car')),
    skipped boolean NOT NULL DEFAULT false
);

INSERT INTO artists VALUES
    (1, 'The Velvet Harbour', 'United Kingdom', 'indie rock', 2009, true),
    (2, 'Luna Ferreira', 'Brazil', 'bossa nova', NULL, true),
    (3, 'Kasimir Holt', 'Germany', 'techno', 2012, false),
    (4, 'Midnight Orchard', 'United States', 'folk', 2015, true),
    (5, 'Aiko Tanabe', 'Japan', 'city pop', NULL, true),
    (6, 'Brass Lanterns', 'United States', 'jazz', 1998, false),
    (7, 'Sofia Marchetti', 'Italy', 'pop', NULL, true),
    (8, 'Northern Static', 'Canada', 'indie rock', 2018, false),
    (9, 'DJ Okonkwo', 'Nigeria', 'afrobeats', 2016, true),
    (10, 'Elin Sandberg', 'Sweden', 'pop', NULL, true),
    (11, 'Paper Cranes', 'Australia', 'dream pop', 2013, false),
    (12, 'Mateo Ruiz', 'Spain', 'flamenco', NULL, false),
    (13, 'Greywater', 'Ireland', 'folk', 2007, true),
    (14, 'Nova Sekou', 'France', 'hip hop', 2019, true),
    (15, 'The Copper Kites', 'United Kingdom', 'britpop', 1994, false),
    (16, 'Hana Lee', 'South Korea', 'k-pop', NULL, true),
    (17, 'Cold Meridian', 'Norway', 'metal', 2004, false),
    (18, 'Rafael Quintero', 'Mexico', 'latin', NULL, true),
    (19, 'Saltmarsh', 'United Kingdom', 'ambient', 2011, false),
    (20, 'Amara Diallo', 'Senegal', 'afrobeats', NULL, true),
    (21, 'Velour Club', 'France', 'house', 2014, false),
    (22, 'Jonah Whitfield', 'United States', 'country', NULL, false),
    (23, 'Static Bloom', 'Germany', 'techno', 2020, false),
    (24, 'Iris Okafor', 'Nigeria', 'r&b', NULL, true),
    (25, 'Tiny Fires', 'Canada', 'punk', 2017, false);

INSERT INTO albums
SELECT i,
       1 + (i * 7) % 25,
       (ARRAY['Midnight', 'Golden', 'Paper', 'Electric', 'Quiet', 'Broken', 'Silver', 'Wild',
              'Hollow', 'Northern'])[1 + (i - 1) % 10]
       || ' ' ||
       (ARRAY['Rivers', 'Hearts', 'Summers', 'Signals', 'Gardens'])[1 + (i - 1) / 10],
       CASE WHEN i % 11 = 0 THEN 'single' WHEN i % 7 = 0 THEN 'ep'
            WHEN i = 25 THEN 'compilation' ELSE 'album' END,
       CASE WHEN i > 47 THEN current_date - (i - 47) * 25
            ELSE date '2001-03-16' + i * 167 END,
       CASE WHEN i % 6 = 0 THEN NULL
            ELSE (ARRAY['Northwave Records', 'Blue Fern', 'Atlas Music', 'Kobalt Sound'])[1 + i % 4]
       END
FROM generate_series(1, 50) AS i;

INSERT INTO tracks
SELECT i,
       1 + (i - 1) / 6,
       1 + (i - 1) % 6,
       (ARRAY['Falling', 'Burning', 'Dancing', 'Waiting', 'Running', 'Dreaming', 'Drifting',
              'Calling', 'Fading', 'Chasing', 'Holding', 'Breaking', 'Singing', 'Walking',
              'Turning', 'Counting', 'Shining', 'Sleeping', 'Floating', 'Leaving'])
           [1 + (i - 1) % 20]
       || ' ' ||
       (ARRAY['Home', 'Light', 'Slowly', 'Again', 'Away', 'Stars', 'Tonight', 'Forever', 'Rain',
              'Shadows', 'Gold', 'Water', 'Fire', 'Echoes', 'North'])[1 + (i - 1) / 20],
       120 + (i * 149) % 311,
       i % 5 = 0,
       CASE WHEN i % 13 = 0 THEN 1 + (i * 3) % 25 END
FROM generate_series(1, 300) AS i;

INSERT INTO users
SELECT i,
       (ARRAY['maya', 'lukas', 'zoe', 'kofi', 'ines', 'tomasz', 'aria', 'finn', 'leila', 'sven',
              'noor', 'diego', 'hugo', 'yuki', 'clara', 'omar', 'elsa', 'ravi', 'nina', 'jonas'])
           [1 + (i - 1) % 20] || '_' || (CASE WHEN i <= 20 THEN 'beats' ELSE 'tunes' END),
       'user' || i || '@listen.example',
       (ARRAY['Germany', 'France', 'United Kingdom', 'Spain', 'Brazil', 'United States',
              'Germany', 'Poland', 'Sweden', 'Japan'])[1 + i % 10],
       CASE WHEN i % 8 = 0 THEN NULL ELSE 1962 + (i * 17) % 45 END,
       CASE WHEN i > 37 THEN current_date - (i - 37) * 12
            ELSE date '2018-02-11' + i * 71 END
FROM generate_series(1, 40) AS i;

INSERT INTO subscriptions
SELECT i,
       i,
       (ARRAY['free', 'premium', 'student', 'premium', 'family', 'free', 'premium'])
           [1 + i % 7]::plan_tier,
       CASE 1 + i % 7 WHEN 1 THEN 0 WHEN 6 THEN 0 WHEN 3 THEN 5.99 WHEN 5 THEN 17.99
                      ELSE 10.99 END,
       (SELECT signed_up_on FROM users WHERE user_id = i),
       CASE WHEN i % 9 = 0 THEN (SELECT signed_up_on FROM users WHERE user_id = i) + 200 END,
       i % 4 <> 0
FROM generate_series(1, 36) AS i;

INSERT INTO playlists
SELECT i,
       1 + (i * 5) % 33,
       (ARRAY['Morning Run', 'Deep Focus', 'Sunday Chill', 'Road Trip', 'Late Night Drive',
              'Gym Bangers', 'Rainy Days', 'Study Beats', 'Dinner Party', 'Throwbacks',
              'Summer Hits', 'Sleep Sounds', 'Kitchen Disco', 'Coffee Shop', 'Heartbreak',
              'Indie Finds', 'Workout Mix', 'Lazy Sunday', 'Party Starters', 'Acoustic Evenings',
              'Commute', 'Focus Flow', 'Old Favourites', 'New Releases', 'Wedding Songs',
              'Beach Vibes', 'Winter Warmers', 'Jazz Nights', 'Festival Warmup', 'Quiet Hours'])[i],
       CASE WHEN i % 3 = 0 THEN NULL ELSE 'A mix for ' || lower((ARRAY['mornings', 'evenings',
            'weekends', 'work'])[1 + i % 4]) END,
       i % 4 <> 2,
       timestamp '2021-05-04 18:30' + i * interval '23 days 7 hours'
FROM generate_series(1, 30) AS i;

INSERT INTO playlist_tracks
SELECT p.playlist_id,
       1 + (p.playlist_id * 31 + k * 17) % 300,
       k,
       p.created_at + k * interval '2 days'
FROM playlists AS p, generate_series(1, 3 + p.playlist_id % 8) AS k
WHERE p.playlist_id % 10 <> 0;

INSERT INTO plays
SELECT i,
       1 + (i * 7) % 34,
       1 + (i * 53) % 287,
       CASE WHEN i > 380 THEN current_date - (400 - i) * 5 - interval '4 hours'
            ELSE timestamp '2025-01-01 07:10' + i * interval '19 hours 13 minutes' END,
       5 + (i * 41) % 300,
       (ARRAY['phone', 'phone', 'desktop', 'web', 'phone', 'smart_speaker', 'car'])[1 + i % 7],
       5 + (i * 41) % 300 < 30
FROM generate_series(1, 400) AS i;
"""
