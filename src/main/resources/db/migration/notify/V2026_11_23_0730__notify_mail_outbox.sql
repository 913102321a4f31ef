create schema if not exists notify;

-- Emails kept instead of sent, when no SMTP server is configured.
create table notify.mail_outbox (
    id bigint generated always as identity primary key,
    created_at timestamptz not null,
    recipients text not null,
    subject text not null,
    body text not null
);
