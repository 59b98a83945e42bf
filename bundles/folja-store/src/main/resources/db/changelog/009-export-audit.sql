--liquibase formatted sql

-- The audit of statistics exports: who exported what, when, with which parameters, how many rows. Never deleted.
--changeset folja:009-export-audit
CREATE SEQUENCE export_audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE export_audit (
    id             BIGINT         NOT NULL,
    exported_by    VARCHAR(100)   NOT NULL,
    exported_at    BIGINT         NOT NULL,
    export_kind    VARCHAR(40)    NOT NULL,
    parameters     VARCHAR(2000)  NOT NULL, -- the request's parameters; never personal data
    row_count      BIGINT         NOT NULL,
    suppression_k  INTEGER        NOT NULL,
    CONSTRAINT pk_export_audit PRIMARY KEY (id)
);
CREATE INDEX ix_export_audit_at ON export_audit (exported_at);
--rollback DROP TABLE export_audit; DROP SEQUENCE export_audit_seq;
