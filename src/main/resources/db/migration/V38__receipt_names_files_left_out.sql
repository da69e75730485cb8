-- The reply to an emailed complaint names the attachments that were not kept, and why ({lampiran},
-- empty when every file was kept): the citizen cannot see the complaint's files. Put in after the
-- access key in the template as shipped, and at the end of one the office has rewritten.
update notification_template set body = replace(body, '{kunci}

Bila ada tambahan', '{kunci}
{lampiran}
Bila ada tambahan')
where kind = 'MAIL_RECEIPT';

update notification_template set body = body || '
{lampiran}'
where kind = 'MAIL_RECEIPT' and body not like '%{lampiran}%';
