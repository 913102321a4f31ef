-- Profiles (CH1). Lists hold codes from the application's fixed vocabularies, or free words for
-- interests and languages.
create table people.person_profile (
    account_id uuid primary key references people.account (id) on delete cascade,
    about text not null default '' check (length(about) <= 2000),
    needs text[] not null default '{}',
    needs_detail text not null default '' check (length(needs_detail) <= 2000),
    outcomes text[] not null default '{}',
    interests text[] not null default '{}',
    preferred_worker_gender text not null default 'NO_PREFERENCE'
        check (preferred_worker_gender in ('NO_PREFERENCE', 'WOMAN', 'MAN', 'NON_BINARY')),
    languages text[] not null default '{}',
    phone_before_visit boolean not null default false,
    photo_before_first_visit boolean not null default false,
    safety_notes text not null default '' check (length(safety_notes) <= 1000),
    postcode text,
    latitude double precision,
    longitude double precision,
    times_wanted text[] not null default '{}',
    times_detail text not null default '' check (length(times_detail) <= 1000),
    updated_at timestamptz not null,
    check ((postcode is null) = (latitude is null) and (latitude is null) = (longitude is null))
);

create table people.worker_profile (
    account_id uuid primary key references people.account (id) on delete cascade,
    bio text not null default '' check (length(bio) <= 2000),
    gender text not null default 'NOT_SAID' check (gender in ('NOT_SAID', 'WOMAN', 'MAN', 'NON_BINARY')),
    skills text[] not null default '{}',
    qualifications text not null default '' check (length(qualifications) <= 2000),
    experience_years int not null default 0 check (experience_years between 0 and 70),
    conditions text[] not null default '{}',
    interests text[] not null default '{}',
    languages text[] not null default '{}',
    employment_basis text not null default 'SELF_EMPLOYED'
        check (employment_basis in ('SELF_EMPLOYED', 'MINIMUM_HOURS', 'SALARIED')),
    postcode text,
    latitude double precision,
    longitude double precision,
    travel_radius_km int not null default 10 check (travel_radius_km between 1 and 100),
    hourly_rate_pence int not null default 1500 check (hourly_rate_pence between 0 and 100000),
    drives boolean not null default false,
    updated_at timestamptz not null,
    check ((postcode is null) = (latitude is null) and (latitude is null) = (longitude is null))
);

create table people.photo (
    account_id uuid primary key references people.account (id) on delete cascade,
    content_type text not null check (content_type in ('image/jpeg', 'image/png')),
    bytes bytea not null,
    updated_at timestamptz not null
);
