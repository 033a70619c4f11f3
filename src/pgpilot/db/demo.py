"""The `demo` target: a small shop with deterministic data, made by pgpilot on first start."""

import psycopg

SCHEMA = """
CREATE TABLE customers (
    id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL,
    email       text NOT NULL UNIQUE,
    country     text NOT NULL,
    city        text NOT NULL,
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE customers IS 'People and companies who buy from the shop.';
COMMENT ON COLUMN customers.is_active IS 'False once a customer closed their account.';

CREATE TABLE products (
    id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku           text NOT NULL UNIQUE,
    name          text NOT NULL,
    category      text NOT NULL,
    price         numeric(10, 2) NOT NULL CHECK (price >= 0),
    stock         integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
    discontinued  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE products IS 'The catalogue: everything the shop sells.';
COMMENT ON COLUMN products.price IS 'Current list price in EUR.';
COMMENT ON COLUMN products.stock IS 'Units in the warehouse now.';

CREATE TABLE orders (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status       text NOT NULL DEFAULT 'pending'
                 CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    ordered_at   timestamptz NOT NULL,
    shipped_at   timestamptz,
    total        numeric(12, 2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE orders IS 'One order per checkout; deleting a customer deletes their orders.';
COMMENT ON COLUMN orders.total IS 'Sum of the order''s items in EUR.';
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_status_idx ON orders (status);

CREATE TABLE order_items (
    order_id    integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no     smallint NOT NULL,
    product_id  integer NOT NULL REFERENCES products (id) ON DELETE RESTRICT,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(10, 2) NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
COMMENT ON TABLE order_items IS 'Lines of an order: which product, how many, at what price.';
CREATE INDEX order_items_product_idx ON order_items (product_id);

CREATE TABLE payments (
    id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    amount    numeric(12, 2) NOT NULL CHECK (amount > 0),
    method    text NOT NULL CHECK (method IN ('card', 'paypal', 'bank_transfer')),
    paid_at   timestamptz NOT NULL
);
COMMENT ON TABLE payments IS 'Money received for orders.';
CREATE INDEX payments_order_idx ON payments (order_id);

CREATE VIEW customer_order_summary AS
SELECT c.id AS customer_id, c.name, c.country,
       count(o.id) AS orders, coalesce(sum(o.total), 0) AS lifetime_value,
       max(o.ordered_at) AS last_order_at
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status <> 'cancelled'
GROUP BY c.id, c.name, c.country;
COMMENT ON VIEW customer_order_summary
    IS 'Orders and spend per customer, cancelled orders excluded.';
"""

# Deterministic: every value is a function of the row number, so every install is alike.
DATA = """
INSERT INTO customers (name, email, country, city, is_active, created_at)
SELECT f.name || ' ' || l.name,
       lower(f.name || '.' || l.name || i) || '@example.com',
       p.country, p.city, i % 23 <> 0,
       timestamptz '2024-01-01 09:00+00' + (i * interval '7 hours 13 minutes')
FROM generate_series(1, 800) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Ada','Alan','Grace','Linus','Margaret','Edsger','Barbara',
    'Donald','Frances','Ken','Radia','Tim','Sophie','Niklaus','Hedy','John'])[1 + i % 16] AS name) f
CROSS JOIN LATERAL (SELECT (ARRAY['Lovelace','Turing','Hopper','Torvalds','Hamilton','Dijkstra',
    'Liskov','Knuth','Allen','Thompson','Perlman','Berners','Wilson','Wirth','Lamarr','Backus',
    'Ritchie'])[1 + (i * 7) % 17] AS name) l
CROSS JOIN LATERAL (SELECT (ARRAY['France','Germany','Spain','Italy','Netherlands','Portugal',
    'Sweden','Poland'])[1 + i % 8] AS country,
    (ARRAY['Paris','Berlin','Madrid','Rome','Amsterdam','Lisbon','Stockholm','Warsaw'])[1 + i % 8]
    AS city) p;

INSERT INTO products (sku, name, category, price, stock, discontinued)
SELECT 'SKU-' || lpad(i::text, 5, '0'),
       a.adj || ' ' || n.noun,
       n.category,
       round((4.5 + (i * 37) % 240 + ((i * 13) % 100) / 100.0)::numeric, 2),
       (i * 53) % 400,
       i % 29 = 0
FROM generate_series(1, 150) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Classic','Compact','Deluxe','Eco','Pro','Smart','Travel',
    'Ultra','Vintage','Wireless'])[1 + i % 10] AS adj) a
CROSS JOIN LATERAL (SELECT (ARRAY['Kettle','Lamp','Backpack','Headphones','Notebook','Mug',
    'Chair','Keyboard','Umbrella','Watch','Blender','Speaker','Jacket','Tent','Bicycle'])
    [1 + i % 15] AS noun,
    (ARRAY['kitchen','home','outdoor','electronics','office','kitchen','home','electronics',
    'outdoor','accessories','kitchen','electronics','clothing','outdoor','sports'])[1 + i % 15]
    AS category) n;

INSERT INTO orders (customer_id, status, ordered_at, shipped_at)
SELECT 1 + (i * 31) % 800,
       s.status,
       timestamptz '2025-01-01 08:00+00' + (i * interval '3 hours 7 minutes'),
       CASE WHEN s.status IN ('shipped', 'delivered')
            THEN timestamptz '2025-01-03 08:00+00' + (i * interval '3 hours 7 minutes') END
FROM generate_series(1, 2500) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['delivered','delivered','delivered','shipped','paid','paid',
    'pending','cancelled'])[1 + (i * 5) % 8] AS status) s;

INSERT INTO order_items (order_id, line_no, product_id, quantity, unit_price)
SELECT o.id, line, p.id, 1 + (o.id * line) % 4, p.price
FROM orders o
CROSS JOIN LATERAL generate_series(1, 1 + o.id % 3) AS line
JOIN products p ON p.id = 1 + (o.id * 17 + line * 43) % 150;

UPDATE orders o SET total = t.total
FROM (SELECT order_id, sum(quantity * unit_price) AS total FROM order_items GROUP BY order_id) t
WHERE t.order_id = o.id;

INSERT INTO payments (order_id, amount, method, paid_at)
SELECT id, total,
       (ARRAY['card','card','paypal','bank_transfer'])[1 + id % 4],
       ordered_at + interval '25 minutes'
FROM orders WHERE status IN ('paid', 'shipped', 'delivered');
ANALYZE;
"""


def ensure_demo(url: str) -> bool:
    """Create the demo schema and data if the database has none; True when created."""
    with psycopg.connect(url) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('pgpilot.demo'))")
        present = conn.execute("SELECT to_regclass('public.orders') IS NOT NULL").fetchone()
        if present is not None and present[0]:
            return False
        conn.execute(SCHEMA)
        conn.execute(DATA)
    return True
