create schema if not exists visits;

-- btree_gist lets one GiST index compare a worker's id by equality and a time range by overlap,
-- which the exclusion constraint below needs. A trusted extension: the database owner may create it.
create extension if not exists btree_gist;

-- A booked visit to a person (CO2) and what became of it (VI1). Times are half-open ranges
-- [start, end): a visit ending at 09:00 and another starting at 09:00 do not overlap.
create table visits.visit (
    id uuid primary key,
    person_id uuid not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    status text not null default 'booked' check (status in ('booked', 'cancelled', 'completed')),
    -- The co-ordinator who booked it; null when the system did (demo data, imports).
    created_by uuid,
    created_at timestamptz not null,
    cancelled_by uuid,
    cancelled_at timestamptz,
    cancel_reason text check (length(cancel_reason) between 1 and 500),
    completed_at timestamptz,
    during tstzrange generated always as (tstzrange(starts_at, ends_at, '[)')) stored,
    -- Whether the visit still holds its workers' time: a cancelled one frees it.
    holds_time boolean generated always as (status <> 'cancelled') stored,
    check (ends_at > starts_at),
    check (ends_at - starts_at <= interval '24 hours'),
    check ((status = 'cancelled') = (cancelled_at is not null and cancel_reason is not null)),
    check (status = 'cancelled' or cancelled_by is null),
    check ((status = 'completed') = (completed_at is not null)),
    check (completed_at is null or completed_at >= starts_at),
    unique (id, during, holds_time)
);
create index visit_person on visits.visit (person_id, starts_at);

-- The workers booked for each visit. Each row carries its visit's time range and whether the visit
-- still holds that time, kept equal to the visit's by the foreign key (ON UPDATE CASCADE: a visit
-- moved or cancelled changes its rows too), so that the exclusion constraint can guarantee that no
-- worker is ever booked for two overlapping visits that both still stand.
create table visits.visit_worker (
    visit_id uuid not null,
    worker_id uuid not null,
    -- The order the workers were named in (the first is the lead on a double-up visit).
    position smallint not null check (position >= 0),
    during tstzrange not null,
    holds_time boolean not null,
    primary key (visit_id, worker_id),
    unique (visit_id, position),
    foreign key (visit_id, during, holds_time) references visits.visit (id, during, holds_time)
        on update cascade,
    constraint worker_never_double_booked
        exclude using gist (worker_id with =, during with &&) where (holds_time)
);
