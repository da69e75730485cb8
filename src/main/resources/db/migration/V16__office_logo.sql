-- The office's emblem for the kop surat (for a regency office, the regency's coat of arms), printed at
-- the left of the letterhead of every official document. One row at most; without it the letterhead
-- is text only.
create table office_logo (
    id           int          primary key,
    content      bytea        not null,
    content_type varchar(20)  not null,
    sha256       varchar(64)  not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  varchar(200) not null
);
