"""A conference ticketing schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

CONFERENCE: Final = """
CREATE TYPE event_status AS ENUM ('draft', 'on_sale', 'sold_out', 'cancelled', 'completed');
CREATE TYPE ticket_status AS ENUM ('reserved', 'paid', 'refunded');

CREATE TABLE venues (
    venue_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    country text NOT NULL,
    capacity integer NOT NULL CHECK (capacity > 0),
    day_rate_eur numeric(10, 2) NOT NULL,
    has_step_free_access boolean NOT NULL DEFAULT true,
    contact_email text
);

CREATE TABLE events (
    event_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    venue_id integer NOT NULL REFERENCES venues,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    status event_status NOT NULL DEFAULT 'draft',
    is_hybrid boolean NOT NULL DEFAULT false,
    sales_open_on date,
    CHECK (ends_on >= starts_on)
);
COMMENT ON COLUMN events.is_hybrid IS 'also streamed online to remote ticket holders';
COMMENT ON COLUMN events.sales_open_on IS 'NULL until ticket sales are scheduled';

CREATE TABLE speakers (
    speaker_id integer PRIMARY KEY,
    full_name text NOT NULL,
    company text,
    country text NOT NULL,
    email text,
    fee_eur numeric(8, 2) NOT NULL DEFAULT 0,
    is_first_time boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN speakers.company IS 'NULL for independent speakers';
COMMENT ON COLUMN speakers.fee_eur IS 'honorarium agreed per talk; 0 for community speakers';

CREATE TABLE sessions (
    session_id integer PRIMARY KEY,
    event_id integer NOT NULL REFERENCES events,
    title text NOT NULL UNIQUE,
    format text NOT NULL
        CHECK (format IN ('keynote', 'talk', 'workshop', 'panel', 'lightning')),
    level text NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
    room text NOT NULL,
    starts_at timestamp NOT NULL,
    duration_minutes integer NOT NULL,
    is_recorded boolean NOT NULL DEFAULT true
);

CREATE TABLE session_speakers (
    session_id integer NOT NULL REFERENCES sessions,
    speaker_id integer NOT NULL REFERENCES speakers,
    role text NOT NULL DEFAULT 'speaker' CHECK (role IN ('speaker', 'moderator')),
    PRIMARY KEY (session_id, speaker_id)
);

CREATE TABLE ticket_types (
    ticket_type_id integer PRIMARY KEY,
    event_id integer NOT NULL REFERENCES events,
    tier text NOT NULL CHECK (tier IN ('early_bird', 'standard', 'vip', 'student')),
    price_eur numeric(8, 2) NOT NULL,
    quantity integer NOT NULL,
    includes_workshops boolean NOT NULL DEFAULT false,
    UNIQUE (event_id, tier)
);

CREATE TABLE attendees (
    attendee_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text NOT NULL UNIQUE,
    company text,
    country text NOT NULL,
    signed_up_at timestamp NOT NULL,
    referred_by integer REFERENCES attendees (attendee_id),
    dietary_requirement text
        CHECK (dietary_requirement IN ('vegetarian', 'vegan', 'gluten_free', 'halal')),
    marketing_opt_in boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN attendees.referred_by IS 'the attendee whose referral link they signed up with';

CREATE TABLE tickets (
    ticket_id integer PRIMARY KEY,
    ticket_type_id integer NOT NULL REFERENCES ticket_types,
    attendee_id integer NOT NULL REFERENCES attendees,
    purchased_at timestamp NOT NULL,
    status ticket_status NOT NULL,
    discount_code text,
    price_paid_eur numeric(8, 2),
    checked_in_at timestamp
);
COMMENT ON COLUMN tickets.price_paid_eur IS 'after any discount; NULL while only reserved';
COMMENT ON COLUMN tickets.checked_in_at IS 'NULL until the badge is scanned at the door';

INSERT INTO venues VALUES
    (1, 'Lisbon Congress Centre', 'Lisbon', 'Portugal', 3200, 18500, true,
     'events@lisboncongress.pt'),
    (2, 'Kulturbrauerei', 'Berlin', 'Germany', 1400, 9200, false, NULL),
    (3, 'RAI Hall 7', 'Amsterdam', 'Netherlands', 2500, 16800, true, 'hall7@rai.nl'),
    (4, 'Convention Quay', 'Dublin', 'Ireland', 2000, 14250, true, 'bookings@cquay.ie'),
    (5, 'Fira Montjuic', 'Barcelona', 'Spain', 5000, 24900, true, 'venues@firamontjuic.es'),
    (6, 'ICE Krakow', 'Krakow', 'Poland', 1900, 7600, true, 'sales@icekrakow.pl'),
    (7, 'Manchester Central', 'Manchester', 'United Kingdom', 4000, 21300, true,
     'hello@manchestercentral.co.uk'),
    (8, 'Bella Sky Centre', 'Copenhagen', 'Denmark', 2800, 19750, true, NULL),
    (9, 'Hofburg Redoutensaal', 'Vienna', 'Austria', 900, 12400, false,
     'redoute@hofburg.at'),
    (10, 'Station Berlin', 'Berlin', 'Germany', 3600, 15600, true, 'info@station-berlin.de'),
    (11, 'Creative Hub Telliskivi', 'Tallinn', 'Estonia', 700, 4300, false, NULL),
    (12, 'Alfandega Congress Centre', 'Porto', 'Portugal', 1100, 8150, true,
     'congress@alfandegaporto.pt');

INSERT INTO events
SELECT i,
       (ARRAY['Cloud Native Summit', 'PyCon Iberia', 'Frontend Forward', 'Data Engineering Days',
              'Rust Nation Europe', 'DevSecOps Forum', 'Product Leaders Meetup',
              'AI Builders Conference', 'Mobile Dev Week', 'Postgres Community Day',
              'Green Software Summit', 'UX Research Live', 'Platform Engineering Con',
              'JavaScript Nordic', 'Kubernetes Operators Day', 'Startup Growth Forum',
              'Observability Camp', 'Women in Tech Assembly', 'GameDev Spring Jam',
              'Accessibility Matters', 'BSides Harbour', 'Data Viz Festival', 'Serverless Days',
              'Quantum Computing Forum'])[i],
       CASE WHEN i % 5 = 0 THEN 7 WHEN i % 8 = 3 THEN 10 ELSE 1 + (i * 7) % 10 END,
       d.starts_on,
       d.starts_on + i % 3,
       (CASE WHEN i % 7 = 0 THEN 'cancelled' WHEN i <= 17 THEN 'completed'
             WHEN i = 19 THEN 'sold_out' WHEN i >= 23 THEN 'draft' ELSE 'on_sale' END)
           ::event_status,
       i % 4 = 1,
       CASE WHEN i < 23 THEN least(d.starts_on - 120, current_date - 90 - i) END
FROM generate_series(1, 24) AS i,
     LATERAL (SELECT CASE WHEN i <= 12 THEN date '2022-03-14' + i * 67
                          ELSE current_date + (i - 18) * 37 + 5 END AS starts_on) AS d;

INSERT INTO speakers
SELECT i,
       (ARRAY['Ana', 'Bastian', 'Chiara', 'Dmitri', 'Elif', 'Finn', 'Greta', 'Hugo', 'Ingrid',
              'Jonas', 'Katarzyna', 'Luca', 'Maja', 'Nikolai', 'Olga', 'Pablo', 'Quentin',
              'Rosa', 'Sven', 'Tereza', 'Ulrich', 'Valentina', 'Wouter', 'Ximena', 'Yusuf',
              'Zofia', 'Aoife', 'Bruno', 'Camille', 'Dario', 'Eva', 'Felix', 'Gianna', 'Henrik',
              'Irene', 'Joao', 'Kirsten', 'Lars', 'Marta', 'Niamh'])[i]
       || ' ' ||
       (ARRAY['Lopez', 'Schmidt', 'Rossi', 'Novak', 'Kaya', 'Berg', 'Jensen', 'Dubois',
              'Kowalski', 'Silva', 'Horvath', 'Fischer', 'Moreau', 'Lindqvist', 'Ivanova',
              'Costa', 'Murphy', 'Bakker', 'Nieminen', 'Petrov', 'Romano', 'Sorensen', 'Varga',
              'Weber', 'Yilmaz', 'Zielinski', 'Andersen', 'Brennan', 'Castillo', 'De Vries',
              'Eriksen', 'Ferreira', 'Gallagher', 'Hansen', 'Keller', 'Larsen', 'Marino',
              'Olsen', 'Pereira', 'Quinn'])[1 + (i * 11) % 40],
       CASE WHEN i % 6 = 0 THEN NULL
            ELSE (ARRAY['Zalando', 'Spotify', 'Adyen', 'Booking.com', 'SAP', 'Klarna', 'Wise',
                        'Elastic', 'Grafana Labs', 'Aiven', 'JetBrains', 'Red Hat'])[1 + i % 12]
       END,
       (ARRAY['Spain', 'Germany', 'Italy', 'Czechia', 'Turkey', 'Sweden', 'Denmark', 'France',
              'Poland', 'Portugal'])[1 + (i * 3) % 10],
       CASE WHEN i % 8 <> 0 THEN 'speaker' || i || '@talks.example.org' END,
       CASE WHEN i % 4 = 0 THEN 0 ELSE 400 + (i * 379) % 3000 END,
       i % 5 = 2
FROM generate_series(1, 40) AS i;

INSERT INTO sessions
SELECT i,
       e.event_id,
       (ARRAY['Scaling', 'Debugging', 'Testing', 'Securing', 'Observing', 'Migrating',
              'Designing', 'Profiling', 'Deploying', 'Refactoring'])[1 + i % 10]
       || ' ' ||
       (ARRAY['Postgres', 'Kubernetes clusters', 'React apps', 'Python services',
              'data pipelines', 'event streams', 'mobile apps', 'LLM agents',
              'edge functions'])[1 + (i / 10) % 9],
       f.format,
       (ARRAY['beginner', 'intermediate', 'intermediate', 'advanced'])[1 + (i * 3) % 4],
       CASE f.format WHEN 'keynote' THEN 'Main Hall' WHEN 'workshop' THEN 'Workshop Lab'
            ELSE (ARRAY['Room A', 'Room B', 'Room C', 'Main Hall'])[1 + i % 4] END,
       e.starts_on + (i % (1 + e.ends_on - e.starts_on)) + interval '9 hours'
           + (i % 8) * interval '55 minutes',
       CASE f.format WHEN 'keynote' THEN 45 WHEN 'workshop' THEN 120 + (i % 2) * 60
            WHEN 'panel' THEN 50 WHEN 'lightning' THEN 10 ELSE 30 + (i % 3) * 10 END,
       f.format <> 'workshop' AND i % 4 <> 0
FROM generate_series(0, 89) AS i
JOIN events AS e ON e.event_id = CASE WHEN i < 66 THEN 1 + (i * 9) % 22 ELSE 1 + (i * i) % 19 END,
LATERAL (SELECT CASE WHEN i % 11 = 0 THEN 'keynote' WHEN i % 7 = 0 THEN 'workshop'
                     WHEN i % 9 = 0 THEN 'panel' WHEN i % 5 = 0 THEN 'lightning'
                     ELSE 'talk' END AS format) AS f;

INSERT INTO session_speakers
SELECT s.session_id, 1 + (s.session_id * 7) % 34, 'speaker' FROM sessions AS s
UNION ALL
SELECT s.session_id, 1 + (s.session_id * 5 + 2) % 13, 'speaker' FROM sessions AS s
WHERE s.session_id % 3 = 0 AND (s.session_id * 7) % 34 <> (s.session_id * 5 + 2) % 13
UNION ALL
SELECT s.session_id, 35 + s.session_id % 3, 'moderator' FROM sessions AS s
WHERE s.format = 'panel';

INSERT INTO ticket_types
SELECT (e.event_id - 1) * 4 + k,
       e.event_id,
       (ARRAY['early_bird', 'standard', 'vip', 'student'])[k],
       CASE k WHEN 1 THEN 149 + (e.event_id * 23) % 120 WHEN 2 THEN 249 + (e.event_id * 41) % 200
              WHEN 3 THEN 690 + (e.event_id * 97) % 600 ELSE 49 + (e.event_id * 7) % 60 END,
       CASE k WHEN 3 THEN 40 + e.event_id * 3 WHEN 4 THEN 100 ELSE 300 + e.event_id * 25 END,
       k = 3 OR (k = 2 AND e.event_id % 4 = 0)
FROM events AS e, generate_series(1, 4) AS k
WHERE k < 4 OR e.event_id % 3 = 0;

INSERT INTO attendees
SELECT i,
       (ARRAY['Aleksander', 'Beatriz', 'Ciaran', 'Daphne', 'Emre', 'Fatima', 'Gustav', 'Hana',
              'Ivo', 'Jasmin', 'Kai', 'Leonie', 'Mateo', 'Nadia', 'Oskar', 'Paula', 'Rafael',
              'Saskia', 'Tomas', 'Ursula', 'Viktor', 'Wiebke', 'Yannick', 'Zara', 'Anton',
              'Bianca', 'Cem', 'Dora', 'Elias', 'Freja'])[1 + i % 30]
       || ' ' ||
       (ARRAY['Albrecht', 'Barros', 'Carvalho', 'Dahl', 'Engel', 'Fontaine', 'Gruber', 'Haas',
              'Iglesias', 'Janssen', 'Kovac', 'Lehmann', 'Magnusson', 'Nowak', 'Ortega',
              'Pohl', 'Rasmussen', 'Santos', 'Toth', 'Uhlig', 'Vogel', 'Wagner', 'Zimmermann',
              'Aalto', 'Bianchi', 'Conti', 'Duarte', 'Esposito', 'Falk'])[1 + (i * 7) % 29],
       'attendee' || i || '@mail.example.com',
       CASE WHEN i % 5 = 0 THEN NULL
            ELSE (ARRAY['Siemens', 'Philips', 'Nokia', 'Ericsson', 'Bosch', 'Unity',
                        'Shopify', 'ING', 'Allianz', 'Decathlon'])[1 + (i * 3) % 10] END,
       (ARRAY['Germany', 'Portugal', 'Netherlands', 'Ireland', 'Spain', 'Poland',
              'United Kingdom', 'Denmark'])[1 + (i * 3 + i / 8) % 8],
       CASE WHEN i <= 60 THEN timestamp '2022-01-10 08:30' + i * interval '17 days 3 hours'
            ELSE current_date - (150 - i) * 5 + interval '10 hours'
                 + (i % 9) * interval '47 minutes' END,
       CASE WHEN i % 7 = 0 AND i > 10 THEN 1 + (i * 3) % 40 END,
       CASE i % 10 WHEN 1 THEN 'vegetarian' WHEN 4 THEN 'vegan' WHEN 7 THEN 'gluten_free'
                   WHEN 9 THEN CASE WHEN i % 3 = 0 THEN 'halal' END END,
       i % 3 <> 1
FROM generate_series(1, 150) AS i;

INSERT INTO tickets
SELECT i,
       tt.ticket_type_id,
       1 + (i * 17) % 140,
       p.purchased_at,
       s.status,
       CASE WHEN s.status <> 'reserved' THEN
           CASE WHEN i % 6 = 0 THEN 'COMMUNITY20' WHEN i % 11 = 0 THEN 'TEAM10' END END,
       CASE WHEN s.status <> 'reserved' THEN
           round(tt.price_eur * CASE WHEN i % 6 = 0 THEN 0.8 WHEN i % 11 = 0 THEN 0.9
                                     ELSE 1 END, 2) END,
       CASE WHEN e.ends_on < current_date AND s.status = 'paid' AND i % 8 <> 0
            THEN e.starts_on + interval '8 hours' + (i % 90) * interval '1 minute' END
FROM generate_series(1, 300) AS i
CROSS JOIN LATERAL (SELECT CASE WHEN i > 255 THEN 19 ELSE 1 + (i * 7) % 22 END AS event_id) AS pick
JOIN ticket_types AS tt
    ON tt.ticket_type_id = (pick.event_id - 1) * 4
       + CASE WHEN pick.event_id % 3 = 0 AND i % 7 = 0 THEN 4 WHEN i % 10 = 0 THEN 3
              WHEN i % 10 < 4 THEN 1 ELSE 2 END
JOIN events AS e ON e.event_id = tt.event_id,
LATERAL (SELECT CASE WHEN e.starts_on > current_date
                     THEN current_date - (i * 13) % 90 + interval '7 hours'
                     ELSE e.starts_on - 1 - (i * 7) % 100 + interval '12 hours' END
                + (i % 11) * interval '61 minutes' AS purchased_at) AS p,
LATERAL (SELECT (CASE WHEN e.status = 'cancelled' OR i % 19 = 0 THEN 'refunded'
                      WHEN e.starts_on > current_date AND i % 5 = 0 THEN 'reserved'
                      ELSE 'paid' END)::ticket_status AS status) AS s;
"""
