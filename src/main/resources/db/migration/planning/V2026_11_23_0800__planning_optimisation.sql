create schema if not exists planning;

-- An optimisation of one area's rota for a period (CO5): asked for by a co-ordinator, run in the
-- background by a db-scheduler task (planning-optimise), then accepted or discarded. The row is the
-- job's whole state, so a restart loses nothing: a job left running is run again (attempt + 1).
create table planning.optimisation (
    id uuid primary key,
    -- The postcode district of the people visited, e.g. HX7.
    area text not null check (area ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'),
    period_from date not null,
    period_to date not null,
    status text not null check (status in ('queued', 'running', 'finished', 'failed', 'accepted', 'discarded')),
    attempt integer not null default 1 check (attempt >= 1),
    requested_by uuid not null,
    requested_at timestamptz not null,
    started_at timestamptz,
    -- Written with each progress report; a running job whose heartbeat is old was abandoned.
    heartbeat_at timestamptz,
    finished_at timestamptz,
    best_score text,
    elapsed_ms bigint not null default 0 check (elapsed_ms >= 0),
    unassigned integer check (unassigned >= 0),
    -- Sizes of the problem: visits, shifts, workers, places.
    metrics jsonb,
    -- The proposed plan, and the comparison with the current one (figures and each change).
    plan jsonb,
    comparison jsonb,
    failure text check (length(failure) <= 500),
    decided_by uuid,
    decided_at timestamptz,
    check (period_to >= period_from and period_to - period_from <= 6),
    check ((status in ('accepted', 'discarded')) = (decided_at is not null and decided_by is not null)),
    check (status not in ('finished', 'accepted') or comparison is not null)
);

-- One job at a time per area: the database refuses a second active one, even when two start at once.
create unique index optimisation_one_active_per_area on planning.optimisation (area)
    where status in ('queued', 'running');
create index optimisation_recent on planning.optimisation (requested_at desc);
