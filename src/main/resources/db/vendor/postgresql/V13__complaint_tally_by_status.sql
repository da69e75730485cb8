-- The tally (V9, V9_1) counts one more breakdown: 8, the complaint's status, numbered as
-- id.aduan.reports.StatusCodes numbers them (the monthly recaps break a unit's complaints down by status).
create or replace function complaint_tally_rows(c complaint, sign int)
returns table (received_on date, unit_id bigint, dimension smallint, item bigint, counted int, duplicates int,
               not_ours int, rated int, score_sum int, solved int)
language sql immutable as $$
    select c.received_on, coalesce(c.unit_id, 0), d.dimension, coalesce(d.item, -1),
           case when c.status in ('DUPLICATE', 'NOT_OUR_AUTHORITY') then 0 else sign end,
           case when c.status = 'DUPLICATE' then sign else 0 end,
           case when c.status = 'NOT_OUR_AUTHORITY' then sign else 0 end,
           case when c.status not in ('DUPLICATE', 'NOT_OUR_AUTHORITY') and c.rating_score is not null
                then sign else 0 end,
           case when c.status not in ('DUPLICATE', 'NOT_OUR_AUTHORITY') and c.rating_score is not null
                then sign * c.rating_score else 0 end,
           case when c.status not in ('DUPLICATE', 'NOT_OUR_AUTHORITY') and c.rating_solved
                then sign else 0 end
    from (values (0::smallint, 0::bigint), (1::smallint, c.channel_id), (2::smallint, c.category_id),
                 (3::smallint, c.first_answer_days::bigint), (4::smallint, c.service_id),
                 (5::smallint, c.form_id), (6::smallint, c.report_type_id),
                 (7::smallint, c.rating_score::bigint),
                 (8::smallint, case c.status when 'RECEIVED' then 1 when 'VERIFIED' then 2 when 'ROUTED' then 3
                                   when 'IN_FOLLOW_UP' then 4 when 'ANSWERED' then 5 when 'CLOSED' then 6
                                   when 'ON_HOLD' then 7 when 'NOT_OUR_AUTHORITY' then 8 when 'REJECTED' then 9
                                   when 'DUPLICATE' then 10 when 'REOPENED' then 11 end::bigint)) d (dimension, item)
    where c.received_on is not null
$$;

-- The complaints already registered, by status.
insert into complaint_tally (received_on, unit_id, dimension, item, counted, duplicates, not_ours, rated, score_sum, solved)
select r.received_on, r.unit_id, r.dimension, r.item, sum(r.counted), sum(r.duplicates), sum(r.not_ours), sum(r.rated),
       sum(r.score_sum), sum(r.solved)
from complaint c cross join lateral complaint_tally_rows(c, 1) r
where r.dimension = 8
group by r.received_on, r.unit_id, r.dimension, r.item;
