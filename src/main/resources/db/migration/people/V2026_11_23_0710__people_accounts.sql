create schema if not exists people;

create table people.account (
    id uuid primary key,
    email text not null check (length(email) between 3 and 254),
    display_name text not null check (length(display_name) between 1 and 100),
    phone text check (length(phone) <= 30),
    password_hash text,
    created_at timestamptz not null,
    -- Set when a co-ordinator created the account on the person's behalf (assisted mode, CH7).
    created_by uuid references people.account (id),
    enabled boolean not null default true
);
create unique index account_email_uq on people.account (lower(email));

create table people.account_role (
    account_id uuid not null references people.account (id) on delete cascade,
    role text not null check (role in ('SUPPORTED_PERSON', 'FAMILY', 'WORKER', 'VOLUNTEER', 'PEER_SUPPORTER',
        'HEALTH_PROFESSIONAL', 'COORDINATOR', 'PROVIDER', 'ADMIN')),
    primary key (account_id, role)
);

create table people.password_reset (
    token_hash text primary key,
    account_id uuid not null references people.account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    check (expires_at > created_at)
);
create index password_reset_account on people.password_reset (account_id);

-- Consecutive failed sign-ins per email address, whether or not it has an account.
create table people.sign_in_failure (
    email_key text primary key,
    failures int not null check (failures > 0),
    first_failure_at timestamptz not null,
    locked_until timestamptz
);

create table people.api_token (
    token_hash text primary key,
    account_id uuid not null references people.account (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index api_token_expiry on people.api_token (expires_at);
