-- Bookings (CO2): requests to workers, weekly series, shared sessions, last-minute bookings, and the
-- idempotency keys of the booking API.

-- A booking made by a person or their family outside a worker's availability is a request: it does
-- not hold the workers' time until every worker has accepted it, and a worker may decline it.
alter table visits.visit drop constraint visit_status_check;
alter table visits.visit add constraint visit_status_check
    check (status in ('requested', 'booked', 'declined', 'cancelled', 'completed'));
alter table visits.visit
    -- The weekly series the visit is an occurrence of, if any.
    add column series_id uuid,
    -- The shared session (one worker, several people) the visit belongs to, if any.
    add column session_id uuid,
    -- Booked to start within 24 hours of being booked.
    add column last_minute boolean not null default false,
    add column declined_by uuid,
    add column declined_at timestamptz,
    add column decline_reason text check (length(decline_reason) between 1 and 500),
    add constraint visit_declined_check check ((status = 'declined') = (declined_at is not null)),
    add constraint visit_declined_by_check check (status = 'declined' or declined_by is null);
create index visit_series on visits.visit (series_id, starts_at) where series_id is not null;
create index visit_session on visits.visit (session_id) where session_id is not null;

-- Only a booked or completed visit holds its workers' time. The column, and the key the workers'
-- rows refer to, are made again with that meaning and with the session the visit belongs to: the
-- visit's own id when it is not part of a shared session.
alter table visits.visit_worker drop constraint worker_never_double_booked;
alter table visits.visit_worker drop constraint visit_worker_visit_id_during_holds_time_fkey;
alter table visits.visit drop column holds_time;
alter table visits.visit
    add column holds_time boolean generated always as (status in ('booked', 'completed')) stored,
    add column session_key uuid generated always as (coalesce(session_id, id)) stored,
    add constraint visit_holds_key unique (id, during, holds_time, session_key);

alter table visits.visit_worker
    add column session_key uuid,
    -- When the worker accepted a request; the visit is booked once all its workers have.
    add column accepted_at timestamptz;
update visits.visit_worker w set session_key = w.visit_id;
alter table visits.visit_worker
    alter column session_key set not null,
    add constraint visit_worker_visit_fkey foreign key (visit_id, during, holds_time, session_key)
        references visits.visit (id, during, holds_time, session_key) on update cascade,
    -- A worker is never booked for two overlapping visits that both hold their time, except for the
    -- visits of one shared session, which are one visit to several people.
    add constraint worker_never_double_booked
        exclude using gist (worker_id with =, during with &&, session_key with <>) where (holds_time);
create index visit_worker_requests on visits.visit_worker (worker_id) where not holds_time and accepted_at is null;

-- What the booking API answered to each Idempotency-Key, so that the same request sent again gets the
-- same answer without booking again.
create table visits.idempotency_key (
    caller_id uuid not null,
    key text not null check (length(key) between 1 and 255),
    request_hash text not null,
    status smallint not null,
    body text not null,
    created_at timestamptz not null,
    primary key (caller_id, key)
);
