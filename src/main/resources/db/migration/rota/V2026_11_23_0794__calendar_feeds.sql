create schema if not exists rota;

-- Secret-address calendar feeds (CO7). The address carries a random token; only its SHA-256 hash is
-- kept, so a copy of the database cannot be used to read anyone's calendar. A feed shows a person's
-- visits, or a worker's own, to its owner, and only while the owner may still see them: access is
-- checked again on every fetch. Revoking keeps the row so the owner sees what they revoked.
create table rota.calendar_feed (
    id uuid primary key,
    token_hash bytea not null unique check (length(token_hash) = 32),
    owner_id uuid not null,
    subject text not null check (subject in ('person', 'worker')),
    subject_id uuid not null,
    created_at timestamptz not null,
    revoked_at timestamptz,
    last_fetched_at timestamptz,
    check (revoked_at is null or revoked_at >= created_at),
    check (subject = 'person' or subject_id = owner_id)
);
create index calendar_feed_owner on rota.calendar_feed (owner_id, created_at);
-- One live feed per owner and calendar: making another replaces it (the old address stops working).
create unique index calendar_feed_live on rota.calendar_feed (owner_id, subject, subject_id) where revoked_at is null;
