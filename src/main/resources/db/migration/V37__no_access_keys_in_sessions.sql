-- Browser sessions kept the access keys of the threads they had opened, in plain, under this
-- attribute; they now keep a pass naming the complaint instead (aduan.threadPasses). Sessions of
-- before drop what they held, so that no plain key stays in the database: their visitors type the key again.
delete from spring_session_attributes where attribute_name = 'aduan.openedThreads';
