-- The office's reference data, taken from its own semester report and Berita Acara 460/148/VI/2023
-- (shared/seed). Everything here is editable by the administrator; rows are never deleted, only
-- deactivated, so old complaints keep their meaning. Rows carry no explicit ids: identity columns
-- then stay in step on PostgreSQL, and references go through the stable codes.

insert into office_profile (id, government_name, office_name, full_name, address, city, postal_code,
                            phone, email, website, head_name, head_title, head_nip, time_zone)
values (1, 'PEMERINTAH KABUPATEN BURU SELATAN', 'DINAS SOSIAL', 'Dinas Sosial Kabupaten Buru Selatan',
        'Jl. Ir. M. Putuhena Kilometer 3', 'Namrole', '97544',
        '(+62) 82238804189 – (+62) 82217353239', 'siksdinsos@gmail.com', 'https://dinsos.burselkab.go.id',
        'ABU BAKAR MAYOR, SP', 'Kepala Dinas Sosial Kabupaten Buru Selatan', '196507031988031017',
        'Asia/Jayapura');

insert into channel (code, name, description, sort_order) values
 ('X', 'X (Twitter)', 'Tautan unggahan atau pesan, mis. twitter.com/Dinsos_Bursel', 10),
 ('INSTAGRAM', 'Instagram', 'Tautan unggahan atau pesan, mis. instagram.com/Dinsos_Bursel', 20),
 ('FACEBOOK', 'Facebook', 'Tautan unggahan atau pesan, mis. facebook.com/Dinsosbursel', 30),
 ('LINKEDIN', 'LinkedIn', 'Tautan unggahan atau pesan, mis. linkedin.com/in/dinsosbursel', 40),
 ('YOUTUBE', 'YouTube', 'Tautan video atau komentar, mis. youtube.com/@DinsosBursel', 50),
 ('TIKTOK', 'TikTok', 'Tautan video atau pesan, mis. @dinsosbursel', 60),
 ('CHAT', 'Fitur chat aplikasi Satu Data / website', 'Nomor atau tautan percakapan', 70),
 ('PPID_WEB', 'Website PPID', 'Nomor permohonan di website dinsos.burselkab.go.id', 80),
 ('LAPOR', 'SP4N-LAPOR! (lapor.go.id)', 'Nomor tiket LAPOR!', 90),
 ('EMAIL', 'Surat elektronik (email)', 'Message-ID surel', 100),
 ('PHONE', 'Telepon / WhatsApp', 'Nomor telepon penelepon atau waktu panggilan', 110),
 ('WALK_IN', 'Datang langsung (help desk Ruang PPID)', 'Nomor buku tamu, bila ada', 120),
 ('LETTER', 'Surat tertulis', 'Nomor dan tanggal surat', 130),
 ('WEB_FORM', 'Formulir daring Aduan', 'Diisi otomatis', 140),
 ('API', 'API (aplikasi lain)', 'Nomor rujukan dari aplikasi pengirim', 150);

insert into report_type (code, name, description, sort_order) values
 ('PENGADUAN', 'Pengaduan', 'Keluhan atas pelayanan publik', 10),
 ('ASPIRASI', 'Aspirasi', 'Saran, usulan, atau masukan', 20),
 ('PERMINTAAN_INFORMASI', 'Permintaan informasi', 'Permintaan informasi publik', 30);

insert into complaint_form (code, name, description, sort_order) values
 ('A', 'Pelaksanaan pelayanan yang tidak sesuai dengan standar pelayanan', 'Perpres 76/2013 Pasal 1 huruf a', 10),
 ('B', 'Pengabaian kewajiban penyelenggara pelayanan', 'Perpres 76/2013 Pasal 1 huruf b', 20),
 ('C', 'Pelanggaran larangan oleh penyelenggara pelayanan publik', 'Perpres 76/2013 Pasal 1 huruf c', 30);

insert into category (code, name, description, sort_order) values
 ('BANSOS', 'Penyaluran bantuan sosial', 'Ketepatan sasaran, jumlah, dan waktu penyaluran bantuan', 10),
 ('DATA', 'Data kesejahteraan sosial (DTKS)', 'Pendaftaran, perbaikan, dan status data', 20),
 ('PROSEDUR', 'Prosedur dan persyaratan layanan', 'Alur, syarat, dan waktu layanan', 30),
 ('PETUGAS', 'Perilaku petugas', 'Sikap, kedisiplinan, dan integritas petugas', 40),
 ('SARPRAS', 'Sarana dan prasarana', NULL, 50),
 ('KOMPETENSI', 'Pengembangan kompetensi', NULL, 60),
 ('INFO', 'Informasi umum', NULL, 70),
 ('KEGIATAN', 'Kegiatan Dinas Sosial', NULL, 80),
 ('LAINNYA', 'Lainnya', NULL, 90);

insert into work_unit (code, name, parent_id, sort_order) values
 ('DINSOS', 'Dinas Sosial Kabupaten Buru Selatan', NULL, 0);
insert into work_unit (code, name, parent_id, sort_order) values
 ('SEKRETARIAT', 'Sekretariat', (select id from work_unit where code = 'DINSOS'), 10),
 ('LINJAMSOS', 'Bidang Perlindungan dan Jaminan Sosial', (select id from work_unit where code = 'DINSOS'), 20),
 ('REHSOS', 'Bidang Rehabilitasi Sosial', (select id from work_unit where code = 'DINSOS'), 30),
 ('DAYASOS', 'Bidang Pemberdayaan Sosial', (select id from work_unit where code = 'DINSOS'), 40),
 ('PFM', 'Bidang Penanganan Fakir Miskin', (select id from work_unit where code = 'DINSOS'), 50);
insert into work_unit (code, name, parent_id, sort_order) values
 ('HUMAS', 'Poksi Humas dan Protokol', (select id from work_unit where code = 'SEKRETARIAT'), 10),
 ('DATIN', 'Pusat Data dan Informasi (SIKS-NG)', (select id from work_unit where code = 'SEKRETARIAT'), 20),
 ('TAGANA', 'Seksi Perlindungan Sosial Korban Bencana (Tagana)', (select id from work_unit where code = 'LINJAMSOS'), 10);

insert into public_service (code, name, unit_id, sort_order) values
 ('L01', 'Rekomendasi Rumah Tidak Layak Huni', (select id from work_unit where code = 'DAYASOS'), 1),
 ('L02', 'Pengusulan BPJS DTKS', (select id from work_unit where code = 'LINJAMSOS'), 2),
 ('L03', 'Rekomendasi PBI JKN', (select id from work_unit where code = 'LINJAMSOS'), 3),
 ('L04', 'Rekomendasi Program Indonesia Pintar DTKS', (select id from work_unit where code = 'DATIN'), 4),
 ('L05', 'Rekomendasi KIP Kuliah DTKS OTM', (select id from work_unit where code = 'DATIN'), 5),
 ('L06', 'Program Keluarga Harapan', (select id from work_unit where code = 'LINJAMSOS'), 6),
 ('L07', 'Rekomendasi Yatim Piatu (YAPI)', (select id from work_unit where code = 'REHSOS'), 7),
 ('L08', 'Rekomendasi Bantuan Pahlawan Ekonomi Nusantara (PENA)', (select id from work_unit where code = 'DAYASOS'), 8),
 ('L09', 'Bantuan Pangan Non Tunai (BPNT)', (select id from work_unit where code = 'PFM'), 9),
 ('L10', 'Rekomendasi Surat Keterangan Miskin', (select id from work_unit where code = 'PFM'), 10),
 ('L11', 'Rekomendasi dan Rujukan (ODGJ, Lansia, ABH, Disabilitas, Orang Terlantar, dan PPKS PMKS DTKS)', (select id from work_unit where code = 'REHSOS'), 11),
 ('L12', 'Rekomendasi Permakanan Lansia dan PMKS PPKS', (select id from work_unit where code = 'REHSOS'), 12),
 ('L13', 'Rekomendasi Permakanan Lansia', (select id from work_unit where code = 'REHSOS'), 13),
 ('L14', 'Rekomendasi Usaha Ekonomi Produktif DTKS PMKS PPKS', (select id from work_unit where code = 'DAYASOS'), 14),
 ('L15', 'Rekomendasi Kedaruratan PMKS PPKS', (select id from work_unit where code = 'LINJAMSOS'), 15),
 ('L16', 'Permakanan/Sandang PMKS (Masyarakat Korban Bencana Alam)', (select id from work_unit where code = 'TAGANA'), 16),
 ('L17', 'Layanan Kemiskinan Ekstrem', (select id from work_unit where code = 'PFM'), 17),
 ('L18', 'P2K2 Modul Gizi (Stunting PKH)', (select id from work_unit where code = 'LINJAMSOS'), 18),
 ('L19', 'Rekomendasi Kube Fakir Miskin', (select id from work_unit where code = 'PFM'), 19),
 ('L20', 'Rekomendasi Izin Operasional Lembaga Kesejahteraan Sosial (LKS)', (select id from work_unit where code = 'DAYASOS'), 20),
 ('L21', 'Prosedur Pelayanan Sistem Layanan dan Rujukan Terpadu (SLRT)', (select id from work_unit where code = 'PFM'), 21),
 ('L22', 'Rekomendasi Pemberdayaan Komunitas Adat Terpencil (KAT)', (select id from work_unit where code = 'DAYASOS'), 22),
 ('L23', 'Rekomendasi Bantuan Perumahan KAT', (select id from work_unit where code = 'DAYASOS'), 23),
 ('L24', 'Pelayanan Pendampingan Kasus Kekerasan Hukum Anak dan Perempuan', (select id from work_unit where code = 'REHSOS'), 24),
 ('L25', 'Pelayanan Mitigasi Taruna Siaga Bencana Alam', (select id from work_unit where code = 'TAGANA'), 25),
 ('L26', 'Bantuan Sembako Adaptif', (select id from work_unit where code = 'PFM'), 26),
 ('L27', 'Bantuan Sembako (Darurat/Bencana Darurat yang ditetapkan Pemerintah sebagai Darurat Nasional)', (select id from work_unit where code = 'TAGANA'), 27),
 ('L28', 'Pemulangan Orang Terlantar ke Daerah Asal', (select id from work_unit where code = 'REHSOS'), 28),
 ('L29', 'Syarat Pemberian Gelar Pahlawan Perintis Kemerdekaan dan Pahlawan Daerah', (select id from work_unit where code = 'DAYASOS'), 29),
 ('L30', 'Rekomendasi Izin Undian Gratis dan Bantuan Sosial', (select id from work_unit where code = 'DAYASOS'), 30),
 ('L31', 'Izin Ziarah Taman Makam Pahlawan', (select id from work_unit where code = 'DAYASOS'), 31),
 ('L32', 'Layanan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)', (select id from work_unit where code = 'REHSOS'), 32),
 ('L33', 'Penanganan Korban Kekerasan Berbasis Gender', (select id from work_unit where code = 'REHSOS'), 33),
 ('L34', 'Rekomendasi Pemberdayaan Wanita Rawan Sosial Ekonomi', (select id from work_unit where code = 'DAYASOS'), 34),
 ('L35', 'Pelayanan dan Pengangkatan Anak (Adopsi)', (select id from work_unit where code = 'REHSOS'), 35),
 ('L36', 'Rekomendasi dan Rujukan Korban Penyalahgunaan Napza', (select id from work_unit where code = 'REHSOS'), 36),
 ('L37', 'Layanan Rekomendasi Alat Bantu PMKS', (select id from work_unit where code = 'REHSOS'), 37),
 ('L38', 'Pelayanan Pemantauan Anak dan Perempuan yang Berurusan dengan Hukum', (select id from work_unit where code = 'REHSOS'), 38),
 ('L39', 'Alur Pelayanan Pengiriman Tenaga Kerja untuk Mendapatkan Pelatihan', (select id from work_unit where code = 'DAYASOS'), 39),
 ('L40', 'Alur Pelayanan PBI BPJS Bayi Baru Lahir', (select id from work_unit where code = 'LINJAMSOS'), 40),
 ('L41', 'Alur Pelayanan Laporan', (select id from work_unit where code = 'SEKRETARIAT'), 41),
 ('L42', 'Alur Pelayanan Rekonsiliasi Penyaluran PKH dan BPNT', (select id from work_unit where code = 'LINJAMSOS'), 42),
 ('L43', 'Alur Pelayanan E-Warong Sembako', (select id from work_unit where code = 'PFM'), 43),
 ('L44', 'Alur Pelayanan Pengaduan', (select id from work_unit where code = 'HUMAS'), 44);
