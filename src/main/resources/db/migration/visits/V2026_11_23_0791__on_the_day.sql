-- On the day (CO6, VI1-VI3): each booked worker's journey to a visit, their check-in and check-out,
-- corrections a co-ordinator makes to those times, the visit's task list, travel between visits for
-- pay, and the alerts raised when a worker is running late or nobody has checked in.

-- Each booked worker's check-in and check-out on a visit, as they stand now (after any correction).
create table visits.attendance (
    visit_id uuid not null,
    worker_id uuid not null,
    checked_in_at timestamptz not null,
    check_in_latitude double precision check (check_in_latitude between -90 and 90),
    check_in_longitude double precision check (check_in_longitude between -180 and 180),
    checked_out_at timestamptz,
    check_out_latitude double precision check (check_out_latitude between -90 and 90),
    check_out_longitude double precision check (check_out_longitude between -180 and 180),
    check_out_note text not null default '' check (length(check_out_note) <= 1000),
    primary key (visit_id, worker_id),
    foreign key (visit_id, worker_id) references visits.visit_worker (visit_id, worker_id),
    check (checked_out_at is null or checked_out_at > checked_in_at),
    check ((check_in_latitude is null) = (check_in_longitude is null)),
    check ((check_out_latitude is null) = (check_out_longitude is null))
);

-- Every correction a co-ordinator made to a worker's times, with the times it replaced: the history
-- is only ever added to (the triggers below refuse changing or removing it).
create table visits.attendance_correction (
    id uuid primary key,
    visit_id uuid not null,
    worker_id uuid not null,
    previous_check_in timestamptz,
    previous_check_out timestamptz,
    check_in timestamptz not null,
    check_out timestamptz,
    reason text not null check (length(reason) between 1 and 500),
    corrected_by uuid not null,
    corrected_at timestamptz not null,
    foreign key (visit_id, worker_id) references visits.visit_worker (visit_id, worker_id),
    check (check_out is null or check_out > check_in)
);
create index attendance_correction_visit on visits.attendance_correction (visit_id, corrected_at);

create function visits.attendance_correction_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'attendance corrections are kept as they were made: % is refused', tg_op;
end;
$$;
create trigger attendance_correction_no_update before update or delete on visits.attendance_correction
    for each row execute function visits.attendance_correction_append_only();
create trigger attendance_correction_no_truncate before truncate on visits.attendance_correction
    for each statement execute function visits.attendance_correction_append_only();

-- Each "On my way": where the worker set off from and when they expect to arrive.
create table visits.on_my_way (
    id uuid primary key,
    visit_id uuid not null,
    worker_id uuid not null,
    at timestamptz not null,
    -- shared: the location the worker shared; previous_visit: the previous visit's place today;
    -- home: the worker's home postcode; unknown: none of them could be located.
    origin text not null check (origin in ('shared', 'previous_visit', 'home', 'unknown')),
    expected_arrival timestamptz,
    delay_minutes integer check (delay_minutes >= 0),
    foreign key (visit_id, worker_id) references visits.visit_worker (visit_id, worker_id),
    check ((origin = 'unknown') = (expected_arrival is null))
);
create index on_my_way_visit on visits.on_my_way (visit_id, at);

-- The latest running-late notice for a visit: one row per visit, moved on only when the delay has
-- grown by a further threshold, so a notice is published once and repeated only when it matters.
create table visits.late_notice (
    visit_id uuid primary key references visits.visit (id),
    worker_id uuid not null,
    expected_arrival timestamptz not null,
    delay_minutes integer not null check (delay_minutes > 0),
    noticed_at timestamptz not null
);

-- A visit nobody checked in to in time: one row per visit, so the alert is raised exactly once
-- however many app instances look at the same moment.
create table visits.missed_visit (
    visit_id uuid primary key references visits.visit (id),
    planned_start timestamptz not null,
    detected_at timestamptz not null
);

-- A visit's task list (VI3), in the order the co-ordinator gave it.
create table visits.visit_task (
    id uuid primary key,
    visit_id uuid not null references visits.visit (id),
    position integer not null check (position >= 0),
    description text not null check (length(description) between 1 and 200),
    added_by uuid,
    added_at timestamptz not null,
    done_by uuid,
    done_at timestamptz,
    done_note text not null default '' check (length(done_note) <= 500),
    not_done_reason text check (length(not_done_reason) between 1 and 500),
    check ((done_by is null) = (done_at is null)),
    check (done_at is null or not_done_reason is null)
);
create index visit_task_visit on visits.visit_task (visit_id, position);

-- The journey to each checked-in visit, for pay (VI2): from the worker's previous visit that day (or
-- from home for the first), in whole minutes and metres.
create table visits.travel_leg (
    visit_id uuid not null,
    worker_id uuid not null,
    from_visit_id uuid references visits.visit (id),
    minutes integer check (minutes >= 0),
    metres integer check (metres >= 0),
    recorded_at timestamptz not null,
    primary key (visit_id, worker_id),
    foreign key (visit_id, worker_id) references visits.visit_worker (visit_id, worker_id),
    check ((minutes is null) = (metres is null))
);
