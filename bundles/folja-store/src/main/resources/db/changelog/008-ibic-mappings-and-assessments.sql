--liquibase formatted sql

-- Term-mapping versions: every change of a local term's mapping stores the whole mapping as a new version,
-- never changed afterwards, so that the mapping an assessment was made with can be read back.
--changeset folja:008-ibic-mapping-version
CREATE TABLE ibic_mapping_version (
    version             BIGINT        NOT NULL,
    life_areas_version  VARCHAR(20)   NOT NULL,
    change_kind         VARCHAR(40)   NOT NULL, -- e.g. PUT NEED_LABEL, REMOVE INTERVENTION_TYPE
    term                VARCHAR(100),
    changed_by          VARCHAR(200)  NOT NULL, -- a login name, or config:<pid>
    changed_at          BIGINT        NOT NULL,
    term_count          INTEGER       NOT NULL,
    CONSTRAINT pk_ibic_mapping_version PRIMARY KEY (version),
    CONSTRAINT ck_ibic_mapping_version CHECK (version >= 1)
);
CREATE TABLE ibic_term_mapping (
    version    BIGINT        NOT NULL,
    term_kind  VARCHAR(20)   NOT NULL,
    term       VARCHAR(100)  NOT NULL,
    icf_code   VARCHAR(6),             -- null when the term maps to a life area directly
    life_area  VARCHAR(40)   NOT NULL,
    source     VARCHAR(200)  NOT NULL, -- rest, or config:<pid>
    CONSTRAINT pk_ibic_term_mapping PRIMARY KEY (version, term_kind, term),
    CONSTRAINT fk_ibic_term_mapping_version FOREIGN KEY (version) REFERENCES ibic_mapping_version (version),
    CONSTRAINT ck_ibic_term_mapping_kind CHECK (term_kind IN ('INTERVENTION_TYPE', 'NEED_LABEL'))
);
--rollback DROP TABLE ibic_term_mapping; DROP TABLE ibic_mapping_version;

-- Assessments (bedömningar): never deleted; every correction is a new revision with its own needs.
--changeset folja:008-assessment
CREATE SEQUENCE assessment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE assessment (
    id                  BIGINT        NOT NULL,
    client_id           BIGINT        NOT NULL,
    unit_code           VARCHAR(40)   NOT NULL,
    assessed_on         INTEGER       NOT NULL, -- yyyymmdd
    case_officer        VARCHAR(100)  NOT NULL,
    mapping_version     BIGINT        NOT NULL, -- 0: before any term mapping
    life_areas_version  VARCHAR(20)   NOT NULL,
    registered_by       VARCHAR(100)  NOT NULL,
    registered_at       BIGINT        NOT NULL,
    changed_by          VARCHAR(100)  NOT NULL,
    changed_at          BIGINT        NOT NULL,
    version             BIGINT        NOT NULL, -- the current revision
    CONSTRAINT pk_assessment PRIMARY KEY (id),
    CONSTRAINT fk_assessment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_assessment_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
);
CREATE INDEX ix_assessment_client_day ON assessment (client_id, assessed_on);
CREATE INDEX ix_assessment_unit_day ON assessment (unit_code, assessed_on);
CREATE INDEX ix_assessment_day ON assessment (assessed_on);
CREATE TABLE assessment_revision (
    assessment_id       BIGINT        NOT NULL,
    revision            BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    changed_by          VARCHAR(100)  NOT NULL,
    changed_at          BIGINT        NOT NULL,
    unit_code           VARCHAR(40)   NOT NULL,
    assessed_on         INTEGER       NOT NULL,
    case_officer        VARCHAR(100)  NOT NULL,
    mapping_version     BIGINT        NOT NULL,
    life_areas_version  VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_assessment_revision PRIMARY KEY (assessment_id, revision),
    CONSTRAINT fk_assessment_revision FOREIGN KEY (assessment_id) REFERENCES assessment (id),
    CONSTRAINT ck_assessment_revision_kind CHECK (kind IN ('RECORDED', 'CORRECTED'))
);
CREATE TABLE assessment_need (
    assessment_id   BIGINT         NOT NULL,
    revision        BIGINT         NOT NULL,
    ordinal         INTEGER        NOT NULL,
    icf_code        VARCHAR(6),              -- null for a need in an area without an ICF code
    life_area       VARCHAR(40)    NOT NULL,
    term            VARCHAR(100),
    qualifier       SMALLINT       NOT NULL,
    goal_qualifier  SMALLINT,
    goal_text       VARCHAR(2000),
    CONSTRAINT pk_assessment_need PRIMARY KEY (assessment_id, revision, ordinal),
    CONSTRAINT fk_assessment_need_revision FOREIGN KEY (assessment_id, revision)
        REFERENCES assessment_revision (assessment_id, revision),
    CONSTRAINT ck_assessment_need_qualifier CHECK (qualifier IN (0, 1, 2, 3, 4, 8, 9)),
    CONSTRAINT ck_assessment_need_goal CHECK (goal_qualifier IS NULL OR goal_qualifier IN (0, 1, 2, 3, 4, 8, 9))
);
--rollback DROP TABLE assessment_need; DROP TABLE assessment_revision; DROP TABLE assessment; DROP SEQUENCE assessment_seq;
