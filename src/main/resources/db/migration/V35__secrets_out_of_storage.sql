-- The receipt's access key is not kept in the outbox's body: the body keeps the {kunci} placeholder,
-- the key waits here until the receipt is sent or given up, and is then cleared. So no sent receipt,
-- and no backup taken after it, holds a key in plain (the register keeps only its SHA-256).
alter table notification add column access_key varchar(20);
