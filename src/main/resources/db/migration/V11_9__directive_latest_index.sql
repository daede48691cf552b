-- The task list, the report and the start page offer the newest directives in force (Directive.latest): without an
-- index in that order the database read and sorted every directive for the 30 it shows.
create index ix_directive_latest on directive (imported_at desc, id desc);
