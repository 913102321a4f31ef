create schema if not exists peers;

-- A peer page (TE6): one for each condition (its code in the Condition vocabulary) and one for each
-- postcode district (the outward code, "HX7"). Rows are made the first time a page is used.
create table peers.page (
    id uuid primary key,
    kind text not null check (kind in ('CONDITION', 'AREA')),
    code text not null,
    created_at timestamptz not null,
    unique (kind, code),
    check (kind <> 'CONDITION' or code in ('DEMENTIA', 'STROKE', 'PARKINSONS', 'MULTIPLE_SCLEROSIS',
        'LEARNING_DISABILITY', 'AUTISM', 'MENTAL_HEALTH', 'PHYSICAL_DISABILITY', 'SENSORY_IMPAIRMENT',
        'END_OF_LIFE', 'BRAIN_INJURY', 'DIABETES')),
    check (kind <> 'AREA' or code ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$')
);

-- What someone chose themselves: to join a page, or to leave one (which also overrides joining it
-- automatically). One row per person and page, changed in place.
create table peers.choice (
    page_id uuid not null references peers.page (id),
    account_id uuid not null,
    choice text not null check (choice in ('JOINED', 'LEFT')),
    chosen_at timestamptz not null,
    primary key (page_id, account_id)
);
create index choice_account on peers.choice (account_id);

-- The pages a worker, volunteer or peer supporter belongs to automatically, from their teams, their
-- own profile and their home district: worked out afresh and replaced each time they open their
-- peer pages. Which of these brought them to a page is deliberately not kept.
create table peers.automatic_member (
    page_id uuid not null references peers.page (id),
    account_id uuid not null,
    since timestamptz not null,
    primary key (page_id, account_id)
);
create index automatic_member_account on peers.automatic_member (account_id);

-- Posts and their replies. actor_id differs from author_id when a co-ordinator wrote it on the
-- author's behalf (assisted mode).
create table peers.post (
    id uuid primary key,
    page_id uuid not null references peers.page (id),
    author_id uuid not null,
    actor_id uuid not null,
    body text not null check (length(btrim(body)) >= 1 and length(body) <= 2000),
    posted_at timestamptz not null
);
create index post_page on peers.post (page_id, posted_at desc);

create table peers.reply (
    id uuid primary key,
    post_id uuid not null references peers.post (id),
    author_id uuid not null,
    actor_id uuid not null,
    body text not null check (length(btrim(body)) >= 1 and length(body) <= 2000),
    posted_at timestamptz not null
);
create index reply_post on peers.reply (post_id, posted_at);

-- Meet-ups are planned for the future; members answer once each (changeable) and comment.
create table peers.meet_up (
    id uuid primary key,
    page_id uuid not null references peers.page (id),
    organiser_id uuid not null,
    actor_id uuid not null,
    title text not null check (length(btrim(title)) >= 1 and length(title) <= 100),
    starts_at timestamptz not null,
    place text not null check (length(btrim(place)) >= 1 and length(place) <= 200),
    description text not null default '' check (length(description) <= 2000),
    created_at timestamptz not null,
    check (starts_at > created_at)
);
create index meet_up_page on peers.meet_up (page_id, starts_at);

create table peers.meet_up_answer (
    meet_up_id uuid not null references peers.meet_up (id),
    account_id uuid not null,
    answer text not null check (answer in ('GOING', 'MAYBE', 'NOT_GOING')),
    answered_at timestamptz not null,
    primary key (meet_up_id, account_id)
);

create table peers.meet_up_comment (
    id uuid primary key,
    meet_up_id uuid not null references peers.meet_up (id),
    author_id uuid not null,
    actor_id uuid not null,
    body text not null check (length(btrim(body)) >= 1 and length(body) <= 2000),
    posted_at timestamptz not null
);
create index meet_up_comment_meet_up on peers.meet_up_comment (meet_up_id, posted_at);

-- "I'd like a mentor for…": the first member to offer is recorded (nobody else can once someone
-- has), and the request closes when the person who asked accepts.
create table peers.mentoring_request (
    id uuid primary key,
    page_id uuid not null references peers.page (id),
    requester_id uuid not null,
    actor_id uuid not null,
    need text not null check (length(btrim(need)) >= 1 and length(need) <= 500),
    asked_at timestamptz not null,
    mentor_id uuid,
    offered_at timestamptz,
    accepted_at timestamptz,
    check (mentor_id is distinct from requester_id),
    check ((mentor_id is null) = (offered_at is null)),
    check (accepted_at is null or (offered_at is not null and accepted_at >= offered_at)),
    check (offered_at is null or offered_at >= asked_at)
);
create index mentoring_request_page on peers.mentoring_request (page_id, asked_at desc);
