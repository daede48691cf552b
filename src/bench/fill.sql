-- Copies the seed directive (the smallest id) up to @COPIES@ times, each copy a directive of its own with a
-- distinct title and hash, imported 13 to 14 months ago (so that a report of a past day holds their tasks),
-- deadlines spread over the past year and the next half-year, statuses mixed (about two in five done, one in five
-- in progress), a status change for each started assignment, and the words of the search index. Run with the
-- application stopped; it recounts the progress tally at its next start (dondoc.tally.rebuild-at-start).
-- @NUMBERS@ and @DAYS(d, n)@ are written for H2 or PostgreSQL by src/bench/run.
insert into directive (title, issuer, document_date, content_hash, active_hash, imported_at, imported_by, doc_number, kind, version)
select d.title || ' (bản ' || n.x || ')', d.issuer, d.document_date, 'bench-' || n.x, 'bench-' || n.x,
    cast(@DAYS(current_date, mod(n.x, 30) - 400)@ as timestamp), 'bench', d.doc_number, d.kind, 0
from directive d, (@NUMBERS@) n
where d.id = (select min(id) from directive)
  and not exists (select 1 from directive e where e.content_hash = 'bench-' || n.x);

insert into directive_text (directive_id, original_text)
select d.id, s.original_text from directive d, directive_text s
where d.imported_by = 'bench' and s.directive_id = (select min(id) from directive)
  and not exists (select 1 from directive_text e where e.directive_id = d.id);

insert into task (directive_id, position, text, section, start_offset, end_offset, deadline, deadline_text, deadline_kind,
    recurrence, search_text, created_at, updated_at, version, deadline_sort)
select c.id, t.position, t.text, t.section, t.start_offset, t.end_offset,
    case when t.deadline is null then null else @DAYS(current_date, mod(c.x * 37 + t.position * 11, 540) - 360)@ end,
    t.deadline_text, t.deadline_kind, t.recurrence, t.search_text || ' ban ' || c.x, c.imported_at, c.imported_at, 0,
    case when t.deadline is null then date '9999-12-31' else @DAYS(current_date, mod(c.x * 37 + t.position * 11, 540) - 360)@ end
from (select d.id, d.imported_at, cast(substring(d.content_hash from 7) as int) as x from directive d
      where d.imported_by = 'bench' and not exists (select 1 from task e where e.directive_id = d.id)) c,
     task t
where t.directive_id = (select min(id) from directive) and t.removed_at is null;

insert into assignment (task_id, body_id, role, status, inferred, reason, done_on, updated_at, updated_by, version, deadline,
    directive_id, withdrawn, task_created_at)
select c.id, a.body_id, a.role,
    case when mod(c.id + a.body_id, 5) < 2 then 'DONE' when mod(c.id + a.body_id, 5) = 2 then 'IN_PROGRESS' else 'NOT_STARTED' end,
    a.inferred, a.reason,
    case when mod(c.id + a.body_id, 5) < 2
        then case when c.deadline is null then current_date else least(current_date, @DAYS(c.deadline, mod(c.id, 21) - 12)@) end end,
    c.created_at, 'bench', 0, c.deadline, c.directive_id, false, c.created_at
from task c
join directive d on d.id = c.directive_id and d.imported_by = 'bench'
join task t on t.directive_id = (select min(id) from directive) and t.position = c.position
join assignment a on a.task_id = t.id
where not exists (select 1 from assignment e where e.task_id = c.id);

insert into status_change (assignment_id, changed_at, changed_by, from_status, to_status)
select a.id, cast(coalesce(a.done_on, @DAYS(current_date, -mod(a.id, 200))@) as timestamp), 'bench', 'NOT_STARTED', a.status
from assignment a
where a.updated_by = 'bench' and a.status <> 'NOT_STARTED'
  and not exists (select 1 from status_change e where e.assignment_id = a.id);

insert into task_word (task_id, word)
select c.id, w.word from task c
join directive d on d.id = c.directive_id and d.imported_by = 'bench'
join task t on t.directive_id = (select min(id) from directive) and t.position = c.position
join task_word w on w.task_id = t.id
where not exists (select 1 from task_word e where e.task_id = c.id);

insert into task_word (task_id, word)
select c.id, substring(d.content_hash from 7) from task c
join directive d on d.id = c.directive_id and d.imported_by = 'bench'
where not exists (select 1 from task_word e where e.task_id = c.id and e.word = substring(d.content_hash from 7));

insert into task_word (task_id, word)
select c.id, 'ban' from task c
join directive d on d.id = c.directive_id and d.imported_by = 'bench'
where not exists (select 1 from task_word e where e.task_id = c.id and e.word = 'ban');
