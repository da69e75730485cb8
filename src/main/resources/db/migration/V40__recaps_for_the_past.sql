-- Recaps for the past (issue 15). A unit without an officer account cannot enter its own recap: the
-- coordinator enters its lines and submits it on its behalf, and the recap says so.
alter table recap_entry add column on_behalf boolean default false not null;
alter table recap add column submitted_on_behalf boolean default false not null;

-- The day the office started with Aduan. Recaps are owed from its month unless the administrator
-- chooses another first month, and a recap of a month due before it is history, never "late".
-- Written by the web application's first start; an Aduan that already runs started the day its first
-- account was made.
create table recap_start (
    id           int  primary key,
    installed_on date not null
);

insert into recap_start (id, installed_on)
select 1, cast(created_at as date) from staff_account
where created_at = (select min(created_at) from staff_account)
fetch first 1 rows only;
