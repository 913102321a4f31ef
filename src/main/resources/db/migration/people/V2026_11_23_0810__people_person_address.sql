-- The street address where a person who receives support is visited (CO3: the worker's day shows it).
-- The postcode stays on people.person_profile, where matching uses it; this holds the lines above it.
-- Kept out of person_profile so that the profile record and its many callers do not change.
create table people.person_address (
    account_id uuid primary key references people.account (id) on delete cascade,
    line_1 text not null check (length(line_1) between 1 and 100),
    line_2 text not null default '' check (length(line_2) <= 100),
    line_3 text not null default '' check (length(line_3) <= 100),
    town text not null default '' check (length(town) <= 60),
    updated_at timestamptz not null,
    -- Lines are filled from the top: no gap above a line that is given.
    check (line_3 = '' or line_2 <> '')
);
