-- Notifications (CO6): what each account wants, what is to be sent, and every attempt to send it.

-- An account's choices; an account without a row has the defaults (email, the day before at 18:00).
create table notify.preference (
    account_id uuid primary key,
    email boolean not null,
    sms boolean not null,
    -- The hour of the day-before reminder; null for none.
    day_before_hour smallint check (day_before_hour between 0 and 23),
    two_hours_before boolean not null,
    one_hour_before boolean not null,
    thirty_minutes_before boolean not null,
    -- Quiet hours from and until these hours of the day (wrapping past midnight); both null for none.
    quiet_from smallint check (quiet_from between 0 and 23),
    quiet_until smallint check (quiet_until between 0 and 23),
    updated_at timestamptz not null,
    constraint preference_some_channel check (email or sms),
    constraint preference_quiet_both_or_neither check ((quiet_from is null) = (quiet_until is null)),
    constraint preference_quiet_not_empty check (quiet_from is null or quiet_from <> quiet_until)
);

create table notify.notification (
    id uuid primary key,
    recipient_id uuid not null,
    topic text not null check (topic in ('BOOKING', 'REMINDER', 'RUNNING_LATE', 'MISSED_VISIT', 'COVER', 'ACCOUNT')),
    key text not null check (char_length(key) between 1 and 200),
    subject text not null check (char_length(subject) between 1 and 200),
    body text not null check (char_length(body) between 1 and 20000),
    short_text text not null check (char_length(short_text) between 1 and 612),
    send_at timestamptz not null,
    created_at timestamptz not null,
    status text not null check (status in ('PENDING', 'SENT', 'FAILED', 'UNDELIVERABLE', 'WITHDRAWN')),
    attempts integer not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz not null,
    finished_at timestamptz,
    -- The same message to the same person is stored once, however often it is asked for.
    constraint notification_once unique (recipient_id, key),
    constraint notification_finished check ((status = 'PENDING') = (finished_at is null))
);

create index notification_due on notify.notification (next_attempt_at) where status = 'PENDING';
create index notification_key on notify.notification (key) where status = 'PENDING';
create index notification_recipient on notify.notification (recipient_id, send_at desc);

-- Every attempt to deliver a notification over a channel, and how it went.
create table notify.delivery (
    id bigint generated always as identity primary key,
    notification_id uuid not null references notify.notification (id),
    channel text check (channel in ('EMAIL', 'SMS')),
    attempted_at timestamptz not null,
    outcome text not null check (outcome in ('SENT', 'FAILED', 'NO_ADDRESS')),
    detail text not null default '' check (char_length(detail) <= 500),
    constraint delivery_channel_named check ((outcome = 'NO_ADDRESS') = (channel is null))
);

create index delivery_notification on notify.delivery (notification_id);
-- A channel delivers a notification at most once.
create unique index delivery_sent_once on notify.delivery (notification_id, channel) where outcome = 'SENT';

-- Text messages kept instead of sent, when GOV.UK Notify is not configured.
create table notify.sms_outbox (
    id bigint generated always as identity primary key,
    created_at timestamptz not null,
    phone text not null,
    body text not null check (char_length(body) <= 612),
    reference text not null
);
