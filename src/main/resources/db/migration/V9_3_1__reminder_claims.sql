-- One body's reminder of one day: claimed by the run that sends it, marked sent once its mail is out. A claim
-- that is released (the mail failed) or older than the lease without sent_at (the sender stopped mid-way) is
-- taken again by the next run, so that every body gets its mail at least once and, barring a crash between
-- sending and marking, exactly once. reminder_run stays the record of the day's run as a whole.
create table reminder_claim (
    run_date   date        not null,
    body_id    bigint      not null references responsible_body (id),
    claimed_at timestamp   not null,
    claimed_by varchar(40),
    attempts   int         not null,
    sent_at    timestamp,
    constraint pk_reminder_claim primary key (run_date, body_id)
);
