-- The administrator's settings of the WhatsApp Business Platform (Cloud API) and of an HTTP SMS gateway,
-- both switched off until the administrator switches them on. No token or secret is kept here (nor in
-- a backup): the access token, the app secret, the webhook's verify token and the SMS gateway's
-- credential come from the configuration (aduan.messaging.*, e.g. the environment).
create table messaging_settings (
    id                       int           primary key,
    whatsapp_enabled         boolean       not null,
    whatsapp_phone_number_id varchar(40),
    whatsapp_language        varchar(15)   not null,
    sms_enabled              boolean       not null,
    sms_url                  varchar(500),
    sms_method               varchar(10)   not null,
    sms_content_type         varchar(100)  not null,
    sms_body                 varchar(2000) not null,
    sms_auth_header          varchar(100)  not null,
    changed_at               timestamp with time zone,
    changed_by               varchar(200)
);

insert into messaging_settings (id, whatsapp_enabled, whatsapp_language, sms_enabled, sms_method, sms_content_type,
                                sms_body, sms_auth_header)
values (1, false, 'id', false, 'POST', 'application/json', '{"to": "{nomor}", "message": "{pesan}"}', 'Authorization');

-- Per notice to the complainant: the name of its WhatsApp message template (approved in WhatsApp
-- Manager, parameters in the order docs/operations.md gives) and the text of its SMS.
create table phone_notice_text (
    notice            varchar(30)   primary key,
    whatsapp_template varchar(512)  not null,
    sms_text          varchar(1000) not null,
    changed_at        timestamp with time zone,
    changed_by        varchar(200)
);

insert into phone_notice_text (notice, whatsapp_template, sms_text) values
('RECEIPT', 'aduan_tanda_terima', 'Pengaduan Anda diterima. Kode pelacakan {kode}, kunci akses {kunci} (simpan, hanya diberikan sekali). Lacak: {tautan}'),
('ANSWERED', 'aduan_tanggapan', 'Pengaduan {kode} telah ditanggapi. Baca tanggapan, beri penilaian atau ajukan keberatan paling lambat {batas}: {tautan}'),
('INFORMATION_REQUESTED', 'aduan_pesan_petugas', 'Petugas menulis pesan tentang pengaduan {kode}. Baca dan balas dengan kunci akses Anda: {tautan}'),
('CLOSED', 'aduan_selesai', 'Pengaduan {kode} telah selesai. Riwayatnya: {tautan}');

-- Every WhatsApp message to the office's number that Aduan took, once by the platform's message id,
-- and what it became: COMPLAINT (a new one), REPLY (in the thread of the sender's open complaint),
-- IGNORED (nothing to take, e.g. a sticker).
create table whatsapp_message (
    message_id   varchar(200) primary key,
    sender       varchar(20)  not null,
    received_at  timestamp with time zone not null,
    outcome      varchar(20),
    complaint_id bigint references complaint (id)
);
