-- The progress report reads, for every assignment, its last status change up to a day: the index holds the
-- change's target status so that the lookup never has to visit the table.
create index ix_status_change_asof on status_change (assignment_id, changed_at, to_status);
