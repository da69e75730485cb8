-- The report's running tally: per day received, work unit (0 for none) and breakdown, how many
-- complaints there are of each item, so that the dashboard and the reports of a large office add up a
-- few hundred thousand small rows instead of counting a million complaints. Breakdowns
-- ("dimension"): 0 every complaint (item 0), 1 channel, 2 category, 3 response time in working days,
-- 4 service, 5 complaint form, 6 report type, 7 latest verdict's score; item -1 means none.
-- Counted complaints are those in the period's total; duplicates and not-our-authority apart; rated,
-- score_sum and solved are of the counted complaints' latest verdicts.
--
-- On PostgreSQL a trigger keeps the tally in step with every insert, update and delete of a complaint
-- (db/vendor/postgresql). On H2, the embedded database of a single small office, the table stays
-- empty and Aduan counts the complaints themselves.
create table complaint_tally (
    received_on date     not null,
    unit_id     bigint   not null,
    dimension   smallint not null,
    item        bigint   not null,
    counted     int      not null,
    duplicates  int      not null,
    not_ours    int      not null,
    rated       int      not null,
    score_sum   int      not null,
    solved      int      not null,
    primary key (received_on, unit_id, dimension, item)
);

create index complaint_tally_dimension on complaint_tally (dimension, received_on);
