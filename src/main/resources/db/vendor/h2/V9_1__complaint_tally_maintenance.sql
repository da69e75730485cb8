-- On H2 the tally is not kept: Aduan counts the complaints themselves (see V9).
comment on table complaint_tally is 'Not kept on H2; see V9__complaint_tally.sql';
