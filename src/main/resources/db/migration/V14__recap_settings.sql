-- The recap cycle as the administrator sets it on its page (Administrasi -> Rekap bulanan): the day of
-- the next month a recap is due, whether the head of the unit approves it, the first month recaps are
-- owed. One row at most; while there is none, the aduan.recaps.* properties apply.
create table recap_setting (
    id                int          primary key,
    due_day           int          not null,
    approval_required boolean      not null,
    first_month       varchar(7),
    updated_at        timestamp with time zone not null,
    updated_by        varchar(200) not null
);
