create schema if not exists teams;

-- One team per person, formed once more than one worker regularly supports them (TE1).
create table teams.team (
    id uuid primary key,
    person_id uuid not null unique,
    name text not null check (length(name) between 1 and 120),
    created_at timestamptz not null
);

-- Memberships are closed (left_at), never deleted, so the team's history stays.
create table teams.membership (
    id bigint generated always as identity primary key,
    team_id uuid not null references teams.team (id),
    account_id uuid not null,
    role text not null check (role in ('WORKER', 'NOMINEE', 'FAMILY_OR_FRIEND', 'HEALTH_PROFESSIONAL')),
    gives_personal_care boolean not null default false,
    joined_at timestamptz not null,
    left_at timestamptz,
    reason text not null check (length(reason) <= 200),
    check (left_at is null or left_at >= joined_at),
    check (role = 'WORKER' or not gives_personal_care)
);
create unique index membership_one_open on teams.membership (team_id, account_id) where left_at is null;

-- The regular arrangements matching told us about (ArrangementStarted / ArrangementEnded).
create table teams.arrangement (
    id uuid primary key,
    person_id uuid not null,
    worker_id uuid not null,
    started_at timestamptz not null,
    ended_at timestamptz
);
create index arrangement_person on teams.arrangement (person_id) where ended_at is null;

-- Who carried out each completed visit (VisitCompleted), to find workers who visit regularly.
create table teams.recent_visit (
    visit_id uuid not null,
    worker_id uuid not null,
    person_id uuid not null,
    completed_at timestamptz not null,
    primary key (visit_id, worker_id)
);
create index recent_visit_person on teams.recent_visit (person_id, completed_at);

-- What the person (or a nominee) let a member do. A row granted and revoked at the same moment
-- withdraws something the member's role has by default. The newest row for a permission decides.
create table teams.grant (
    id bigint generated always as identity primary key,
    team_id uuid not null references teams.team (id),
    account_id uuid not null,
    category text not null check (category in ('PROFILE_AND_CONTACT', 'SCHEDULE', 'CARE_NOTES',
        'INTIMATE_AND_PERSONAL_CARE', 'MEDICATION', 'FINANCES_AND_BUDGET', 'SAFEGUARDING',
        'PLANS_AND_OUTCOMES', 'EMERGENCY_CONTACT_ONLY')),
    action text not null check (action in ('READ', 'WRITE')),
    granted_by uuid not null,
    granted_at timestamptz not null,
    revoked_at timestamptz,
    check (revoked_at is null or revoked_at >= granted_at)
);
create unique index grant_one_open on teams.grant (team_id, account_id, category, action) where revoked_at is null;
create index grant_member on teams.grant (team_id, account_id);

-- A co-ordinator's emergency opening of a person's records, with the reason they gave.
create table teams.break_glass (
    id bigint generated always as identity primary key,
    person_id uuid not null,
    coordinator_id uuid not null,
    reason text not null check (length(reason) between 1 and 500),
    opened_at timestamptz not null,
    expires_at timestamptz not null,
    check (expires_at > opened_at)
);
create index break_glass_person on teams.break_glass (person_id, coordinator_id, expires_at);
