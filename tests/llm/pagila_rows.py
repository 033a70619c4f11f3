"""Deterministic rows for the Pagila schema (which ships without data), for planner tests."""

from typing import Final

ROWS: Final = """
SET search_path = public;
SET session_replication_role = replica;  -- store and staff reference each other
INSERT INTO language (language_id, name) VALUES (1, 'English'), (2, 'Italian'), (3, 'Japanese');
INSERT INTO category (category_id, name) VALUES (1, 'Action'), (2, 'Comedy'), (3, 'Drama'),
    (4, 'Horror'), (5, 'Family'), (6, 'Documentary');
INSERT INTO film (film_id, title, language_id, rental_duration, rental_rate, length,
                  replacement_cost, rating, release_year, fulltext)
SELECT i, a.adj || ' ' || n.noun, 1 + (i % 5) / 3, 3 + i % 5, (ARRAY[0.99, 2.99, 4.99])[1 + i % 3],
       60 + (i * 7) % 120, 9.99 + i % 20,
       (ARRAY['G', 'PG', 'PG-13', 'R', 'NC-17'])[1 + (i * 3) % 5]::mpaa_rating, 2000 + i % 20,
       to_tsvector('english', a.adj || ' ' || n.noun)
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['ACADEMY', 'BLUE', 'GOLDEN', 'SILENT', 'WILD', 'ZOO'])
    [1 + (i - 1) / 10] AS adj) a
CROSS JOIN LATERAL (SELECT (ARRAY['DINOSAUR', 'RIVER', 'EMPIRE', 'GHOST', 'HARBOR', 'MOUNTAIN',
    'PILOT', 'QUEEN', 'STORM', 'WINDOW'])[1 + (i - 1) % 10] AS noun) n;
INSERT INTO film_category (film_id, category_id) SELECT i, 1 + i % 6 FROM generate_series(1, 60) i;
INSERT INTO actor (actor_id, first_name, last_name)
SELECT i, (ARRAY['PENELOPE', 'NICK', 'ED', 'JENNIFER', 'JOHNNY'])[1 + i % 5],
       (ARRAY['GUINESS', 'WAHLBERG', 'CHASE', 'DAVIS'])[1 + i % 4]
FROM generate_series(1, 20) i;
INSERT INTO film_actor (actor_id, film_id)
SELECT DISTINCT 1 + (f * k * 7) % 20, f FROM generate_series(1, 60) f, generate_series(1, 3) k;
INSERT INTO country (country_id, country) VALUES (1, 'Canada'), (2, 'Spain'), (3, 'Japan'),
    (4, 'Brazil');
INSERT INTO city (city_id, city, country_id) VALUES (1, 'Toronto', 1), (2, 'Vancouver', 1),
    (3, 'Madrid', 2), (4, 'Sevilla', 2), (5, 'Osaka', 3), (6, 'Tokyo', 3), (7, 'Recife', 4),
    (8, 'Santos', 4);
INSERT INTO address (address_id, address, district, city_id, phone)
SELECT i, i || ' Main Street', 'District ' || (1 + i % 3), 1 + i % 8, '555-' || i
FROM generate_series(1, 44) i;
INSERT INTO staff (staff_id, first_name, last_name, address_id, store_id, username)
VALUES (1, 'Mike', 'Hillyer', 41, 1, 'mike'), (2, 'Jon', 'Stephens', 42, 2, 'jon');
INSERT INTO store (store_id, manager_staff_id, address_id) VALUES (1, 1, 43), (2, 2, 44);
INSERT INTO customer (customer_id, store_id, first_name, last_name, email, address_id,
                      activebool, create_date, active)
SELECT i, 1 + i % 2, (ARRAY['MARY', 'PATRICIA', 'LINDA', 'BARBARA', 'ELIZABETH', 'JENNIFER',
       'MARIA', 'SUSAN'])[1 + i % 8], (ARRAY['SMITH', 'JOHNSON', 'WILLIAMS', 'JONES', 'BROWN'])
       [1 + i % 5], 'customer' || i || '@example.org', i, i % 7 <> 0,
       date '2021-06-01' + i * 11, CASE WHEN i % 7 <> 0 THEN 1 ELSE 0 END
FROM generate_series(1, 40) i;
INSERT INTO inventory (inventory_id, film_id, store_id)
SELECT i, 1 + i % 60, 1 + i % 2 FROM generate_series(1, 120) i;
INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id)
SELECT i, timestamptz '2022-02-01 10:00+00' + i * interval '9 hours', 1 + (i * 13) % 120,
       1 + (i * 7) % 40,
       CASE WHEN i % 9 <> 0 THEN timestamptz '2022-02-04 10:00+00' + i * interval '9 hours' END,
       1 + i % 2
FROM generate_series(1, 300) i;
INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date)
SELECT r.rental_id, r.customer_id, r.staff_id, r.rental_id, (ARRAY[0.99, 2.99, 4.99, 7.99])
       [1 + r.rental_id % 4], r.rental_date + interval '1 hour'
FROM rental r WHERE r.return_date IS NOT NULL;
SET session_replication_role = origin;
ANALYZE;
"""
