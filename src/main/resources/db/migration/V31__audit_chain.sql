-- The audit trail made tamper-evident. Writers still only insert (in their own transaction, without
-- waiting for anyone); a sealing job then gives each committed entry the next number of the chain
-- (chain_seq), the hash of the entry before it (prev_hash) and its own hash over its content and that
-- link (entry_hash). The head of the chain is one row, audit_chain, locked while sealing so that
-- instances seal one after another and the chain never forks. Entries written before this migration
-- are sealed by the first run of the job, in the order of their ids.

alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);

create unique index audit_entry_chain_seq on audit_entry (chain_seq);

create table audit_chain (
    id        int         primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    sealed_at timestamp with time zone
);

insert into audit_chain (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
