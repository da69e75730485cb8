-- The complainant's latest verdict on each complaint (score 1–5 and whether the problem was solved),
-- kept on the complaint itself; complaint_rating keeps every verdict ever given. Reports count the
-- latest verdict only, so a complaint rated twice counts once.
alter table complaint add column rating_score int;
alter table complaint add column rating_solved boolean;
update complaint set rating_score = (select r.score from complaint_rating r where r.complaint_id = complaint.id
                                     order by r.answered_at desc fetch first 1 row only),
                     rating_solved = (select r.solved from complaint_rating r where r.complaint_id = complaint.id
                                      order by r.answered_at desc fetch first 1 row only)
where exists (select 1 from complaint_rating r where r.complaint_id = complaint.id);

-- Every report and the dashboard count a period's complaints by status, channel, category, unit,
-- service, form, report type, response time and verdict. With all of them in one index on the date
-- received, PostgreSQL counts a semester from the index alone (an index-only scan), without reading
-- the complaints' rows with their long texts. It replaces the index on the date alone.
create index complaint_report on complaint (received_on, status, channel_id, category_id, unit_id, service_id,
                                            form_id, report_type_id, first_answer_days, rating_score, rating_solved);
drop index complaint_received_on;

-- The dashboard counts overdue complaints per unit; with the unit in the index on the due date, from
-- the index alone.
create index complaint_due_unit on complaint (current_due, unit_id);
drop index complaint_current_due;
