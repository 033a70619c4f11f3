"""A real-estate agency schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

REALESTATE: Final = """
CREATE TYPE listing_type AS ENUM ('sale', 'rent');
CREATE TYPE offer_status AS ENUM ('pending', 'accepted', 'rejected', 'withdrawn');

CREATE TABLE offices (
    office_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    phone text NOT NULL,
    opened_on date NOT NULL,
    manager_name text,
    has_parking boolean NOT NULL DEFAULT false
);

CREATE TABLE agents (
    agent_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text NOT NULL UNIQUE,
    phone text NOT NULL,
    office_id integer NOT NULL REFERENCES offices,
    role text NOT NULL
        CHECK (role IN ('trainee', 'sales_agent', 'lettings_agent', 'senior_negotiator')),
    hired_on date NOT NULL,
    commission_pct numeric(3, 2) NOT NULL,
    is_licensed boolean NOT NULL DEFAULT true
);

CREATE TABLE properties (
    property_id integer PRIMARY KEY,
    address text NOT NULL UNIQUE,
    neighbourhood text NOT NULL,
    property_type text NOT NULL CHECK (property_type IN ('studio', 'apartment', 'penthouse',
        'terraced_house', 'semi_detached_house', 'detached_house', 'bungalow')),
    bedrooms smallint NOT NULL,
    bathrooms smallint NOT NULL,
    floor_area_sqm numeric(6, 1) NOT NULL,
    built_year integer NOT NULL,
    has_garden boolean NOT NULL,
    has_parking boolean NOT NULL,
    energy_rating char(1) NOT NULL CHECK (energy_rating IN ('A', 'B', 'C', 'D', 'E', 'F', 'G'))
);

CREATE TABLE clients (
    client_id integer PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    email text,
    phone text NOT NULL,
    registered_on date NOT NULL,
    is_first_time_buyer boolean NOT NULL,
    budget_eur numeric(10, 0)
);

CREATE TABLE listings (
    listing_id integer PRIMARY KEY,
    property_id integer NOT NULL REFERENCES properties,
    agent_id integer NOT NULL REFERENCES agents,
    kind listing_type NOT NULL,
    asking_price_eur numeric(10, 0),
    monthly_rent_eur numeric(7, 0),
    listed_on date NOT NULL,
    status text NOT NULL
        CHECK (status IN ('active', 'under_offer', 'sold', 'let', 'withdrawn')),
    is_featured boolean NOT NULL DEFAULT false,
    CHECK ((kind = 'sale') = (asking_price_eur IS NOT NULL)),
    CHECK ((kind = 'rent') = (monthly_rent_eur IS NOT NULL))
);

CREATE TABLE viewings (
    viewing_id integer PRIMARY KEY,
    listing_id integer NOT NULL REFERENCES listings,
    client_id integer NOT NULL REFERENCES clients,
    agent_id integer NOT NULL REFERENCES agents,
    scheduled_at timestamp NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('scheduled', 'attended', 'no_show', 'cancelled')),
    client_rating smallint CHECK (client_rating BETWEEN 1 AND 5)
);

CREATE TABLE offers (
    offer_id integer PRIMARY KEY,
    listing_id integer NOT NULL REFERENCES listings,
    client_id integer NOT NULL REFERENCES clients,
    amount_eur numeric(10, 0) NOT NULL,
    made_at timestamp NOT NULL,
    status offer_status NOT NULL,
    is_cash_buyer boolean NOT NULL DEFAULT false
);

CREATE TABLE sales (
    sale_id integer PRIMARY KEY,
    listing_id integer NOT NULL UNIQUE REFERENCES listings,
    offer_id integer NOT NULL UNIQUE REFERENCES offers,
    buyer_client_id integer NOT NULL REFERENCES clients (client_id),
    completed_on date NOT NULL,
    final_price_eur numeric(10, 0) NOT NULL,
    commission_eur numeric(8, 2) NOT NULL
);

INSERT INTO offices VALUES
    (1, 'Ranelagh', 'Dublin', '+353 1 496 2210', '2004-03-15', 'Margaret Foley', true),
    (2, 'Clontarf', 'Dublin', '+353 1 833 4107', '2011-09-05', 'Kieran Doherty', false),
    (3, 'Smithfield', 'Dublin', '+353 1 872 9930', '2018-04-23', NULL, false),
    (4, 'Dun Laoghaire', 'Dublin', '+353 1 280 6651', '1997-06-02', 'Helen Costigan', true),
    (5, 'Cork City Centre', 'Cork', '+353 21 427 3318', '2008-01-14', 'Donal Crowley', true),
    (6, 'Galway Docks', 'Galway', '+353 91 563 0042', '2015-10-19', NULL, false);

INSERT INTO agents VALUES
    (1, 'Siobhan Kelly', 'siobhan.kelly@harbourhomes.ie', '+353 87 410 2201', 1,
        'senior_negotiator', '2006-05-08', 2.25, true),
    (2, 'Declan Murphy', 'declan.murphy@harbourhomes.ie', '+353 87 410 2202', 2,
        'sales_agent', '2013-02-18', 1.75, true),
    (3, 'Niamh Doyle', 'niamh.doyle@harbourhomes.ie', '+353 87 410 2203', 4,
        'lettings_agent', '2016-09-12', 1.50, true),
    (4, 'Cormac Byrne', 'cormac.byrne@harbourhomes.ie', '+353 87 410 2204', 3,
        'sales_agent', '2019-01-07', 1.75, true),
    (5, 'Orla Ryan', 'orla.ryan@harbourhomes.ie', '+353 87 410 2205', 5,
        'senior_negotiator', '2009-11-30', 2.40, true),
    (6, 'Padraig Walsh', 'padraig.walsh@harbourhomes.ie', '+353 87 410 2206', 6,
        'sales_agent', '2017-03-27', 1.60, true),
    (7, 'Roisin Gallagher', 'roisin.gallagher@harbourhomes.ie', '+353 87 410 2207', 1,
        'lettings_agent', '2014-06-16', 1.25, true),
    (8, 'Eoin McCarthy', 'eoin.mccarthy@harbourhomes.ie', '+353 87 410 2208', 4,
        'senior_negotiator', '1999-08-23', 2.50, true),
    (9, 'Sinead Nolan', 'sinead.nolan@harbourhomes.ie', '+353 87 410 2209', 2,
        'lettings_agent', '2020-10-05', 1.30, true),
    (10, 'Fergal Quinn', 'fergal.quinn@harbourhomes.ie', '+353 87 410 2210', 3,
        'trainee', make_date(extract(year FROM current_date)::int - 1, 2, 9), 1.00, false),
    (11, 'Aisling Duffy', 'aisling.duffy@harbourhomes.ie', '+353 87 410 2211', 5,
        'sales_agent', '2015-04-20', 1.80, true),
    (12, 'Ronan Farrell', 'ronan.farrell@harbourhomes.ie', '+353 87 410 2212', 6,
        'lettings_agent', '2012-07-02', 1.40, true),
    (13, 'Grainne Kavanagh', 'grainne.kavanagh@harbourhomes.ie', '+353 87 410 2213', 1,
        'sales_agent', '2018-02-26', 1.90, true),
    (14, 'Darragh Lynch', 'darragh.lynch@harbourhomes.ie', '+353 87 410 2214', 2,
        'trainee', make_date(extract(year FROM current_date)::int - 1, 9, 15), 1.00, false),
    (15, 'Clodagh Power', 'clodagh.power@harbourhomes.ie', '+353 87 410 2215', 4,
        'sales_agent', '2010-10-11', 2.00, true),
    (16, 'Tadhg Sheehan', 'tadhg.sheehan@harbourhomes.ie', '+353 87 410 2216', 5,
        'lettings_agent', '2021-05-17', 1.20, true),
    (17, 'Maeve Hennessy', 'maeve.hennessy@harbourhomes.ie', '+353 87 410 2217', 3,
        'senior_negotiator', '2007-01-22', 2.30, true),
    (18, 'Cillian Moran', 'cillian.moran@harbourhomes.ie', '+353 87 410 2218', 6,
        'trainee', make_date(extract(year FROM current_date)::int, 1, 13), 1.00, false),
    (19, 'Deirdre Fitzgerald', 'deirdre.fitzgerald@harbourhomes.ie', '+353 87 410 2219', 1,
        'sales_agent', '2016-01-11', 1.70, true),
    (20, 'Oisin Brady', 'oisin.brady@harbourhomes.ie', '+353 87 410 2220', 2,
        'sales_agent', '2022-03-14', 1.50, true),
    (21, 'Ciara Healy', 'ciara.healy@harbourhomes.ie', '+353 87 410 2221', 4,
        'lettings_agent', '2019-08-19', 1.35, true),
    (22, 'Shane Dunne', 'shane.dunne@harbourhomes.ie', '+353 87 410 2222', 5,
        'sales_agent', make_date(extract(year FROM current_date)::int - 1, 6, 2), 1.50, true),
    (23, 'Aoibheann Keane', 'aoibheann.keane@harbourhomes.ie', '+353 87 410 2223', 2,
        'senior_negotiator', '2003-04-28', 2.20, true),
    (24, 'Brendan Hogan', 'brendan.hogan@harbourhomes.ie', '+353 87 410 2224', 3,
        'sales_agent', '2023-11-06', 1.60, true);

INSERT INTO properties
SELECT i,
       (1 + (i * 13) % 97)::text || ' '
       || (ARRAY['Ranelagh Road', 'Charleston Road', 'Leinster Road', 'Castlewood Avenue',
                 'Seafield Road', 'Castle Avenue', 'Strand Road', 'Gilford Road', 'Iona Road',
                 'Hollybank Road', 'Manor Street', 'Oxmantown Road', 'North Circular Road',
                 'Cabra Road', 'Windsor Terrace', 'Lennox Street', 'Thormanby Road',
                 'Harbour Road', 'Queen Street', 'Haymarket'])[2 * n - 1 + i % 2],
       (ARRAY['Ranelagh', 'Rathmines', 'Clontarf', 'Sandymount', 'Drumcondra', 'Stoneybatter',
              'Phibsborough', 'Portobello', 'Howth', 'Smithfield'])[n],
       kind,
       beds,
       GREATEST(1, beds - 1 + i % 2),
       round(28 + beds * 24 + (i * 37) % 41 + CASE kind WHEN 'detached_house' THEN 40
             WHEN 'penthouse' THEN 25 ELSE 0 END + i / 10.0, 1),
       CASE WHEN kind IN ('apartment', 'studio', 'penthouse') THEN 1985 + (i * 7) % 40
            ELSE 1890 + (i * 37) % 120 END,
       kind IN ('terraced_house', 'semi_detached_house', 'detached_house', 'bungalow')
           AND i % 5 <> 0,
       i % 4 IN (0, 1),
       (ARRAY['A', 'B', 'C', 'D', 'E', 'F', 'G'])[1 + (i * 3) % 7]
FROM (
    SELECT i,
           CASE WHEN i > 54 THEN 3 ELSE 1 + (i * 7) % 10 END AS n,
           (ARRAY['apartment', 'terraced_house', 'apartment', 'semi_detached_house', 'studio',
                  'apartment', 'detached_house', 'terraced_house', 'penthouse', 'bungalow',
                  'apartment', 'semi_detached_house'])[1 + (i * 5) % 12] AS kind,
           CASE (ARRAY['apartment', 'terraced_house', 'apartment', 'semi_detached_house',
                       'studio', 'apartment', 'detached_house', 'terraced_house', 'penthouse',
                       'bungalow', 'apartment', 'semi_detached_house'])[1 + (i * 5) % 12]
                WHEN 'studio' THEN 0
                WHEN 'apartment' THEN 1 + (i / 12) % 3
                WHEN 'penthouse' THEN 2 + (i / 12) % 2
                WHEN 'detached_house' THEN 4 + (i / 12) % 3
                ELSE 2 + (i / 12) % 3 END AS beds
    FROM generate_series(1, 60) AS i
) AS p;

INSERT INTO clients
SELECT i,
       (ARRAY['Aoife', 'Conor', 'Emma', 'Sean', 'Sarah', 'Jack', 'Chloe', 'Adam', 'Ella',
              'Luke', 'Grace', 'Dylan', 'Katie', 'Cian', 'Amy', 'Jamie', 'Laura', 'Liam',
              'Rachel', 'Mark', 'Hannah', 'Daniel', 'Lucy', 'David', 'Megan', 'Patrick',
              'Sophie', 'Michael', 'Anna', 'Kevin', 'Zofia', 'Tomasz', 'Ana', 'Pedro', 'Priya',
              'Arjun', 'Mei', 'Wei', 'Fatima', 'Omar'])[1 + (i - 1) % 40]
       || ' ' ||
       (ARRAY['Brennan', 'Collins', 'Daly', 'Egan', 'Flynn', 'Griffin', 'Hayes', 'Kearney',
              'Lawlor', 'Maher', 'Nash', 'Phelan', 'Redmond', 'Scanlon', 'Tierney', 'Burke',
              'Carroll', 'Dolan', 'Fahy', 'Gorman', 'Hickey', 'Kenny', 'Lennon', 'Madden',
              'Noonan', 'Purcell', 'Reilly', 'Slattery', 'Twomey', 'Barry', 'Cullen', 'Dowling',
              'Geraghty', 'Horgan', 'Kirwan', 'Lowry', 'Molloy', 'Nevin', 'Nowak', 'Walsh'])
           [1 + (i * 7 + (i - 1) / 40) % 40],
       CASE WHEN i % 8 = 0 THEN NULL ELSE 'client' || i || '@inbox.ie' END,
       '+353 86 ' || lpad(((i * 7919) % 1000)::text, 3, '0') || ' '
           || lpad((1000 + i)::text, 4, '0'),
       CASE WHEN i > 70 THEN current_date - (i - 70) * 9 ELSE date '2019-06-03' + i * 27 END,
       i % 3 = 0,
       CASE WHEN i % 5 = 0 THEN NULL ELSE 200000 + (i * 15013) % 700000 / 1000 * 1000 END
FROM generate_series(1, 80) AS i;

INSERT INTO listings
SELECT i,
       pid,
       1 + (i * 5) % 24,
       kind::listing_type,
       CASE WHEN kind = 'sale' THEN 260000 + p.bedrooms * 95000
            + CASE p.property_type WHEN 'penthouse' THEN 180000 WHEN 'detached_house' THEN 150000
                   ELSE 0 END
            + (i * 7919) % 120000 / 1000 * 1000 END,
       CASE WHEN kind = 'rent' THEN 1250 + p.bedrooms * 450 + (i * 37) % 400 END,
       CASE WHEN i > 60 THEN current_date - (i - 60) * 4 ELSE date '2023-01-09' + i * 13 END,
       CASE WHEN kind = 'rent' THEN
                CASE WHEN i % 12 = 0 THEN 'withdrawn' WHEN i % 5 = 0 OR i < 40 THEN 'let'
                     ELSE 'active' END
            WHEN i % 10 = 0 THEN 'withdrawn'
            WHEN i % 4 = 0 THEN 'under_offer'
            ELSE 'active' END,
       i % 7 = 0
FROM (
    SELECT i,
           CASE WHEN i <= 56 THEN i ELSE 1 + (i * 7) % 56 END AS pid,
           CASE WHEN i % 3 = 0 THEN 'rent' ELSE 'sale' END AS kind
    FROM generate_series(1, 72) AS i
) AS s
JOIN properties AS p ON p.property_id = s.pid;

INSERT INTO viewings
SELECT i, listing_id, 1 + (i * 13) % 75, CASE WHEN i % 50 = 0 THEN 17 ELSE agent_id END, at,
       CASE WHEN at > localtimestamp THEN 'scheduled'
            WHEN i % 11 = 0 THEN 'no_show'
            WHEN i % 7 = 0 THEN 'cancelled'
            ELSE 'attended' END,
       CASE WHEN at <= localtimestamp AND i % 11 <> 0 AND i % 7 <> 0 AND i % 4 <> 0
            THEN 1 + (i * 3) % 5 END
FROM (
    SELECT i, l.listing_id, l.agent_id,
           CASE WHEN i > 196
                THEN current_date + 1 + interval '9 hours' + (i - 196) * interval '2 hours'
                ELSE l.listed_on + (3 + i % 40) + interval '10 hours' + (i % 7) * interval '1 hour'
           END AS at
    FROM generate_series(1, 200) AS i
    JOIN listings AS l ON l.listing_id = 1 + (i * 7) % 66
) AS v;

INSERT INTO offers
SELECT i,
       l.listing_id,
       1 + (i * 17) % 70,
       round(l.asking_price_eur * (0.88 + (i % 15) / 100.0), -3),
       CASE WHEN i > 140
            THEN current_date - (150 - i) + interval '9 hours' + i * interval '3 minutes'
            ELSE l.listed_on + (5 + i % 30) + interval '14 hours' + i * interval '7 minutes' END,
       (CASE WHEN i <= 44 AND i % 2 = 0 THEN 'accepted' WHEN i % 13 = 0 THEN 'withdrawn'
             WHEN i % 4 = 0 THEN 'pending' ELSE 'rejected' END)::offer_status,
       i % 6 = 0
FROM generate_series(1, 150) AS i
JOIN (
    SELECT listing_id, asking_price_eur, listed_on,
           row_number() OVER (ORDER BY listing_id) AS rn
    FROM listings WHERE kind = 'sale'
) AS l ON l.rn = 1 + (i * 7) % 44;

INSERT INTO sales
SELECT row_number() OVER (ORDER BY o.offer_id),
       o.listing_id,
       o.offer_id,
       o.client_id,
       o.made_at::date + 60 + o.offer_id % 40,
       o.amount_eur - (o.offer_id % 5) * 1000,
       round((o.amount_eur - (o.offer_id % 5) * 1000) * a.commission_pct / 100, 2)
FROM offers AS o
JOIN listings AS l ON l.listing_id = o.listing_id
JOIN agents AS a ON a.agent_id = l.agent_id
WHERE o.status = 'accepted' AND o.made_at < current_date - 120;

UPDATE listings SET status = 'sold' WHERE listing_id IN (SELECT listing_id FROM sales);
"""
