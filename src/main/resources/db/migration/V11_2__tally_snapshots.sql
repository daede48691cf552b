-- The progress tally over all directives as it stood at the start of a month (task.TallySnapshots): each body's
-- assignments by month of the deadline (yyyymm, 0 for none) and state, with their statuses at 00:00 of that
-- month's first day in Vietnam. A report for a past day starts from the snapshot of the month after it and takes
-- back at most one month of changes. Derived data, built when first needed; no foreign keys, so that building it
-- waits for no insert elsewhere.
create table tally_snapshot (
    at_month       int          not null,
    body_id        bigint       not null,
    deadline_month int          not null,
    state          varchar(20)  not null,
    n              bigint       not null,
    constraint pk_tally_snapshot primary key (at_month, body_id, deadline_month, state)
);
create index ix_tally_snapshot_body on tally_snapshot (body_id);

-- The bodies whose rows a month's snapshot holds: a body without a row here is counted again when next needed.
create table tally_snapshot_body (
    at_month int    not null,
    body_id  bigint not null,
    constraint pk_tally_snapshot_body primary key (at_month, body_id)
);
create index ix_tally_snapshot_body_body on tally_snapshot_body (body_id);
