-- Follow-up after a task is assigned: requests to adjust one assignment's deadline, reminder letters (văn bản
-- đôn đốc) sent to a body about its late or soon-due assignments, and the clerk's remark on a body's work in a
-- period. original_deadline is the assignment's deadline before its first approved adjustment (null while none).
alter table assignment add column original_deadline date;

create table deadline_request (
    id                 bigint primary key,
    assignment_id      bigint        not null references assignment (id),
    requested_deadline date          not null,
    reason             varchar(2000) not null,
    requested_by       varchar(100)  not null,
    requested_at       timestamp     not null,
    state              varchar(20)   not null,
    decided_by         varchar(100),
    decided_at         timestamp,
    decision_reason    varchar(2000),
    -- the deadline the assignment had when the request was made, so that the history says what changed
    previous_deadline  date
);
create sequence deadline_request_seq start with 1 increment by 50;
create index ix_deadline_request_assignment on deadline_request (assignment_id, requested_at);
create index ix_deadline_request_state on deadline_request (state, requested_at);

create table reminder_letter (
    id           bigint primary key,
    body_id      bigint       not null references responsible_body (id),
    generated_at timestamp    not null,
    generated_by varchar(100) not null
);
create sequence reminder_letter_seq start with 1 increment by 50;
create index ix_reminder_letter_body on reminder_letter (body_id, generated_at);

-- One assignment named in a letter, with how many letters about it there had been, this one included.
create table reminder_letter_item (
    id            bigint primary key,
    letter_id     bigint not null references reminder_letter (id),
    assignment_id bigint not null references assignment (id),
    ordinal       int    not null
);
create sequence reminder_letter_item_seq start with 1 increment by 50;
create index ix_reminder_letter_item_letter on reminder_letter_item (letter_id);
create index ix_reminder_letter_item_assignment on reminder_letter_item (assignment_id);

create table period_evaluation (
    id          bigint primary key,
    body_id     bigint        not null references responsible_body (id),
    period_from date          not null,
    period_to   date          not null,
    remark      varchar(4000) not null,
    updated_at  timestamp     not null,
    updated_by  varchar(100)  not null,
    version     bigint        not null,
    constraint uk_period_evaluation unique (body_id, period_from, period_to)
);
create sequence period_evaluation_seq start with 1 increment by 50;
