--liquibase formatted sql

-- Follow-up template versions: a row per version with the document's exact bytes, never changed or removed. A
-- code's versions are numbered 1, 2, 3 … as different documents arrive; the same document (by its SHA-256) is
-- stored once per code. BYTEA is PostgreSQL's byte string and H2's alias of VARBINARY: both hand back exactly
-- the bytes stored (the documents are at most 1 MiB, read whole).
--changeset folja:012-followup-template
CREATE TABLE followup_template (
    code        VARCHAR(40)   NOT NULL,
    version     INTEGER       NOT NULL,
    title_sv    VARCHAR(200)  NOT NULL,
    title_en    VARCHAR(200),
    origin      VARCHAR(16)   NOT NULL,
    sha256      CHAR(64)      NOT NULL, -- lower-case hexadecimal SHA-256 of document
    size_bytes  INTEGER       NOT NULL,
    document    BYTEA         NOT NULL, -- the JSON document, exactly as uploaded
    stored_by   VARCHAR(100)  NOT NULL,
    stored_at   BIGINT        NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    CONSTRAINT pk_followup_template PRIMARY KEY (code, version),
    CONSTRAINT uq_followup_template_sha256 UNIQUE (code, sha256),
    CONSTRAINT ck_followup_template_version CHECK (version >= 1),
    CONSTRAINT ck_followup_template_origin CHECK (origin IN ('BUILT_IN', 'UPLOADED'))
);
--rollback DROP TABLE followup_template;

-- A template version enabled (or, later, disabled) for a unit for a period. At most one enabled enablement of a
-- template code shares a day with another for the same unit: the store checks that with the unit's row locked.
--changeset folja:012-followup-enablement
CREATE SEQUENCE followup_enablement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE followup_enablement (
    id                 BIGINT        NOT NULL,
    template_code      VARCHAR(40)   NOT NULL,
    template_version   INTEGER       NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    valid_from         INTEGER       NOT NULL, -- yyyymmdd
    valid_to           INTEGER,                -- yyyymmdd, inclusive; null while open-ended
    status             VARCHAR(16)   NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    configuration_pid  VARCHAR(200),           -- the Config Admin PID it follows; null unless source CONFIGURATION
    revision           BIGINT        NOT NULL,
    changed_by         VARCHAR(250)  NOT NULL, -- a login name, or configuration:<pid>
    changed_at         BIGINT        NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    CONSTRAINT pk_followup_enablement PRIMARY KEY (id),
    CONSTRAINT fk_followup_enablement_template FOREIGN KEY (template_code, template_version)
        REFERENCES followup_template (code, version),
    CONSTRAINT fk_followup_enablement_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT uq_followup_enablement_configuration UNIQUE (configuration_pid),
    CONSTRAINT ck_followup_enablement_status CHECK (status IN ('ENABLED', 'DISABLED')),
    CONSTRAINT ck_followup_enablement_source CHECK (source IN ('REST', 'SHELL', 'CONFIGURATION')),
    CONSTRAINT ck_followup_enablement_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- the overlap check and the lists by unit; the lists by template (and the foreign key's checks)
CREATE INDEX ix_followup_enablement_unit ON followup_enablement (unit_code, template_code, valid_from);
CREATE INDEX ix_followup_enablement_template ON followup_enablement (template_code, template_version);
--rollback DROP TABLE followup_enablement; DROP SEQUENCE followup_enablement_seq;

-- Every revision of an enablement (enabled, changed, disabled), whole, written in the transaction of the change:
-- before and after are consecutive revisions.
--changeset folja:012-followup-enablement-revision
CREATE TABLE followup_enablement_revision (
    enablement_id      BIGINT        NOT NULL,
    revision           BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    template_code      VARCHAR(40)   NOT NULL,
    template_version   INTEGER       NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    valid_from         INTEGER       NOT NULL,
    valid_to           INTEGER,
    status             VARCHAR(16)   NOT NULL,
    source             VARCHAR(16)   NOT NULL,
    configuration_pid  VARCHAR(200),
    changed_by         VARCHAR(250)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    CONSTRAINT pk_followup_enablement_revision PRIMARY KEY (enablement_id, revision),
    CONSTRAINT fk_followup_enablement_revision FOREIGN KEY (enablement_id) REFERENCES followup_enablement (id),
    CONSTRAINT ck_followup_enablement_revision_kind CHECK (kind IN ('ENABLED', 'CHANGED', 'DISABLED')),
    CONSTRAINT ck_followup_enablement_revision_status CHECK (status IN ('ENABLED', 'DISABLED')),
    CONSTRAINT ck_followup_enablement_revision_source CHECK (source IN ('REST', 'SHELL', 'CONFIGURATION'))
);
--rollback DROP TABLE followup_enablement_revision;
