-- Every channel in (issue 7): the complainant's access key, mail taken in by Message-ID, idempotent
-- requests, and threading headers on outgoing mail. One schema for H2 (PostgreSQL mode) and PostgreSQL.

-- The complainant's second secret beside the tracking code, for the message thread. Only its
-- SHA-256 is kept; the key itself is shown once, when the complaint is submitted.
alter table complaint add column access_key_hash varchar(64);

-- The same post link, Message-ID or LAPOR! ticket twice is a probable duplicate: looked up by value.
create index complaint_channel_reference on complaint (channel_reference);

-- Every email message Aduan took from its mailbox or from a pipe, by Message-ID: the primary key
-- makes a second taking (another instance, a restart, the same mail sent twice) a no-op. Written in
-- the transaction that stores what the message became.
create table email_message (
    message_id   varchar(500)  primary key,
    complaint_id bigint references complaint (id),
    outcome      varchar(20)   not null,
    sender       varchar(200),
    subject      varchar(300),
    sent_at      timestamp with time zone,
    taken_at     timestamp with time zone not null,
    source       varchar(20)   not null
);

create index email_message_complaint on email_message (complaint_id);

-- A retried POST with the same Idempotency-Key gets the first answer back. The row is written in
-- the transaction that creates the complaint, so a failed request leaves no key behind.
create table idempotency_key (
    scope             varchar(60)   not null,
    idem_key          varchar(200)  not null,
    request_hash      varchar(64)   not null,
    response_status   int           not null,
    response_body     varchar(4000) not null,
    response_location varchar(300),
    complaint_id      bigint references complaint (id),
    created_at        timestamp with time zone not null,
    primary key (scope, idem_key)
);

create index idempotency_key_created on idempotency_key (created_at);

-- Outgoing mail carries its own Message-ID (with the tracking code, so that a reply finds its
-- complaint) and, for the answer to an email complaint, the Message-ID it answers.
alter table notification add column message_id varchar(300);
alter table notification add column in_reply_to varchar(500);

-- The receipt gives the access key for the message thread; an edited template is left alone.
update notification_template set body =
'Yth. {nama},

Pengaduan Anda dengan judul "{judul}" telah kami terima pada {waktu} dengan kode pelacakan {kode}.

Perkembangan penanganan dan tanggapan kami dapat Anda ikuti setiap saat di:
{tautan}

Untuk berkirim pesan dengan petugas tentang pengaduan ini, buka alamat di atas dan masukkan kunci akses Anda: {kunci}

Simpan kode pelacakan dan kunci akses ini; jangan berikan kunci akses kepada orang lain. Pengaduan akan diverifikasi dan diteruskan kepada unit kerja yang berwenang.

Hormat kami,
{kantor}'
where kind = 'RECEIPT' and changed_at is null;

insert into notification_template (kind, subject, body) values
('MAIL_RECEIPT', 'Re: {subjek} [{kode}]',
'Yth. {nama},

Surel Anda telah kami terima pada {waktu} dan dicatat sebagai pengaduan dengan kode pelacakan {kode}.

Perkembangan penanganan dan tanggapan kami dapat Anda ikuti di:
{tautan}
Kunci akses untuk percakapan dengan petugas: {kunci}

Bila ada tambahan keterangan atau dokumen, cukup balas surel ini tanpa mengubah subjeknya: balasan Anda akan masuk ke percakapan pengaduan yang sama.

Hormat kami,
{kantor}'),
('MESSAGE_TO_COMPLAINANT', 'Pesan baru tentang pengaduan {kode}',
'Yth. {nama},

Petugas {kantor} mengirim pesan tentang pengaduan Anda "{judul}" ({kode}):

{pesan}

Untuk membalas, buka {tautan} dan masukkan kunci akses Anda, atau balas surel ini.

Hormat kami,
{kantor}'),
('MESSAGE_TO_STAFF', 'Pesan pengadu tentang pengaduan {kode}',
'Yth. {nama},

Pengadu mengirim pesan tentang pengaduan {kode} "{judul}":

{pesan}

Buka pengaduan: {tautanStaf}

Pesan otomatis Aduan, {kantor}'),
('CHAT_TO_VISITOR', 'Balasan petugas {kantor}',
'Yth. {nama},

Petugas {kantor} membalas percakapan Anda:

{pesan}

Untuk melanjutkan percakapan, buka kembali jendela percakapan di laman kami.

Hormat kami,
{kantor}'),
('CHAT_TO_STAFF', 'Percakapan baru di laman: {nama}',
'Yth. petugas,

Pengunjung laman ({nama}) mengirim pesan:

{pesan}

Buka percakapan: {tautanStaf}

Pesan otomatis Aduan, {kantor}');
