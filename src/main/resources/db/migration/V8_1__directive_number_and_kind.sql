-- A directive's number as its header writes it ("13/CT-TTg", "155-KL/TW") and the code of its kind ("chi-thi",
-- as in reader/document-kinds.tsv), so that lists can tell directives with similar titles apart.
alter table directive add column doc_number varchar(100);
alter table directive add column kind varchar(40);
create index ix_directive_number on directive (doc_number);
