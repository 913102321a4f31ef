-- The conditions a person who receives support says they live with (codes of the Condition
-- vocabulary), so the workers in their team can join the peer pages for them.
alter table people.person_profile add column conditions text[] not null default '{}';
