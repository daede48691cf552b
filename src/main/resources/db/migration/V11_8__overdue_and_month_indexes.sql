-- Today's overdue list reads each body's open assignments by status and deadline (report.ProgressFigures), so that a
-- body with few overdue tasks among many past deadlines reads those few: (body, status) becomes (body, status,
-- deadline), which still serves what read it before. The current month's counts read every assignment due in the
-- month: with the withdrawal in the deadline index, PostgreSQL answers them from the index alone.
drop index ix_assignment_body;
create index ix_assignment_body on assignment (body_id, status, deadline);
drop index ix_assignment_deadline;
create index ix_assignment_deadline on assignment (deadline, status, body_id, done_on, withdrawn);
