-- A unit that has not returned its recap by the due date hears so itself, once, besides the
-- coordinators' list of the units that missed it (RECAP_MISSING).
insert into notification_template (kind, subject, body) values
('RECAP_OVERDUE', 'Rekapitulasi pengaduan {bulan} {unit} melewati batas waktu {batas}',
'Yth. {nama},

Rekapitulasi pengaduan {unit} bulan {bulan} belum dikirim, padahal batas waktunya {batas}. Mohon segera periksa dan kirim rekapitulasi tersebut; koordinator telah menerima daftar unit kerja yang belum mengirim.

Buka rekapitulasi: {tautanStaf}

Pesan otomatis Aduan, {kantor}');
