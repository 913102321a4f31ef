-- Postcode locations for the Geocoder. Unit postcodes come from an import of the ONS Postcode
-- Directory; sectors ("HX7 8") hold the centre of their units and locate any postcode in them
-- approximately when the unit itself is unknown.
create table platform.postcode (
    postcode text primary key check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180)
);

create table platform.postcode_sector (
    sector text primary key check (sector ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$'),
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    place text not null
);

-- The demo area around Hebden Bridge, so the application locates addresses there without an import.
insert into platform.postcode_sector (sector, latitude, longitude, place) values
    ('HX7 5', 53.7296, -1.9822, 'Mytholmroyd'),
    ('HX7 6', 53.7480, -2.0050, 'Hebden Bridge (Old Town)'),
    ('HX7 7', 53.7470, -2.0420, 'Heptonstall'),
    ('HX7 8', 53.7395, -2.0135, 'Hebden Bridge'),
    ('HX2 6', 53.7350, -1.9500, 'Midgley'),
    ('HX2 7', 53.7240, -1.9470, 'Luddenden Foot'),
    ('HX6 1', 53.7090, -1.9090, 'Sowerby Bridge'),
    ('HX1 1', 53.7230, -1.8600, 'Halifax'),
    ('HX3 0', 53.7300, -1.8400, 'Halifax'),
    ('OL14 5', 53.7180, -2.0900, 'Todmorden'),
    ('OL14 6', 53.7130, -2.0990, 'Todmorden'),
    ('OL14 7', 53.7020, -2.1000, 'Walsden'),
    ('OL14 8', 53.7300, -2.1300, 'Cornholme');
