-- A body's report that its assignment is done (kết quả): what was done, the document that answers the task, and
-- the clerk's decision on it (PENDING until confirmed or returned; ACCEPTED where no confirmation is asked for).
create table task_result (
    id            bigint primary key,
    assignment_id bigint        not null references assignment (id),
    result_text   varchar(2000) not null,
    answer_number varchar(100),
    answer_date   date,
    reported_at   timestamp     not null,
    reported_by   varchar(100)  not null,
    state         varchar(20)   not null,
    decided_at    timestamp,
    decided_by    varchar(100),
    decision_note varchar(2000)
);
create index ix_task_result_assignment on task_result (assignment_id, reported_at);
create sequence task_result_seq start with 1 increment by 50;

-- The files given with a result. Their bytes are kept by the attachment store: by default in attachment_content,
-- so that every instance reads them from the one database.
create table attachment (
    id           bigint primary key,
    result_id    bigint        not null references task_result (id),
    file_name    varchar(200)  not null,
    content_type varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    uploaded_at  timestamp     not null,
    uploaded_by  varchar(100)  not null
);
create index ix_attachment_result on attachment (result_id);
create sequence attachment_seq start with 1 increment by 50;

-- bytea is PostgreSQL's binary string and, in H2, a name of BINARY VARYING.
create table attachment_content (
    attachment_id bigint primary key references attachment (id),
    file_bytes    bytea not null
);

-- What a status change was in the follow-up: REPORT (result given), CONFIRM, RETURN (with the reason as its note);
-- null for a plain change of status. The result it concerns, if any.
alter table status_change add column kind varchar(20);
alter table status_change add column result_id bigint;
alter table status_change add constraint fk_status_change_result foreign key (result_id) references task_result (id);
