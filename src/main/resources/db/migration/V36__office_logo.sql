-- The office's emblem for the kop surat (for a regency office, the regency's coat of arms), printed at
-- the left of the letterhead of every official document. One row at most; without it the letterhead
-- is text only.
--
-- Idempotent on purpose: earlier releases shipped this migration as V16 and applied it out of order,
-- after V31. Migrations now run in one order (spring.flyway.out-of-order=false), so it moved to the
-- next free version. A database that already has the table from V16 runs this one as a no-op, and
-- Flyway does not fail validation for the V16 row it can no longer find
-- (spring.flyway.ignore-migration-patterns includes *:missing). See docs/operations.md, "Upgrade".
create table if not exists office_logo (
    id           int          primary key,
    content      bytea        not null,
    content_type varchar(20)  not null,
    sha256       varchar(64)  not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(200) not null
);
