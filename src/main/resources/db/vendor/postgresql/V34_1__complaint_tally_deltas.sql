-- The tally's trigger (V9_1) appends each change's contribution to complaint_tally_delta (V34) instead
-- of adding it into complaint_tally's rows: no two registrations wait for each other's commit any more.
-- reports.TallyFolding moves the appended rows into the tally; the counting reads both.
create or replace function complaint_tally_change() returns trigger language plpgsql as $$
begin
    insert into complaint_tally_delta (received_on, unit_id, dimension, item, counted, duplicates, not_ours, rated,
                                       score_sum, solved)
    select r.received_on, r.unit_id, r.dimension, r.item, sum(r.counted), sum(r.duplicates), sum(r.not_ours),
           sum(r.rated), sum(r.score_sum), sum(r.solved)
    from (select * from complaint_tally_rows(old, -1)
          union all
          select * from complaint_tally_rows(new, 1)) r
    group by r.received_on, r.unit_id, r.dimension, r.item
    having sum(r.counted) <> 0 or sum(r.duplicates) <> 0 or sum(r.not_ours) <> 0 or sum(r.rated) <> 0
        or sum(r.score_sum) <> 0 or sum(r.solved) <> 0;
    return null;
end
$$;

create or replace function complaint_tally_clear() returns trigger language plpgsql as $$
begin
    truncate complaint_tally, complaint_tally_delta;
    return null;
end
$$;
