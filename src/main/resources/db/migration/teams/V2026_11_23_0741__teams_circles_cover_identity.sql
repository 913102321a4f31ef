-- Volunteers and peer supporters join teams too (TE1).
alter table teams.membership drop constraint membership_role_check;
alter table teams.membership add constraint membership_role_check
    check (role in ('WORKER', 'NOMINEE', 'FAMILY_OR_FRIEND', 'HEALTH_PROFESSIONAL', 'VOLUNTEER', 'PEER_SUPPORTER'));

-- The team's identity (TE7): renamable, with a logo cleaned like a profile photo.
alter table teams.team add column logo bytea;
alter table teams.team add column logo_type text check (logo_type in ('image/jpeg', 'image/png'));
alter table teams.team add column logo_updated_at timestamptz;
alter table teams.team add constraint team_logo_typed
    check ((logo is null) = (logo_type is null) and (logo is null) = (logo_updated_at is null));

-- What the person lets a whole circle of the team do (TE3). As for members, a row granted and revoked
-- at the same moment withdraws a default, and the newest row for a permission decides.
create table teams.circle_grant (
    id bigint generated always as identity primary key,
    team_id uuid not null references teams.team (id),
    circle text not null check (circle in ('NOMINEES', 'WORKERS', 'FAMILY_AND_FRIENDS', 'PROFESSIONALS',
        'VOLUNTEERS_AND_PEERS')),
    category text not null check (category in ('PROFILE_AND_CONTACT', 'SCHEDULE', 'CARE_NOTES',
        'INTIMATE_AND_PERSONAL_CARE', 'MEDICATION', 'FINANCES_AND_BUDGET', 'SAFEGUARDING',
        'PLANS_AND_OUTCOMES', 'EMERGENCY_CONTACT_ONLY')),
    action text not null check (action in ('READ', 'WRITE')),
    granted_by uuid not null,
    granted_at timestamptz not null,
    revoked_at timestamptz,
    check (revoked_at is null or revoked_at >= granted_at)
);
create unique index circle_grant_one_open on teams.circle_grant (team_id, circle, category, action)
    where revoked_at is null;
create index circle_grant_team on teams.circle_grant (team_id, circle);

-- Booked visits, as the visits module reported them (VisitBooked / VisitCancelled / VisitCompleted),
-- so that a cover worker who is not in the team gets the visiting-worker minimum around their visit
-- (TE4). The newest VisitBooked for a visit replaces its times and workers.
create table teams.booked_visit (
    visit_id uuid primary key,
    person_id uuid not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    cancelled_at timestamptz,
    completed_at timestamptz,
    check (ends_at > starts_at)
);
create table teams.booked_visit_worker (
    visit_id uuid not null references teams.booked_visit (visit_id),
    worker_id uuid not null,
    primary key (visit_id, worker_id)
);
create index booked_visit_worker_worker on teams.booked_visit_worker (worker_id);
create index booked_visit_person on teams.booked_visit (person_id, starts_at);
