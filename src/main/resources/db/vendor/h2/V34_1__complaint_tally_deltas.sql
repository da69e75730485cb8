-- On H2 the tally is not kept: Aduan counts the complaints themselves (see V9 and V34).
comment on table complaint_tally_delta is 'Not kept on H2; see V34__complaint_tally_deltas.sql';
