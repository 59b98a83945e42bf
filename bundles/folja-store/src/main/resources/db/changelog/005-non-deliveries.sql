--liquibase formatted sql

-- Sequences start at their increment: EclipseLink takes a value as the last id of its block of 50.

-- Clients: the only table that holds the personal identity number; every other table refers to its id.
--changeset folja:005-client
CREATE SEQUENCE client_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE client (
    id            BIGINT      NOT NULL,
    pin           CHAR(12)    NOT NULL, -- personnummer or samordningsnummer, normalised YYYYMMDDNNNC
    birth_day     INTEGER     NOT NULL, -- yyyymmdd
    legal_gender  VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_client PRIMARY KEY (id),
    CONSTRAINT uq_client_pin UNIQUE (pin),
    CONSTRAINT ck_client_gender CHECK (legal_gender IN ('FEMALE', 'MALE'))
);
--rollback DROP TABLE client; DROP SEQUENCE client_seq;

-- Non-deliveries (ej genomförda insatser): one per host journal entry, never deleted.
--changeset folja:005-non-delivery
CREATE SEQUENCE non_delivery_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE non_delivery (
    id                 BIGINT        NOT NULL,
    journal_entry_id   VARCHAR(100)  NOT NULL,
    client_id          BIGINT        NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    intervention_type  VARCHAR(40)   NOT NULL,
    planned_start      BIGINT        NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    planned_day        INTEGER       NOT NULL, -- local date in Europe/Stockholm, yyyymmdd
    iso_week           INTEGER       NOT NULL, -- ISO week of planned_day, yyyyww
    reason_code        VARCHAR(40)   NOT NULL,
    initiator          VARCHAR(16)   NOT NULL,
    comment_text       VARCHAR(2000),
    status             VARCHAR(16)   NOT NULL,
    annulment_reason   VARCHAR(2000),
    registered_by      VARCHAR(100)  NOT NULL,
    registered_at      BIGINT        NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_non_delivery PRIMARY KEY (id),
    CONSTRAINT uq_non_delivery_entry UNIQUE (journal_entry_id),
    CONSTRAINT fk_non_delivery_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_non_delivery_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_non_delivery_type FOREIGN KEY (intervention_type) REFERENCES intervention_type (code),
    CONSTRAINT fk_non_delivery_reason FOREIGN KEY (reason_code) REFERENCES reason_code (code),
    CONSTRAINT ck_non_delivery_initiator CHECK (initiator IN ('CLIENT', 'ORGANISATION')),
    CONSTRAINT ck_non_delivery_status CHECK (status IN ('ACTIVE', 'ANNULLED'))
);
-- Search by unit and period, by reason, by client, by type; week view by unit and week.
CREATE INDEX ix_non_delivery_unit_day ON non_delivery (unit_code, planned_day, id);
CREATE INDEX ix_non_delivery_unit_week ON non_delivery (unit_code, iso_week, client_id);
CREATE INDEX ix_non_delivery_reason_day ON non_delivery (reason_code, planned_day);
CREATE INDEX ix_non_delivery_client_day ON non_delivery (client_id, planned_day);
CREATE INDEX ix_non_delivery_type_day ON non_delivery (intervention_type, planned_day);
--rollback DROP TABLE non_delivery; DROP SEQUENCE non_delivery_seq;

--changeset folja:005-non-delivery-revision
CREATE TABLE non_delivery_revision (
    non_delivery_id    BIGINT        NOT NULL,
    revision           BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    changed_fields     VARCHAR(200)  NOT NULL, -- comma-separated field names
    client_id          BIGINT        NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    intervention_type  VARCHAR(40)   NOT NULL,
    planned_start      BIGINT        NOT NULL,
    reason_code        VARCHAR(40)   NOT NULL,
    initiator          VARCHAR(16)   NOT NULL,
    comment_text       VARCHAR(2000),
    status             VARCHAR(16)   NOT NULL,
    annulment_reason   VARCHAR(2000),
    CONSTRAINT pk_non_delivery_revision PRIMARY KEY (non_delivery_id, revision),
    CONSTRAINT fk_non_delivery_revision_nd FOREIGN KEY (non_delivery_id) REFERENCES non_delivery (id),
    CONSTRAINT fk_non_delivery_revision_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_non_delivery_revision_kind CHECK (kind IN ('REGISTERED', 'CORRECTED', 'ANNULLED'))
);
--rollback DROP TABLE non_delivery_revision;

-- Grants (beviljade insatser): the denominator of every rate.
--changeset folja:005-grant-decision
CREATE SEQUENCE grant_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE grant_decision (
    id                 BIGINT        NOT NULL,
    client_id          BIGINT        NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    intervention_type  VARCHAR(40)   NOT NULL,
    sessions_per_week  INTEGER       NOT NULL,
    valid_from         INTEGER       NOT NULL, -- yyyymmdd
    valid_to           INTEGER,                -- yyyymmdd, inclusive; null while open-ended
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_grant_decision PRIMARY KEY (id),
    CONSTRAINT fk_grant_decision_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_grant_decision_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_grant_decision_type FOREIGN KEY (intervention_type) REFERENCES intervention_type (code),
    CONSTRAINT ck_grant_decision_sessions CHECK (sessions_per_week BETWEEN 1 AND 50),
    CONSTRAINT ck_grant_decision_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_grant_decision_unit ON grant_decision (unit_code, valid_from);
CREATE INDEX ix_grant_decision_client ON grant_decision (client_id, valid_from);
--rollback DROP TABLE grant_decision; DROP SEQUENCE grant_decision_seq;

-- Host journal entries under "Ej genomförda insatser" awaiting a reason.
--changeset folja:005-pending-entry
CREATE TABLE pending_entry (
    journal_entry_id   VARCHAR(100)  NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL, -- as the host sent it: not a foreign key
    client_id          BIGINT,
    planned_start      BIGINT,
    received_at        BIGINT        NOT NULL,
    resolved_at        BIGINT,                 -- when a registration took it; null while it awaits a reason
    CONSTRAINT pk_pending_entry PRIMARY KEY (journal_entry_id),
    CONSTRAINT fk_pending_entry_client FOREIGN KEY (client_id) REFERENCES client (id)
);
CREATE INDEX ix_pending_entry_unit ON pending_entry (unit_code, resolved_at, planned_start);
--rollback DROP TABLE pending_entry;

-- The outbox of write-backs to the host journal, written in the transaction of the change.
--changeset folja:005-journal-outbox
CREATE SEQUENCE journal_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE journal_outbox (
    id                 BIGINT        NOT NULL,
    non_delivery_id    BIGINT        NOT NULL,
    journal_entry_id   VARCHAR(100)  NOT NULL,
    action             VARCHAR(16)   NOT NULL,
    reason_code        VARCHAR(40),
    state              VARCHAR(16)   NOT NULL,
    attempts           INTEGER       NOT NULL,
    created_at         BIGINT        NOT NULL,
    next_attempt_at    BIGINT        NOT NULL,
    delivered_at       BIGINT,
    last_error         VARCHAR(200),
    CONSTRAINT pk_journal_outbox PRIMARY KEY (id),
    CONSTRAINT fk_journal_outbox_nd FOREIGN KEY (non_delivery_id) REFERENCES non_delivery (id),
    CONSTRAINT ck_journal_outbox_action CHECK (action IN ('SET_REASON', 'CLEAR_REASON')),
    CONSTRAINT ck_journal_outbox_state CHECK (state IN ('PENDING', 'DELIVERED', 'REJECTED'))
);
CREATE INDEX ix_journal_outbox_due ON journal_outbox (state, next_attempt_at);
CREATE INDEX ix_journal_outbox_nd ON journal_outbox (non_delivery_id);
CREATE INDEX ix_journal_outbox_entry ON journal_outbox (journal_entry_id, state);
--rollback DROP TABLE journal_outbox; DROP SEQUENCE journal_outbox_seq;
