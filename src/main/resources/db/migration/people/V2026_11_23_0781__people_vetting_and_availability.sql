-- Vetting evidence (CH2), recorded by co-ordinators. Append-only: a fact once recorded is never
-- changed; a mistake or a revoked check is withdrawn by a row of people.vetting_withdrawal, which
-- keeps the evidence for history. A worker's tier is worked out from the evidence not withdrawn.
create table people.vetting_evidence (
    id uuid primary key,
    worker_id uuid not null references people.account (id),
    item text not null check (item in ('IDENTITY', 'DBS', 'QUALIFICATIONS', 'REFERENCE',
        'APPLICATION_FORM', 'COMPETENCY_INTERVIEW', 'SKILLS_TEST')),
    checked_on date not null,
    checked_by uuid not null references people.account (id),
    valid_until date,
    recorded_at timestamptz not null,
    dbs_certificate_number text check (dbs_certificate_number ~ '^[0-9]{12}$'),
    dbs_issued_on date,
    dbs_update_service boolean,
    referee_name text check (length(referee_name) between 1 and 100),
    referee_relationship text check (length(referee_relationship) between 1 and 100),
    details text not null default '' check (length(details) <= 500),
    -- An enhanced DBS check has a certificate, an issue date and a renewal date after it.
    check (item <> 'DBS' or (dbs_certificate_number is not null and dbs_issued_on is not null
        and dbs_update_service is not null and valid_until is not null and valid_until > dbs_issued_on)),
    check (item = 'DBS' or (dbs_certificate_number is null and dbs_issued_on is null and dbs_update_service is null)),
    check (item <> 'REFERENCE' or (referee_name is not null and referee_relationship is not null)),
    check (item = 'REFERENCE' or (referee_name is null and referee_relationship is null)),
    check (item <> 'QUALIFICATIONS' or length(details) > 0),
    check (valid_until is null or valid_until >= checked_on)
);
create index vetting_evidence_worker on people.vetting_evidence (worker_id);
create index vetting_evidence_expiry on people.vetting_evidence (valid_until) where valid_until is not null;

-- At most one withdrawal per piece of evidence, with who withdrew it, when and why.
create table people.vetting_withdrawal (
    evidence_id uuid primary key references people.vetting_evidence (id),
    withdrawn_at timestamptz not null,
    withdrawn_by uuid not null references people.account (id),
    reason text not null check (length(reason) between 1 and 500)
);

create function people.refuse_vetting_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op;
end
$$;
create trigger vetting_evidence_append_only before update or delete on people.vetting_evidence
    for each row execute function people.refuse_vetting_change();
create trigger vetting_evidence_no_truncate before truncate on people.vetting_evidence
    for each statement execute function people.refuse_vetting_change();
create trigger vetting_withdrawal_append_only before update or delete on people.vetting_withdrawal
    for each row execute function people.refuse_vetting_change();
create trigger vetting_withdrawal_no_truncate before truncate on people.vetting_withdrawal
    for each statement execute function people.refuse_vetting_change();

-- Warnings sent ahead of and at expiry: one per piece of evidence and kind, whichever app instance
-- gets there first (the primary key refuses the second).
create table people.vetting_warning_sent (
    evidence_id uuid not null references people.vetting_evidence (id),
    kind text not null check (kind in ('AHEAD', 'EXPIRED')),
    sent_at timestamptz not null,
    primary key (evidence_id, kind)
);

-- When a worker, volunteer or peer supporter can usually work: the hours of the week (Monday
-- 00:00 first, the co-op's local time) as in org.carecoop.platform.time.WeeklyPattern.
create table people.worker_availability (
    worker_id uuid primary key references people.account (id),
    hours bit(168) not null,
    updated_at timestamptz not null
);
