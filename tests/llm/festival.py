"""A film festival schema with deterministic rows: amounts kept in scales, spans between dates."""

from typing import Final

FESTIVAL: Final = """
CREATE TABLE venues (
    venue_id integer PRIMARY KEY,
    name     text NOT NULL,
    city     text NOT NULL,
    capacity integer NOT NULL,
    rent_eur numeric(8, 2) NOT NULL
);

CREATE TABLE films (
    film_id         integer PRIMARY KEY,
    title           text NOT NULL,
    budget_usd_m    numeric(6, 2) NOT NULL,
    gross_usd_k     numeric(10, 1),
    runtime_minutes integer NOT NULL,
    premiered_on    date NOT NULL
);

CREATE TABLE screenings (
    screening_id integer PRIMARY KEY,
    film_id      integer NOT NULL REFERENCES films,
    venue_id     integer NOT NULL REFERENCES venues,
    starts_at    timestamp NOT NULL,
    ends_at      timestamp NOT NULL,
    turnout      integer,
    ticket_limit integer NOT NULL
);

CREATE TABLE residencies (
    residency_id integer PRIMARY KEY,
    artist       text NOT NULL,
    venue_id     integer NOT NULL REFERENCES venues,
    begins_on    date NOT NULL,
    ends_on      date NOT NULL,
    fee_eur      numeric(8, 2) NOT NULL
);

INSERT INTO venues VALUES
    (1, 'Old Mill Hall', 'Ghent', 420, 2500.00),
    (2, 'Harbour Screen', 'Antwerp', 180, 3400.00),
    (3, 'Cinema Nova', 'Ghent', 95, 1200.00),
    (4, 'The Glasshouse', 'Bruges', 260, 4100.00);

INSERT INTO films VALUES
    (1, 'Northern Lights', 12.50, 3400.0, 104, '2025-02-11'),
    (2, 'The Quiet Orchard', 48.00, 156000.0, 131, '2024-09-03'),
    (3, 'Paper Harbour', 2.10, 880.5, 92, '2025-05-20'),
    (4, 'Iron Meadow', 115.00, 402000.0, 148, '2023-11-17'),
    (5, 'Salt and Smoke', 19.90, NULL, 99, '2025-08-01'),
    (6, 'Glass Rivers', 67.25, 2450.0, 117, '2024-04-28');

INSERT INTO screenings VALUES
    (1, 1, 1, '2026-03-01 18:00', '2026-03-01 20:00', 390, 400),
    (2, 2, 2, '2026-03-01 20:30', '2026-03-01 23:00', 170, 180),
    (3, 3, 3, '2026-03-02 14:00', '2026-03-02 15:40', 61, 90),
    (4, 4, 4, '2026-03-02 19:00', '2026-03-02 21:45', 248, 250),
    (5, 5, 1, '2026-03-03 17:00', '2026-03-03 18:50', NULL, 420),
    (6, 6, 3, '2026-03-03 21:00', '2026-03-03 23:05', 88, 95),
    (7, 2, 4, '2026-03-04 16:00', '2026-03-04 18:30', 205, 120);

INSERT INTO residencies VALUES
    (1, 'Mara Velde', 1, '2026-01-05', '2026-02-16', 4200.00),
    (2, 'Jonas Pike', 2, '2026-01-12', '2026-01-26', 1800.00),
    (3, 'Ines Carrow', 3, '2026-02-01', '2026-02-22', 2600.00),
    (4, 'Tobias Wren', 4, '2026-02-10', '2026-02-17', 950.00),
    (5, 'Lotte Haze', 1, '2026-03-01', '2026-06-15', 7300.00);
"""
