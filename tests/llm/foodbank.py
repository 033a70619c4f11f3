"""A charity food bank schema with deterministic rows, for the planner's held-out questions."""

from typing import Final

FOODBANK: Final = """
CREATE TYPE food_category AS ENUM ('tinned', 'dry_goods', 'fresh', 'dairy', 'baby', 'toiletries');
CREATE TYPE parcel_status AS ENUM ('scheduled', 'collected', 'delivered', 'cancelled');

CREATE TABLE donors (
    donor_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    donor_type text NOT NULL CHECK (donor_type IN ('company', 'individual', 'community_group')),
    email text,
    city text NOT NULL,
    is_regular boolean NOT NULL DEFAULT false,
    gift_aid boolean NOT NULL DEFAULT false,
    first_donated_on date NOT NULL
);

CREATE TABLE warehouses (
    warehouse_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    city text NOT NULL,
    address text NOT NULL,
    capacity_kg numeric(9, 1) NOT NULL,
    manager_name text,
    has_cold_storage boolean NOT NULL DEFAULT false,
    opened_on date NOT NULL
);

CREATE TABLE donations (
    donation_id integer PRIMARY KEY,
    donor_id integer NOT NULL REFERENCES donors,
    warehouse_id integer NOT NULL REFERENCES warehouses,
    item_name text NOT NULL,
    category food_category NOT NULL,
    weight_kg numeric(6, 2) NOT NULL CHECK (weight_kg > 0),
    received_on date NOT NULL,
    expires_on date,
    status text NOT NULL DEFAULT 'in_stock'
        CHECK (status IN ('in_stock', 'distributed', 'discarded'))
);

CREATE TABLE agencies (
    agency_id integer PRIMARY KEY,
    name text NOT NULL UNIQUE,
    kind text NOT NULL
        CHECK (kind IN ('advice', 'council', 'school', 'health', 'charity', 'church')),
    contact_name text,
    phone text NOT NULL,
    postcode text NOT NULL,
    partner_since date NOT NULL,
    is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE households (
    household_id integer PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    lead_name text NOT NULL,
    agency_id integer NOT NULL REFERENCES agencies,
    household_size integer NOT NULL CHECK (household_size > 0),
    postcode text NOT NULL,
    referred_on date NOT NULL,
    has_dietary_needs boolean NOT NULL DEFAULT false,
    dietary_notes text,
    phone text
);

CREATE TABLE volunteers (
    volunteer_id integer PRIMARY KEY,
    full_name text NOT NULL,
    email text,
    phone text NOT NULL,
    joined_on date NOT NULL,
    has_dbs_check boolean NOT NULL DEFAULT false,
    can_drive boolean NOT NULL DEFAULT false
);

CREATE TABLE parcels (
    parcel_id integer PRIMARY KEY,
    household_id integer NOT NULL REFERENCES households,
    warehouse_id integer NOT NULL REFERENCES warehouses,
    packed_by integer REFERENCES volunteers (volunteer_id),
    distributed_on date NOT NULL,
    weight_kg numeric(5, 2) NOT NULL,
    is_home_delivery boolean NOT NULL DEFAULT false,
    status parcel_status NOT NULL
);

CREATE TABLE shifts (
    shift_id integer PRIMARY KEY,
    volunteer_id integer NOT NULL REFERENCES volunteers,
    warehouse_id integer NOT NULL REFERENCES warehouses,
    role text NOT NULL CHECK (role IN ('sorting', 'packing', 'driving', 'reception')),
    starts_at timestamptz NOT NULL,
    duration_hours numeric(3, 1) NOT NULL,
    attended boolean
);

INSERT INTO warehouses VALUES
    (1, 'Kirkstall Road Depot', 'Leeds', '212 Kirkstall Road, LS4 2AQ', 62000, 'Helen Marsden',
     true, '2011-05-16'),
    (2, 'Hunslet Unit 4', 'Leeds', 'Unit 4, Penny Hill Centre, LS10 1EE', 38500, 'Darren Okafor',
     false, '2015-09-01'),
    (3, 'Bradford Canal Road', 'Bradford', '77 Canal Road, BD2 1AN', 54000, 'Yasmin Akhtar',
     true, '2013-02-11'),
    (4, 'Wakefield Hub', 'Wakefield', '5 Westgate End, WF2 9RL', 21000, NULL,
     false, '2019-11-04'),
    (5, 'Harrogate Church Hall', 'Harrogate', 'St Peter''s Hall, Cambridge Road, HG1 1RR', 8500,
     'Rev. Simon Archer', false, '2021-03-22');

INSERT INTO donors
SELECT i,
       CASE WHEN i <= 12 THEN
           (ARRAY['Greggs', 'Morrisons Hunslet', 'Co-op Headingley', 'Sainsbury''s Moortown',
                  'Aldi Seacroft', 'Brakes Catering', 'Warburtons Bradford', 'Arla Foods Leeds',
                  'Leeds Rotary Club', 'St Chad''s Church', 'Roundhay Round Table',
                  'Harrogate WI'])[i]
       ELSE
           (ARRAY['Margaret', 'David', 'Susan', 'Peter', 'Janet', 'Michael', 'Linda', 'Andrew',
                  'Carol', 'Stephen', 'Pauline', 'Graham', 'Karen', 'Richard', 'Gillian',
                  'Nigel', 'Sandra', 'Keith', 'Wendy', 'Colin', 'Brenda', 'Trevor', 'Alison',
                  'Martin', 'Denise', 'Barry', 'Joan', 'Kevin'])[i - 12]
           || ' ' ||
           (ARRAY['Ackroyd', 'Bairstow', 'Crowther', 'Dyson', 'Firth', 'Greenwood', 'Holroyd',
                  'Illingworth', 'Jowett', 'Lister', 'Midgley', 'Naylor', 'Oates', 'Pickles',
                  'Rhodes', 'Sutcliffe', 'Thackray', 'Utley', 'Whiteley', 'Ramsden',
                  'Hebden', 'Brook', 'Sykes'])[1 + (i * 5) % 23]
       END,
       CASE WHEN i <= 9 THEN 'company' WHEN i <= 12 THEN 'community_group' ELSE 'individual' END,
       CASE WHEN i % 7 = 3 THEN NULL
            WHEN i <= 12 THEN 'foodbank@donor' || i || '.co.uk'
            ELSE 'donor' || i || '@inbox.co.uk' END,
       (ARRAY['Leeds', 'Leeds', 'Bradford', 'Wakefield', 'Harrogate'])[1 + i % 5],
       i % 3 = 0,
       i > 12 AND i % 2 = 0,
       date '2016-01-11' + (i * 97) % 3300
FROM generate_series(1, 40) AS i;

INSERT INTO donations
SELECT i,
       CASE WHEN i % 4 = 0 THEN 1 + (i / 4) % 12 ELSE 1 + (i * 7) % 40 END,
       1 + (i * 3) % 5,
       (ARRAY['Baked beans 415g', 'Pasta 500g', 'Long grain rice 1kg', 'UHT semi-skimmed milk 1L',
              'Chopped tomatoes 400g', 'Cornflakes 500g', 'Tea bags 80', 'Nappies size 4',
              'Toothpaste 75ml', 'Apples', 'Potatoes 2.5kg', 'Tuna chunks 145g',
              'Tomato soup 400g', 'Peanut butter 340g', 'Cheddar cheese 400g', 'Baby formula 800g',
              'Shower gel 250ml', 'Carrots 1kg'])[1 + i % 18],
       (ARRAY['tinned', 'dry_goods', 'dry_goods', 'dairy', 'tinned', 'dry_goods', 'dry_goods',
              'baby', 'toiletries', 'fresh', 'fresh', 'tinned', 'tinned', 'dry_goods', 'dairy',
              'baby', 'toiletries', 'fresh']::food_category[])[1 + i % 18],
       CASE WHEN i = 137 THEN 48.5 ELSE ((i * 37) % 113) / 4.0 + 0.75 END,
       CASE WHEN i > 270 THEN current_date - (i - 270) * 2
            ELSE date '2024-09-02' + (i * 3) % 780 END,
       CASE WHEN 1 + i % 18 IN (9, 17) THEN NULL
            WHEN i > 270 AND i % 5 = 0 THEN current_date + 1
            WHEN 1 + i % 18 IN (10, 11, 18) THEN
                CASE WHEN i > 270 THEN current_date - (i - 270) * 2 ELSE date '2024-09-02'
                     + (i * 3) % 780 END + 10
            WHEN 1 + i % 18 IN (4, 15) THEN
                CASE WHEN i > 270 THEN current_date - (i - 270) * 2 ELSE date '2024-09-02'
                     + (i * 3) % 780 END + 45
            ELSE CASE WHEN i > 270 THEN current_date - (i - 270) * 2 ELSE date '2024-09-02'
                      + (i * 3) % 780 END + 300 + (i * 11) % 400 END,
       CASE WHEN i > 270 THEN 'in_stock'
            WHEN i % 23 = 0 THEN 'discarded'
            WHEN i % 6 = 0 THEN 'in_stock'
            ELSE 'distributed' END
FROM generate_series(1, 300) AS i;

INSERT INTO agencies VALUES
    (1, 'Citizens Advice Leeds', 'advice', 'Rachel Bentley', '0113 223 4400', 'LS2 8JS',
     '2012-04-02', true),
    (2, 'Leeds City Council Welfare', 'council', 'Mark Ogden', '0113 222 4444', 'LS1 1UR',
     '2011-06-13', true),
    (3, 'St George''s Crypt', 'charity', 'Father Tom Kelly', '0113 245 9061', 'LS1 3BR',
     '2011-09-05', true),
    (4, 'Harehills Primary School', 'school', 'Amina Hussain', '0113 248 3320', 'LS8 5DQ',
     '2016-01-18', true),
    (5, 'Chapeltown Health Centre', 'health', NULL, '0113 295 1900', 'LS7 3EN',
     '2014-10-06', true),
    (6, 'Bradford Women''s Aid', 'charity', 'Joanne Pearce', '01274 308 270', 'BD1 4AB',
     '2013-05-20', true),
    (7, 'Wakefield Jobcentre Plus', 'council', 'Gary Lumb', '0800 169 0190', 'WF1 1LJ',
     '2019-12-02', false),
    (8, 'Age UK Leeds', 'charity', 'Sheila Brennan', '0113 389 3000', 'LS10 1RJ',
     '2015-03-09', true),
    (9, 'Manningham Park School', 'school', 'Imran Qureshi', '01274 771 442', 'BD8 7BY',
     '2017-09-11', true),
    (10, 'Kirkstall Methodist Church', 'church', NULL, '0113 274 0128', 'LS5 3AH',
     '2012-11-26', true),
    (11, 'Armley Children''s Centre', 'council', 'Lucy Fenwick', '0113 378 2900', 'LS12 3LJ',
     '2018-02-05', true),
    (12, 'Harrogate District Foodshare', 'charity', 'Neil Dawson', '01423 500 611', 'HG1 5LT',
     '2022-06-27', false);

INSERT INTO households
SELECT i,
       'HH-' || lpad(i::text, 4, '0'),
       (ARRAY['Kayleigh', 'Tariq', 'Shannon', 'Bogdan', 'Leanne', 'Kwame', 'Jade', 'Farid',
              'Chantelle', 'Marek', 'Stacey', 'Yusuf', 'Danielle', 'Luca', 'Naomi', 'Hassan',
              'Kerry', 'Dmitri', 'Tasha', 'Ali', 'Gemma', 'Samir', 'Lauren', 'Emeka',
              'Rebecca', 'Piotr', 'Sinead', 'Abdi', 'Kirsty', 'Ionut'])[1 + (i - 1) % 30]
       || ' ' ||
       (ARRAY['Atkinson', 'Bibi', 'Carter', 'Novak', 'Dawson', 'Mensah', 'Ellis', 'Rahimi',
              'Fletcher', 'Kowalski', 'Gibson', 'Osman', 'Hartley', 'Rossi', 'Ingram', 'Iqbal',
              'Jennings', 'Popescu', 'Kemp', 'Mahmood', 'Lambert', 'Nwosu', 'Marshall',
              'Okonkwo', 'Nicholls', 'Wisniewski', 'Parkin', 'Warsame', 'Quinn', 'Stoica',
              'Riley', 'Begum', 'Shaw'])[1 + (i * 7) % 33],
       1 + (i * 5) % 11,
       CASE WHEN i = 57 THEN 11 ELSE 1 + (i * 3) % 7 END,
       (ARRAY['LS9 7HE', 'LS8 4PN', 'LS11 6AB', 'LS12 2QT', 'BD3 9LS', 'BD8 7RF', 'WF1 5PA',
              'LS14 1DX', 'LS10 3QR', 'HG1 4EJ', 'BD5 0NP', 'LS6 1AW'])[1 + (i * 5) % 12]
           ,
       CASE WHEN i > 108 THEN current_date - (i - 108) * 4
            ELSE date '2024-06-03' + (i * 17) % 820 END,
       i % 6 = 1,
       CASE WHEN i % 6 = 1 THEN
           (ARRAY['halal', 'vegetarian', 'gluten free', 'diabetic', 'nut allergy'])[1 + i % 5]
       END,
       CASE WHEN i % 8 = 4 THEN NULL ELSE '07' || lpad((700000000 + i * 123457)::text, 9, '0') END
FROM generate_series(1, 120) AS i;

INSERT INTO volunteers
SELECT i,
       (ARRAY['Priya', 'Tom', 'Eleanor', 'Ben', 'Fatima', 'Jamie', 'Harriet', 'Callum',
              'Zara', 'Owen', 'Bethany', 'Rhys', 'Nadia', 'Josh', 'Molly', 'Adam', 'Kate',
              'Ravi', 'Sophie', 'Liam', 'Hannah', 'Dan', 'Aisha', 'Matt', 'Lucy', 'Sam',
              'Ellie', 'Connor', 'Megan', 'Kieran', 'Georgia', 'Jack', 'Rosa', 'Euan',
              'Abigail', 'Nathan', 'Imogen', 'Reece', 'Freya', 'Hamza', 'Olivia', 'Joe',
              'Maisie', 'Ryan', 'Leah'])[i]
       || ' ' ||
       (ARRAY['Shah', 'Barker', 'Whitaker', 'Holmes', 'Ali', 'Redfern', 'Lockwood',
              'Haigh', 'Malik', 'Horsfall', 'Crossley', 'Priestley', 'Ahmed', 'Nettleton',
              'Booth', 'Hirst', 'Gledhill', 'Mistry', 'Cawthorne', 'Bottomley'])[1 + (i * 9) % 20],
       CASE WHEN i % 8 = 5 THEN NULL ELSE 'vol' || i || '@leedsfoodbank.org.uk' END,
       '07' || lpad((800000000 + i * 98765)::text, 9, '0'),
       CASE WHEN i > 40 THEN current_date - (i - 40) * 25
            ELSE date '2014-02-03' + (i * 389) % 4200 END,
       i % 3 <> 2,
       i % 4 = 1
FROM generate_series(1, 45) AS i;

INSERT INTO parcels
SELECT i,
       1 + (i * 7) % 110,
       CASE WHEN i % 9 = 0 THEN 5 WHEN i % 7 = 0 THEN 1 ELSE 1 + i % 4 END,
       CASE WHEN i % 10 = 7 THEN NULL ELSE 1 + (i * 13) % 40 END,
       CASE WHEN i > 230 THEN current_date - (i - 240)
            ELSE date '2024-07-01' + (i * 29) % 700 END,
       CASE WHEN i = 88 THEN 27.4 WHEN i = 199 THEN 26.8 WHEN i = 12 THEN 25.9
            ELSE 6 + ((i * 31) % 71) / 5.0 END,
       i % 4 = 0,
       CASE WHEN i > 230 AND i < 240 THEN 'scheduled'::parcel_status
            WHEN i % 19 = 0 THEN 'cancelled'
            WHEN i % 4 = 0 THEN 'delivered'
            ELSE 'collected' END
FROM generate_series(1, 300) AS i;

INSERT INTO shifts
SELECT i,
       1 + (i * 11) % 40,
       1 + (i * 2) % 5,
       (ARRAY['sorting', 'packing', 'packing', 'driving', 'reception'])[1 + i % 5],
       CASE WHEN i > 230 THEN current_date + (i - 240) + time '09:30'
            ELSE timestamp '2025-01-06 09:00' + (i * 2) * interval '1 day'
                 + (i % 3) * interval '4 hours' END,
       2 + (i % 5) * 0.5 + (i % 3),
       CASE WHEN i >= 240 THEN NULL ELSE i % 13 <> 0 END
FROM generate_series(1, 250) AS i;
"""
