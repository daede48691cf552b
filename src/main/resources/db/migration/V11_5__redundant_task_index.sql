-- ix_task_directive_list (directive_id, position, id) serves every look-up that ix_task_directive (directive_id,
-- position) served; keeping both only made each import write one more index entry per task.
drop index ix_task_directive;
