--liquibase formatted sql

--changeset folja:001-reason-code
CREATE TABLE reason_code (
    code        VARCHAR(40)  NOT NULL,
    label_sv    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    initiator   VARCHAR(16)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    changed_at  BIGINT       NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    CONSTRAINT pk_reason_code PRIMARY KEY (code),
    CONSTRAINT ck_reason_code_initiator CHECK (initiator IN ('CLIENT', 'ORGANISATION'))
);
CREATE INDEX ix_reason_code_order ON reason_code (active, sort_order, code);
--rollback DROP TABLE reason_code;

--changeset folja:001-reason-code-revision
CREATE TABLE reason_code_revision (
    code        VARCHAR(40)  NOT NULL,
    revision    BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  BIGINT       NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    label_sv    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    initiator   VARCHAR(16)  NOT NULL,
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL,
    CONSTRAINT pk_reason_code_revision PRIMARY KEY (code, revision),
    CONSTRAINT fk_reason_code_revision_code FOREIGN KEY (code) REFERENCES reason_code (code),
    CONSTRAINT ck_reason_code_revision_kind CHECK (kind IN ('CREATED', 'EDITED', 'RETIRED', 'REACTIVATED'))
);
--rollback DROP TABLE reason_code_revision;
