-- Cover for absences (CO4). When a worker will be away, each of their booked visits in that time gets a
-- cover request; workers are offered it in waves (the person's back-up pool first, then suitable
-- available workers ranked by matching); the first to accept takes the visit. The request row is the
-- lock: accepting changes it from 'open' to 'filled' exactly once.
create table rota.cover_request (
    id uuid primary key,
    visit_id uuid not null,
    person_id uuid not null,
    absent_worker_id uuid not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    status text not null default 'open' check (status in ('open', 'filled', 'escalated', 'withdrawn')),
    -- 1: the back-up pool; 2: workers ranked by matching.
    wave smallint not null default 1 check (wave in (1, 2)),
    created_at timestamptz not null,
    wave_started_at timestamptz not null,
    escalate_at timestamptz not null,
    filled_by uuid,
    closed_at timestamptz,
    check (ends_at > starts_at),
    check ((status = 'filled') = (filled_by is not null)),
    check ((status = 'open') = (closed_at is null))
);
-- One live request per visit and absent worker: a repeated or extended absence finds the one it made.
create unique index cover_request_live on rota.cover_request (visit_id, absent_worker_id)
    where status in ('open', 'escalated');
create index cover_request_open on rota.cover_request (status, escalate_at);
create index cover_request_person on rota.cover_request (person_id, starts_at);

create table rota.cover_offer (
    request_id uuid not null references rota.cover_request (id),
    worker_id uuid not null,
    wave smallint not null check (wave in (1, 2)),
    rank smallint not null check (rank >= 0),
    offered_at timestamptz not null,
    answer text check (answer in ('accepted', 'declined', 'taken', 'busy')),
    answered_at timestamptz,
    primary key (request_id, worker_id),
    check ((answer is null) = (answered_at is null))
);
create index cover_offer_worker on rota.cover_offer (worker_id, offered_at);
