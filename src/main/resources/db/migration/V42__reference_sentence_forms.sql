-- How a reference item reads inside a sentence of an official document ("pengaduan diterima melalui
-- datang langsung ke help desk Ruang PPID", "pengaduan terkait penyaluran bantuan sosial"): the name is a
-- label for lists and forms, capitalised and sometimes bracketed; the sentence form is lower-case where
-- Indonesian writes it so, and says what the label only hints. Empty means the name reads well as it is.
-- contact is what the office publishes for a channel (its page, address, number or e-mail), listed in
-- section 2.2 of the report; empty for a channel the office takes from its own profile (e-mail, phone,
-- address) or that has no public address.
alter table channel add column sentence_form varchar(200);
alter table channel add column contact varchar(300);
alter table report_type add column sentence_form varchar(200);
alter table report_type add column contact varchar(300);
alter table complaint_form add column sentence_form varchar(200);
alter table complaint_form add column contact varchar(300);
alter table category add column sentence_form varchar(200);
alter table category add column contact varchar(300);

update channel set sentence_form = 'fitur chat aplikasi Satu Data atau website' where code = 'CHAT';
update channel set sentence_form = 'website PPID', contact = 'dinsos.burselkab.go.id' where code = 'PPID_WEB';
update channel set contact = 'www.lapor.go.id' where code = 'LAPOR';
update channel set sentence_form = 'surat elektronik (email)' where code = 'EMAIL';
update channel set sentence_form = 'telepon atau WhatsApp' where code = 'PHONE';
update channel set sentence_form = 'datang langsung ke help desk Ruang PPID' where code = 'WALK_IN';
update channel set sentence_form = 'surat tertulis' where code = 'LETTER';
update channel set sentence_form = 'formulir pengaduan daring di laman Aduan' where code = 'WEB_FORM';
update channel set sentence_form = 'aplikasi lain yang terhubung dengan Aduan' where code = 'API';
update channel set contact = 'x.com/Dinsos_Bursel' where code = 'X';
update channel set contact = 'instagram.com/Dinsos_Bursel' where code = 'INSTAGRAM';
update channel set contact = 'facebook.com/Dinsosbursel' where code = 'FACEBOOK';

update report_type set sentence_form = 'pengaduan' where code = 'PENGADUAN';
update report_type set sentence_form = 'aspirasi' where code = 'ASPIRASI';
update report_type set sentence_form = 'permintaan informasi' where code = 'PERMINTAAN_INFORMASI';

update complaint_form set sentence_form = 'pelaksanaan pelayanan yang tidak sesuai dengan standar pelayanan' where code = 'A';
update complaint_form set sentence_form = 'pengabaian kewajiban penyelenggara pelayanan' where code = 'B';
update complaint_form set sentence_form = 'pelanggaran larangan oleh penyelenggara pelayanan publik' where code = 'C';

update category set sentence_form = 'penyaluran bantuan sosial' where code = 'BANSOS';
update category set sentence_form = 'data kesejahteraan sosial (DTKS)' where code = 'DATA';
update category set sentence_form = 'prosedur dan persyaratan layanan' where code = 'PROSEDUR';
update category set sentence_form = 'perilaku petugas' where code = 'PETUGAS';
update category set sentence_form = 'sarana dan prasarana' where code = 'SARPRAS';
update category set sentence_form = 'pengembangan kompetensi' where code = 'KOMPETENSI';
update category set sentence_form = 'informasi umum' where code = 'INFO';
update category set sentence_form = 'kegiatan Dinas Sosial' where code = 'KEGIATAN';
update category set sentence_form = 'hal lainnya' where code = 'LAINNYA';
