-- Keeps complaint_tally (V9) in step with the complaints, whatever writes them: Aduan, an import, or a
-- correction typed in psql. Every change of a complaint takes its old contribution out and puts its
-- new one in, in one statement that locks the tally rows in a fixed order, so that two transactions
-- never wait for each other crosswise.

-- What one complaint contributes to the tally, multiplied by sign (+1 to add, -1 to take out).
create function complaint_tally_rows(c complaint, sign int)
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
                 (7::smallint, c.rating_score::bigint)) d (dimension, item)
    where c.received_on is not null
$$;

create function complaint_tally_change() returns trigger language plpgsql as $$
begin
    insert into complaint_tally as t (received_on, unit_id, dimension, item, counted, duplicates, not_ours, rated,
                                      score_sum, solved)
    select r.received_on, r.unit_id, r.dimension, r.item, sum(r.counted), sum(r.duplicates), sum(r.not_ours),
           sum(r.rated), sum(r.score_sum), sum(r.solved)
    from (select * from complaint_tally_rows(old, -1)
          union all
          select * from complaint_tally_rows(new, 1)) r
    group by r.received_on, r.unit_id, r.dimension, r.item
    having sum(r.counted) <> 0 or sum(r.duplicates) <> 0 or sum(r.not_ours) <> 0 or sum(r.rated) <> 0
        or sum(r.score_sum) <> 0 or sum(r.solved) <> 0
    order by r.received_on, r.unit_id, r.dimension, r.item
    on conflict (received_on, unit_id, dimension, item) do update
        set counted = t.counted + excluded.counted, duplicates = t.duplicates + excluded.duplicates,
            not_ours = t.not_ours + excluded.not_ours, rated = t.rated + excluded.rated,
            score_sum = t.score_sum + excluded.score_sum, solved = t.solved + excluded.solved;
    return null;
end
$$;

create function complaint_tally_clear() returns trigger language plpgsql as $$
begin
    truncate complaint_tally;
    return null;
end
$$;

create trigger complaint_tally_insert_delete after insert or delete on complaint
    for each row execute function complaint_tally_change();

-- Most updates (deadlines, notes, the version) change nothing the tally counts and skip it.
create trigger complaint_tally_update after update on complaint
    for each row
    when (old.received_on is distinct from new.received_on or old.unit_id is distinct from new.unit_id
          or old.status is distinct from new.status or old.channel_id is distinct from new.channel_id
          or old.category_id is distinct from new.category_id
          or old.first_answer_days is distinct from new.first_answer_days
          or old.service_id is distinct from new.service_id or old.form_id is distinct from new.form_id
          or old.report_type_id is distinct from new.report_type_id
          or old.rating_score is distinct from new.rating_score
          or old.rating_solved is distinct from new.rating_solved)
    execute function complaint_tally_change();

create trigger complaint_tally_truncate after truncate on complaint
    for each statement execute function complaint_tally_clear();

-- The complaints already registered.
insert into complaint_tally (received_on, unit_id, dimension, item, counted, duplicates, not_ours, rated, score_sum, solved)
select r.received_on, r.unit_id, r.dimension, r.item, sum(r.counted), sum(r.duplicates), sum(r.not_ours), sum(r.rated),
       sum(r.score_sum), sum(r.solved)
from complaint c cross join lateral complaint_tally_rows(c, 1) r
group by r.received_on, r.unit_id, r.dimension, r.item;
