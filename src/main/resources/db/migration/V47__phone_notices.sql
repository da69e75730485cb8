-- A complainant may agree to hear of their complaint by WhatsApp or SMS on the mobile number they gave
-- ("kirim pemberitahuan ke WhatsApp/SMS"); a number given for a call back is not a number to write to.
alter table complaint add column complainant_phone_notices boolean default false not null;

-- A WhatsApp message to the office's number finds its sender's open complaint by the number.
create index complaint_phone on complaint (complainant_phone);

-- The outbox carries WhatsApp and SMS messages beside emails, each once (its own dedupe key), retried
-- the same way: the medium, the platform's id of a sent message (WhatsApp's wamid, the SMS gateway's
-- id, if it gives one) and what the platform last reported of it (sent, delivered, read, failed).
alter table notification add column medium varchar(10) default 'EMAIL' not null;
alter table notification add column provider_id varchar(200);
alter table notification add column delivery_status varchar(20);
alter table notification add column delivery_at timestamp with time zone;
create index notification_provider on notification (provider_id);
