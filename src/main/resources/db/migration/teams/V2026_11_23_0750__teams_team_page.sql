-- The team page (TE2, TE5): chat threads, comments and questions, celebrations and questions to the
-- co-op's practitioners. Nothing here is updated or deleted except an expert question getting its
-- one answer, so the number of rows a viewer can see only grows: the page polls with the number it
-- has seen and gets nothing back until it changes.

-- A conversation in the team. A restricted one is read only by its members (thread_member); the
-- person the team centres on is still told it exists.
create table teams.thread (
    id uuid primary key,
    team_id uuid not null references teams.team (id),
    title text not null check (length(title) between 1 and 120),
    started_by uuid not null,
    started_at timestamptz not null,
    restricted boolean not null
);
create index thread_team on teams.thread (team_id);

create table teams.thread_member (
    thread_id uuid not null references teams.thread (id),
    account_id uuid not null,
    primary key (thread_id, account_id)
);

create table teams.thread_message (
    id bigint generated always as identity primary key,
    thread_id uuid not null references teams.thread (id),
    author_id uuid not null,
    body text not null check (length(body) between 1 and 2000),
    posted_at timestamptz not null
);
create index thread_message_thread on teams.thread_message (thread_id, id);

-- Comments and questions from the person, family, friends and professionals, with replies.
create table teams.comment (
    id uuid primary key,
    team_id uuid not null references teams.team (id),
    author_id uuid not null,
    body text not null check (length(body) between 1 and 2000),
    question boolean not null,
    posted_at timestamptz not null
);
create index comment_team on teams.comment (team_id, posted_at);

create table teams.comment_reply (
    id bigint generated always as identity primary key,
    comment_id uuid not null references teams.comment (id),
    author_id uuid not null,
    body text not null check (length(body) between 1 and 2000),
    posted_at timestamptz not null
);
create index comment_reply_comment on teams.comment_reply (comment_id, id);

-- Successes to celebrate, and the "well done"s others add: one per account per celebration.
create table teams.celebration (
    id uuid primary key,
    team_id uuid not null references teams.team (id),
    author_id uuid not null,
    body text not null check (length(body) between 1 and 2000),
    posted_at timestamptz not null
);
create index celebration_team on teams.celebration (team_id, posted_at);

create table teams.well_done (
    celebration_id uuid not null references teams.celebration (id),
    account_id uuid not null,
    said_at timestamptz not null,
    primary key (celebration_id, account_id)
);

-- Questions to the co-op's advanced practitioners. The first answer closes a question: answering is
-- an update of a question that is still open, so of two practitioners racing only one can answer.
create table teams.expert_question (
    id uuid primary key,
    team_id uuid not null references teams.team (id),
    asked_by uuid not null,
    body text not null check (length(body) between 1 and 2000),
    asked_at timestamptz not null,
    answer text check (length(answer) between 1 and 2000),
    answered_by uuid,
    answered_at timestamptz,
    check ((answer is null) = (answered_by is null) and (answer is null) = (answered_at is null))
);
create index expert_question_team on teams.expert_question (team_id, asked_at);
create index expert_question_open on teams.expert_question (asked_at) where answered_at is null;
