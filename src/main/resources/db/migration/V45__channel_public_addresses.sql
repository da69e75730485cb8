-- Where the public reaches the office through each channel (issue 18): the front page lists the
-- channels as links. A web address, mailto: or an app link; empty for channels with no address of
-- their own (walk-in, letter).
alter table channel add column public_address varchar(300);

update channel set public_address = 'https://x.com/Dinsos_Bursel' where code = 'X';
update channel set public_address = 'https://www.instagram.com/Dinsos_Bursel' where code = 'INSTAGRAM';
update channel set public_address = 'https://www.facebook.com/Dinsosbursel' where code = 'FACEBOOK';
update channel set public_address = 'https://www.linkedin.com/in/dinsosbursel' where code = 'LINKEDIN';
update channel set public_address = 'https://www.youtube.com/@DinsosBursel' where code = 'YOUTUBE';
update channel set public_address = 'https://www.tiktok.com/@dinsosbursel' where code = 'TIKTOK';
update channel set public_address = 'https://dinsos.burselkab.go.id' where code = 'PPID_WEB';
update channel set public_address = 'https://www.lapor.go.id' where code = 'LAPOR';
update channel set public_address = 'mailto:siksdinsos@gmail.com' where code = 'EMAIL';
update channel set public_address = 'https://wa.me/6282238804189' where code = 'PHONE';
update channel set public_address = '/pengaduan/baru' where code = 'WEB_FORM';
