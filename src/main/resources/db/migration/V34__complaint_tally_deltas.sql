-- What each change of a complaint adds to or takes from the report's tally (V9), appended rather than
-- added into the tally's rows at once. Every complaint registered today touches the same tally rows
-- (today, no unit, each breakdown's item), so adding in place made each registration hold those rows
-- locked until it committed, and registrations queued behind one another. Appending locks nothing that
-- another registration needs; the counting reads the tally plus these rows, and a job folds them into
-- the tally every few seconds (reports.TallyFolding). Same columns as complaint_tally, no key.
--
-- Kept on PostgreSQL only, like the tally itself (db/vendor/postgresql/V34_1); on H2 it stays empty.
create table complaint_tally_delta (
    received_on date     not null,
    unit_id     bigint   not null,
    dimension   smallint not null,
    item        bigint   not null,
    counted     int      not null,
    duplicates  int      not null,
    not_ours    int      not null,
    rated       int      not null,
    score_sum   int      not null,
    solved      int      not null
);

create index complaint_tally_delta_day on complaint_tally_delta (received_on);
