-- The list's indexes also hold whether a task is removed, so that a search walking the list's order checks each
-- task's words (probes of task_word) and its removal from the index alone, and reads the row of a matching task
-- only: H2 tests "removed_at is null" first, which otherwise read the row of every task the walk passes.
drop index ix_task_list;
create index ix_task_list on task (deadline_sort, directive_id, position, id, removed_at);
drop index ix_task_directive_list;
create index ix_task_directive_list on task (directive_id, position, id, removed_at);
