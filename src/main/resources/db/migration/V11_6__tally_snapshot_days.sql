-- The deadlines of the month before a snapshot's, day by day (task.TallySnapshots): each body's assignments with
-- a deadline in that month, by deadline and state, with their statuses at 00:00 of the snapshot month's first day.
-- A report for a day of that month compares these deadlines with the day itself, so it reads them from here
-- instead of reading each assignment's history. Snapshots built before this table lack them: they go, and are
-- built again when next needed.
create table tally_snapshot_day (
    at_month int          not null,
    body_id  bigint       not null,
    deadline date         not null,
    state    varchar(20)  not null,
    n        bigint       not null,
    constraint pk_tally_snapshot_day primary key (at_month, body_id, deadline, state)
);
create index ix_tally_snapshot_day_body on tally_snapshot_day (body_id);

delete from tally_snapshot_body;
delete from tally_snapshot;
