-- Receipts and kept Idempotency answers written before V34 held the access key in plain. A receipt
-- still waiting gets its key moved to access_key (put back in as it is sent, then cleared); every
-- receipt's body gets the {kunci} placeholder back; kept answers lose the key. (PostgreSQL's twin
-- differs only in the function that picks the key out and in the flags.)
update notification
set access_key = regexp_substr(body, '(kunci akses[^:\r\n]{0,80}: )([2-9A-Z]{4}-[2-9A-Z]{4})', 1, 1, 'i', 2)
where kind in ('RECEIPT', 'MAIL_RECEIPT') and status = 'PENDING' and access_key is null;

update notification
set body = regexp_replace(body, '(kunci akses[^:\r\n]{0,80}: )[2-9A-Z]{4}-[2-9A-Z]{4}', '\1{kunci}', 'i')
where kind in ('RECEIPT', 'MAIL_RECEIPT');

update idempotency_key
set response_body = regexp_replace(response_body, '"accessKey":"[^"]*"', '"accessKey":null')
where response_body like '%"accessKey":"%';
