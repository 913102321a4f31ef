-- Leave and sickness (CO1). One row per absence; the time is a half-open range [from, to), with no
-- upper bound while sickness has no end given. A worker is never on leave or off sick twice at once:
-- the exclusion constraint refuses overlapping absences whatever the application does.
create extension if not exists btree_gist;

create table people.absence (
    id uuid primary key,
    worker_id uuid not null references people.account (id),
    kind text not null check (kind in ('LEAVE', 'SICK')),
    during tstzrange not null check (not isempty(during) and lower(during) is not null
        and lower_inc(during) and not upper_inc(during)),
    -- Only the worker and co-ordinators see the reason.
    reason text not null default '' check (length(reason) <= 500),
    -- Leave always has an end; only sickness may be open-ended.
    constraint absence_leave_has_end check (kind = 'SICK' or upper(during) is not null),
    recorded_by uuid not null references people.account (id),
    recorded_at timestamptz not null,
    constraint absence_never_overlaps exclude using gist (worker_id with =, during with &&)
);

-- "ON" windows: times a worker offers for emergency and back-up work, up to 14 days each, never
-- overlapping one another for the same worker.
create table people.on_call_window (
    id uuid primary key,
    worker_id uuid not null references people.account (id),
    during tstzrange not null check (not isempty(during) and lower(during) is not null
        and upper(during) is not null and lower_inc(during) and not upper_inc(during)
        and upper(during) - lower(during) <= interval '14 days'),
    recorded_by uuid not null references people.account (id),
    recorded_at timestamptz not null,
    constraint on_call_never_overlaps exclude using gist (worker_id with =, during with &&)
);
create index on_call_window_during on people.on_call_window using gist (during);

-- Rate cards (CO8): an hourly rate in pence and premiums in percent.
create table people.rate_card (
    worker_id uuid primary key references people.account (id),
    base_pence bigint not null check (base_pence > 0 and base_pence <= 50000),
    evening_percent int not null check (evening_percent between 0 and 200),
    weekend_percent int not null check (weekend_percent between 0 and 200),
    bank_holiday_percent int not null check (bank_holiday_percent between 0 and 200),
    last_minute_percent int not null check (last_minute_percent between 0 and 200),
    updated_at timestamptz not null
);
