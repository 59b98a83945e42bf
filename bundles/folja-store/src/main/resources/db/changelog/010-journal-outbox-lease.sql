--liquibase formatted sql

-- Several nodes on one database: a node claims a due write-back by leasing it (which node, until when) before it
-- calls the journal. While a write-back of a journal entry is leased, no other node delivers any write-back of
-- that entry; a node that dies mid-delivery holds its write-back only until the lease ends.
--changeset folja:010-journal-outbox-lease
ALTER TABLE journal_outbox ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE journal_outbox ADD COLUMN lease_until BIGINT;
--rollback ALTER TABLE journal_outbox DROP COLUMN lease_until; ALTER TABLE journal_outbox DROP COLUMN claimed_by;
