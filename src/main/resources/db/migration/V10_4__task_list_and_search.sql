-- The list's default order as one key an index holds: the deadline, or for a task without one a far day, so that
-- such tasks come last. The application writes it with the deadline.
alter table task add column deadline_sort date default date '9999-12-31' not null;
update task set deadline_sort = deadline where deadline is not null;
create index ix_task_list on task (deadline_sort, directive_id, position, id);
create index ix_task_directive_list on task (directive_id, position, id);
drop index ix_task_search;
-- The list leaves out the tasks of withdrawn directives through a subquery on the few of them, not a join.
create index ix_directive_withdrawn on directive (withdrawn_at);

-- The words of each task's search column (its text, its directive's number and title, its notes), folded, once
-- each: a search looks up each word it is given by prefix instead of reading every task's text.
-- V10_4_1 fills it for the tasks already saved.
create table task_word (
    task_id bigint      not null references task (id),
    word    varchar(40) not null,
    primary key (task_id, word)
);
create index ix_task_word on task_word (word, task_id);
