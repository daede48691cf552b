-- The moment the assignment's task was created, copied onto the assignment when it is made (task.Assignment), so
-- that a report for a past day tells which assignments existed then without reading their tasks' rows, which
-- carry the task's whole text and search words.
alter table assignment add column task_created_at timestamp;
update assignment set task_created_at = (select t.created_at from task t where t.id = assignment.task_id);
alter table assignment alter column task_created_at set not null;
create index ix_assignment_task_created on assignment (task_created_at);
