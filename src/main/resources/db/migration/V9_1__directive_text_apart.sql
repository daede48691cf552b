-- A directive's original text in a table of its own, one row per directive. The directive's row is what every
-- task's foreign key is checked against: with the text in it, each of the thousands of inserts of a large import
-- read the whole text again.
create table directive_text (
    directive_id  bigint not null primary key references directive (id),
    original_text text   not null
);
insert into directive_text (directive_id, original_text) select id, original_text from directive;
alter table directive drop column original_text;
