--liquibase formatted sql

-- Grants entered by mistake are annulled, as registrations are: kept, with their history, counted nowhere.
--changeset folja:011-grant-status
ALTER TABLE grant_decision ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE grant_decision ADD COLUMN annulment_reason VARCHAR(2000);
ALTER TABLE grant_decision ADD CONSTRAINT ck_grant_decision_status CHECK (status IN ('ACTIVE', 'ANNULLED'));
--rollback ALTER TABLE grant_decision DROP CONSTRAINT ck_grant_decision_status; ALTER TABLE grant_decision DROP COLUMN annulment_reason; ALTER TABLE grant_decision DROP COLUMN status;

-- Every revision of a grant (entered, ended, annulled), whole, written in the transaction of the change. A grant
-- stored before this migration starts its history at its version then (1: as entered; more: ended).
--changeset folja:011-grant-decision-revision
CREATE TABLE grant_decision_revision (
    grant_id           BIGINT        NOT NULL,
    revision           BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    client_id          BIGINT        NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    intervention_type  VARCHAR(40)   NOT NULL,
    sessions_per_week  INTEGER       NOT NULL,
    valid_from         INTEGER       NOT NULL,
    valid_to           INTEGER,
    status             VARCHAR(16)   NOT NULL,
    annulment_reason   VARCHAR(2000),
    CONSTRAINT pk_grant_decision_revision PRIMARY KEY (grant_id, revision),
    CONSTRAINT fk_grant_decision_revision_grant FOREIGN KEY (grant_id) REFERENCES grant_decision (id),
    CONSTRAINT fk_grant_decision_revision_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_grant_decision_revision_kind CHECK (kind IN ('CREATED', 'ENDED', 'ANNULLED'))
);
INSERT INTO grant_decision_revision (grant_id, revision, kind, changed_by, changed_at, client_id, unit_code,
        intervention_type, sessions_per_week, valid_from, valid_to, status, annulment_reason)
    SELECT id, version, CASE WHEN version = 1 THEN 'CREATED' ELSE 'ENDED' END, changed_by, changed_at, client_id,
        unit_code, intervention_type, sessions_per_week, valid_from, valid_to, status, annulment_reason
    FROM grant_decision;
--rollback DROP TABLE grant_decision_revision;

-- Registrations imported from history are marked, and their first revision is IMPORTED: never written back.
--changeset folja:011-non-delivery-imported
ALTER TABLE non_delivery ADD COLUMN imported BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE non_delivery_revision DROP CONSTRAINT ck_non_delivery_revision_kind;
ALTER TABLE non_delivery_revision ADD CONSTRAINT ck_non_delivery_revision_kind
    CHECK (kind IN ('REGISTERED', 'CORRECTED', 'ANNULLED', 'IMPORTED'));
--rollback ALTER TABLE non_delivery_revision DROP CONSTRAINT ck_non_delivery_revision_kind; ALTER TABLE non_delivery_revision ADD CONSTRAINT ck_non_delivery_revision_kind CHECK (kind IN ('REGISTERED', 'CORRECTED', 'ANNULLED')); ALTER TABLE non_delivery DROP COLUMN imported;
