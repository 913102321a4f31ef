-- The reminder keys issued for each visit, so that a visit moved, covered or cancelled can withdraw
-- the reminders it no longer needs: each new issue is a new generation with new keys.
create table rota.visit_reminder (
    visit_id uuid not null,
    generation int not null check (generation >= 1),
    reminder_key text not null unique,
    issued_at timestamptz not null,
    primary key (visit_id, generation, reminder_key)
);
