create schema if not exists matching;

-- What the matcher knows about each worker, volunteer and peer supporter: a copy of their profile,
-- availability and vetting kept up to date from the people module's WorkerChanged events, shaped so
-- that one query can narrow 10,000s of workers down to those a request could use.
create table matching.worker_card (
    worker_id uuid primary key,
    display_name text not null,
    kind text not null check (kind in ('worker', 'volunteer', 'peer_supporter')),
    latitude double precision,
    longitude double precision,
    -- The postcode district (e.g. HX7), what others see of where someone lives.
    district text,
    travel_radius_km int not null check (travel_radius_km between 1 and 100),
    drives boolean not null,
    gender text not null,
    experience_years int not null check (experience_years between 0 and 70),
    skills text[] not null default '{}',
    conditions text[] not null default '{}',
    interests text[] not null default '{}',
    languages text[] not null default '{}',
    availability bit(168) not null,
    available_hours int generated always as (bit_count(availability)::int) stored,
    tier_one_until date,
    tier_two_until date,
    hourly_rate_pence int not null check (hourly_rate_pence >= 0),
    updated_at timestamptz not null,
    check ((latitude is null) = (longitude is null)),
    check (tier_two_until is null or (tier_one_until is not null and tier_two_until <= tier_one_until))
);
create index worker_card_place on matching.worker_card (latitude, longitude);

-- Groups and activities a person might join instead of, or as well as, having a worker (CH5).
create table matching.activity (
    id uuid primary key,
    name text not null check (length(name) between 1 and 120),
    description text not null default '' check (length(description) <= 2000),
    organiser text not null default '' check (length(organiser) <= 120),
    place text not null default '' check (length(place) <= 200),
    postcode text,
    latitude double precision,
    longitude double precision,
    district text,
    -- When it meets each week.
    meets bit(168) not null,
    interests text[] not null default '{}',
    outcomes text[] not null default '{}',
    -- The conditions it is for, if it is for people living with particular ones (a stroke club).
    conditions text[] not null default '{}',
    active boolean not null default true,
    created_by uuid not null,
    created_at timestamptz not null,
    check ((postcode is null) = (latitude is null) and (latitude is null) = (longitude is null))
);

-- What a person wants (CH3): made by them or by someone acting for them.
create table matching.request (
    id uuid primary key,
    person_id uuid not null,
    -- The account that made it (the person, or a nominee), and who was at the keyboard (differs when
    -- a co-ordinator acted for the person).
    created_by uuid not null,
    created_by_actor uuid not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    status text not null default 'open' check (status in ('open', 'closed')),
    closed_at timestamptz,
    title text not null check (length(title) between 1 and 120),
    details text not null default '' check (length(details) <= 2000),
    kind text not null check (kind in ('weekly', 'one_off')),
    -- The hours of the week support could happen in: the weekly pattern, or the hours a one-off
    -- period touches.
    times bit(168) not null,
    -- How many hours a week of support are wanted, within those times (for a one-off, its length).
    hours_wanted int not null check (hours_wanted between 1 and 168),
    one_off_start timestamptz,
    one_off_end timestamptz,
    tasks text[] not null default '{}',
    outcomes text[] not null default '{}',
    interests text[] not null default '{}',
    -- What kind of support they would rather have.
    prefers text not null default 'worker' check (prefers in ('worker', 'peer_supporter', 'activity')),
    -- Whether suitable workers near them may see the request (a summary, never contact details).
    shared_with_workers boolean not null default true,
    latitude double precision,
    longitude double precision,
    district text,
    check ((status = 'closed') = (closed_at is not null)),
    check ((kind = 'one_off') = (one_off_start is not null and one_off_end is not null)),
    check (one_off_end is null or one_off_end > one_off_start),
    check ((latitude is null) = (longitude is null))
);
create index request_person on matching.request (person_id, status);
create index request_open on matching.request (status) where status = 'open';

-- A request's preferences about the worker, each a "must" (a hard filter) or "would like" (adds to
-- the score). Values: a skill's name, a gender, a language, a condition, or '' for "drives".
create table matching.request_preference (
    request_id uuid not null references matching.request (id) on delete cascade,
    kind text not null check (kind in ('skill', 'gender', 'language', 'drives', 'condition_experience')),
    value text not null default '' check (length(value) <= 60),
    strength text not null check (strength in ('must', 'would_like')),
    primary key (request_id, kind, value)
);

-- A worker near a request who said they would be interested.
create table matching.interest (
    request_id uuid not null references matching.request (id) on delete cascade,
    worker_id uuid not null,
    created_at timestamptz not null,
    primary key (request_id, worker_id)
);

-- The lowest vetting tier a person accepts (CH2); no row means 1 (the co-op's standard).
create table matching.person_setting (
    person_id uuid primary key,
    minimum_tier int not null check (minimum_tier between 0 and 2),
    updated_by uuid not null,
    updated_at timestamptz not null
);

-- "Please don't send X again", from either side (CH4), honoured by every match, cover offer and plan.
create table matching.exclusion (
    person_id uuid not null,
    worker_id uuid not null,
    -- Who asked: the person (or someone for them) or the worker.
    side text not null check (side in ('person', 'worker')),
    created_by uuid not null,
    created_at timestamptz not null,
    primary key (person_id, worker_id, side)
);
create index exclusion_worker on matching.exclusion (worker_id);

-- From a shortlist to a regular arrangement (CH4): invitation, messages, trial, both decisions.
create table matching.introduction (
    id uuid primary key,
    request_id uuid references matching.request (id),
    person_id uuid not null,
    worker_id uuid not null,
    status text not null check (status in ('invited', 'declined', 'accepted', 'trial_arranged', 'continuing', 'ended')),
    invited_by uuid not null,
    invited_at timestamptz not null,
    responded_at timestamptz,
    trial_visit_id uuid,
    trial_starts_at timestamptz,
    trial_ends_at timestamptz,
    -- Each side's private decision after the trial; neither sees the other's.
    person_decision text check (person_decision in ('continue', 'end')),
    person_decided_at timestamptz,
    worker_decision text check (worker_decision in ('continue', 'end')),
    worker_decided_at timestamptz,
    ended_at timestamptz,
    arrangement_id uuid,
    check ((trial_starts_at is null) = (trial_ends_at is null)),
    check (trial_ends_at is null or trial_ends_at > trial_starts_at),
    check ((person_decision is null) = (person_decided_at is null)),
    check ((worker_decision is null) = (worker_decided_at is null)),
    check ((status = 'continuing') = (arrangement_id is not null))
);
-- At most one introduction in progress between the same two people.
create unique index introduction_live on matching.introduction (person_id, worker_id)
    where status in ('invited', 'accepted', 'trial_arranged');

-- Messages between the two sides of an introduction: they stay inside CareCoop, so nobody's contact
-- details are exposed before both agree. Append-only.
create table matching.introduction_message (
    id uuid primary key,
    introduction_id uuid not null references matching.introduction (id),
    author_id uuid not null,
    author_actor_id uuid not null,
    body text not null check (length(body) between 1 and 2000),
    sent_at timestamptz not null
);
create index introduction_message_thread on matching.introduction_message (introduction_id, sent_at);

-- A regular arrangement between a person and a worker; either may end it ("no fault, no blame").
create table matching.arrangement (
    id uuid primary key,
    person_id uuid not null,
    worker_id uuid not null,
    introduction_id uuid references matching.introduction (id),
    started_at timestamptz not null,
    ended_at timestamptz,
    ended_by uuid,
    check (ended_at is null or ended_at >= started_at),
    check ((ended_at is null) = (ended_by is null))
);
create unique index arrangement_active on matching.arrangement (person_id, worker_id) where ended_at is null;
create index arrangement_worker on matching.arrangement (worker_id) where ended_at is null;

-- Workers a person asked to be their emergency back-up, and their answers (CH6); cover tries the
-- accepted ones first.
create table matching.backup (
    person_id uuid not null,
    worker_id uuid not null,
    status text not null check (status in ('invited', 'accepted', 'declined', 'withdrawn')),
    invited_by uuid not null,
    invited_at timestamptz not null,
    responded_at timestamptz,
    primary key (person_id, worker_id)
);
create index backup_worker on matching.backup (worker_id, status);
