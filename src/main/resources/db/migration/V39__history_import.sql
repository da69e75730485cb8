-- Complaints from before Aduan, imported with their whole handling (module history). A row of the
-- office's file is known by its own reference, so that importing the same file again adds nothing:
-- the register keeps that reference, unique, on the complaint it became. Complaints registered in
-- Aduan have none.
alter table complaint add column import_reference varchar(100);

create unique index complaint_import_reference on complaint (import_reference);
