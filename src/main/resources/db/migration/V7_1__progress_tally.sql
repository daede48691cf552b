-- An assignment carries its task's deadline and directive, which never change after import, so that the
-- progress report counts assignments without reading their tasks.
alter table assignment add column deadline date;
alter table assignment add column directive_id bigint;
update assignment set deadline = (select t.deadline from task t where t.id = assignment.task_id),
    directive_id = (select t.directive_id from task t where t.id = assignment.task_id);
alter table assignment alter column directive_id set not null;
alter table assignment add constraint fk_assignment_directive foreign key (directive_id) references directive (id);
create index ix_assignment_slice on assignment (directive_id, body_id, deadline, status, done_on);
create index ix_assignment_body_deadline on assignment (body_id, deadline, status, done_on);
create index ix_assignment_deadline on assignment (deadline, status, body_id, done_on);

-- The assignments counted by directive, body, month of the deadline (yyyymm, 0 for none) and state
-- (NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE). Rows with directive 0 count a body's assignments over
-- all directives. Derived data: recounted, slice by slice, in the transaction that changes the assignments.
create table progress_tally (
    directive_id   bigint       not null,
    body_id        bigint       not null references responsible_body (id),
    deadline_month int          not null,
    state          varchar(20)  not null,
    n              bigint       not null,
    constraint pk_progress_tally primary key (directive_id, body_id, deadline_month, state)
);
create index ix_progress_tally_body on progress_tally (body_id);

insert into progress_tally (directive_id, body_id, deadline_month, state, n)
select directive_id, body_id, m, s, count(*) from (
    select directive_id, body_id,
        coalesce(cast(extract(year from deadline) * 100 + extract(month from deadline) as int), 0) as m,
        case when status = 'DONE' then case when deadline is not null and done_on > deadline then 'DONE_LATE'
            else 'DONE_ON_TIME' end else status end as s
    from assignment) x
group by directive_id, body_id, m, s;

insert into progress_tally (directive_id, body_id, deadline_month, state, n)
select 0, body_id, deadline_month, state, sum(n) from progress_tally group by body_id, deadline_month, state;

-- A past day's report takes back the tasks created after it.
create index ix_task_created on task (created_at);
