-- Corrections after import. A directive's details are edited from an open page: its version refuses a change
-- made from an out-of-date one.
alter table directive add column version bigint not null default 0;

-- A withdrawn directive (thu hồi) stays for the record, with who withdrew it, when and why; it leaves every
-- list and report until it is restored.
alter table directive add column withdrawn_at timestamp;
alter table directive add column withdrawn_by varchar(100);
alter table directive add column withdrawal_reason varchar(1000);

-- The same text may be imported again once its earlier copy is withdrawn: only directives in force hold their
-- hash in active_hash, which is unique (a withdrawn one holds null there; nulls never collide).
alter table directive add column active_hash varchar(64);
update directive set active_hash = content_hash;
alter table directive drop constraint uk_directive_hash;
alter table directive add constraint uk_directive_active_hash unique (active_hash);
create index ix_directive_hash on directive (content_hash);

-- A removed task stays for the record, like a withdrawn directive, and can be restored.
alter table task add column removed_at timestamp;
alter table task add column removed_by varchar(100);
alter table task add column removal_reason varchar(1000);

-- True while the assignment's task is removed or its directive withdrawn: such assignments are kept with their
-- history but count nowhere (tally, reports, reminders, calendars, start page).
alter table assignment add column withdrawn boolean not null default false;
