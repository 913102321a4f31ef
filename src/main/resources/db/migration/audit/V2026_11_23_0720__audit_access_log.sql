create schema if not exists audit;

-- Every sign-in, failed sign-in and read or change of a person's records. Append-only: the
-- triggers below refuse UPDATE, DELETE and TRUNCATE, for the application and anyone else.
create table audit.access_log (
    id bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor_id uuid,
    actor_label text not null check (length(actor_label) <= 254),
    on_behalf_of uuid,
    action text not null check (length(action) <= 40),
    subject_person_id uuid,
    record_type text not null check (length(record_type) <= 60),
    record_id text check (length(record_id) <= 100),
    outcome text not null check (outcome in ('allowed', 'denied')),
    detail text check (length(detail) <= 500)
);
create index access_log_subject on audit.access_log (subject_person_id, occurred_at desc);
create index access_log_actor on audit.access_log (actor_id, occurred_at desc);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.access_log is append-only: % is not allowed', tg_op;
end
$$;

create trigger access_log_no_update_or_delete before update or delete on audit.access_log
    for each row execute function audit.refuse_change();
create trigger access_log_no_truncate before truncate on audit.access_log
    for each statement execute function audit.refuse_change();
