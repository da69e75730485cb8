-- On H2 the tally is not kept (see V9); the status breakdown is counted from the complaints themselves.
comment on table complaint_tally is 'Not kept on H2; see V9__complaint_tally.sql and V13';
