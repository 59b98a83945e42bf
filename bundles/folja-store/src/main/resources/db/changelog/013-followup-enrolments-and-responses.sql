--liquibase formatted sql

-- Enrolments in follow-ups: a client followed at a unit in the template version enabled there on the first day.
-- Never deleted: ended, or annulled with a reason. enablement_id, template_code and template_version name the
-- enablement and the template version the enrolment was made under; they are plain columns, not foreign keys to
-- followup_enablement or followup_template (the service checks them when it enrols; the enrolment keeps naming them
-- whatever becomes of the enablement).
--changeset folja:013-followup-enrolment
CREATE SEQUENCE followup_enrolment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE followup_enrolment (
    id                 BIGINT        NOT NULL,
    enablement_id      BIGINT        NOT NULL,
    template_code      VARCHAR(40)   NOT NULL,
    template_version   INTEGER       NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    client_id          BIGINT        NOT NULL,
    grant_id           BIGINT,                 -- the grant it was proposed from; null when enrolled by hand
    responsible        VARCHAR(100),           -- login name of the member of staff who follows it
    start_day          INTEGER       NOT NULL, -- yyyymmdd
    end_day            INTEGER,                -- yyyymmdd, the last day; null while ongoing
    end_reason         VARCHAR(16),
    status             VARCHAR(16)   NOT NULL,
    annulment_reason   VARCHAR(2000),
    revision           BIGINT        NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    CONSTRAINT pk_followup_enrolment PRIMARY KEY (id),
    CONSTRAINT fk_followup_enrolment_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_followup_enrolment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_followup_enrolment_grant FOREIGN KEY (grant_id) REFERENCES grant_decision (id),
    CONSTRAINT ck_followup_enrolment_status CHECK (status IN ('ONGOING', 'ENDED', 'ANNULLED')),
    CONSTRAINT ck_followup_enrolment_reason
        CHECK (end_reason IS NULL OR end_reason IN ('COMPLETED', 'MOVED', 'DIED', 'DROPOUT', 'DECLINED')),
    CONSTRAINT ck_followup_enrolment_end CHECK ((end_day IS NULL AND end_reason IS NULL)
        OR (end_day IS NOT NULL AND end_reason IS NOT NULL AND end_day >= start_day)),
    CONSTRAINT ck_followup_enrolment_ended CHECK (status = 'ANNULLED'
        OR (status = 'ONGOING' AND end_day IS NULL) OR (status = 'ENDED' AND end_day IS NOT NULL))
);
-- Lists by unit, the overlap check per client and template, the occasions due per member of staff.
CREATE INDEX ix_followup_enrolment_unit ON followup_enrolment (unit_code, start_day);
CREATE INDEX ix_followup_enrolment_client ON followup_enrolment (client_id, template_code);
CREATE INDEX ix_followup_enrolment_responsible ON followup_enrolment (responsible);
--rollback DROP TABLE followup_enrolment; DROP SEQUENCE followup_enrolment_seq;

-- Every revision of an enrolment (enrolled, assigned, ended, annulled), whole, written in the change's transaction.
--changeset folja:013-followup-enrolment-revision
CREATE TABLE followup_enrolment_revision (
    enrolment_id       BIGINT        NOT NULL,
    revision           BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    enablement_id      BIGINT        NOT NULL,
    template_code      VARCHAR(40)   NOT NULL,
    template_version   INTEGER       NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    client_id          BIGINT        NOT NULL,
    grant_id           BIGINT,
    responsible        VARCHAR(100),
    start_day          INTEGER       NOT NULL,
    end_day            INTEGER,
    end_reason         VARCHAR(16),
    status             VARCHAR(16)   NOT NULL,
    annulment_reason   VARCHAR(2000),
    CONSTRAINT pk_followup_enrolment_revision PRIMARY KEY (enrolment_id, revision),
    CONSTRAINT fk_followup_enrolment_revision FOREIGN KEY (enrolment_id) REFERENCES followup_enrolment (id),
    CONSTRAINT fk_followup_enrolment_revision_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_followup_enrolment_revision_kind CHECK (kind IN ('ENROLLED', 'ASSIGNED', 'ENDED', 'ANNULLED'))
);
--rollback DROP TABLE followup_enrolment_revision;

-- Responses: one respondent role's answers at one occasion of an enrolment. Unit, client and template version are
-- the enrolment's, kept on the row for searches and the export. completed_key is
-- '<enrolment>|<occasion>|<sequence>|<role>' while the response is COMPLETED and NULL once it is entered in error:
-- its unique constraint allows one completed response per occasion, sequence and role, on every database (a
-- unique constraint ignores NULLs; H2 has no partial index).
--changeset folja:013-followup-response
CREATE SEQUENCE followup_response_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE followup_response (
    id                 BIGINT        NOT NULL,
    enrolment_id       BIGINT        NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    client_id          BIGINT        NOT NULL,
    template_code      VARCHAR(40)   NOT NULL,
    template_version   INTEGER       NOT NULL,
    occasion           VARCHAR(40)   NOT NULL,
    sequence           INTEGER       NOT NULL, -- which time the occasion fell due, from 1
    role               VARCHAR(16)   NOT NULL,
    answered_on        INTEGER       NOT NULL, -- yyyymmdd
    status             VARCHAR(16)   NOT NULL,
    error_reason       VARCHAR(2000),
    completed_key      VARCHAR(120),
    revision           BIGINT        NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    CONSTRAINT pk_followup_response PRIMARY KEY (id),
    CONSTRAINT uq_followup_response_completed UNIQUE (completed_key),
    CONSTRAINT fk_followup_response_enrolment FOREIGN KEY (enrolment_id) REFERENCES followup_enrolment (id),
    CONSTRAINT fk_followup_response_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_followup_response_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_followup_response_sequence CHECK (sequence >= 1),
    CONSTRAINT ck_followup_response_role CHECK (role IN ('CASE_OFFICER', 'PROVIDER', 'CLIENT')),
    CONSTRAINT ck_followup_response_status CHECK (status IN ('COMPLETED', 'ENTERED_IN_ERROR')),
    CONSTRAINT ck_followup_response_key CHECK ((status = 'COMPLETED' AND completed_key IS NOT NULL)
        OR (status = 'ENTERED_IN_ERROR' AND completed_key IS NULL))
);
CREATE INDEX ix_followup_response_enrolment ON followup_response (enrolment_id, occasion);
CREATE INDEX ix_followup_response_unit_day ON followup_response (unit_code, answered_on);
CREATE INDEX ix_followup_response_template ON followup_response (template_code, template_version, answered_on);
--rollback DROP TABLE followup_response; DROP SEQUENCE followup_response_seq;

-- The current answers of each response, a row per value (more than one only for a multiple-choice question),
-- replaced when the response is corrected. Plain columns for the export's SQL: the value is in the column of its
-- kind; group_instances is the entry of each enclosing repeating group, outermost first, joined by '.' ('1.2'),
-- empty outside any. Decimals are exact to 10 places.
--changeset folja:013-followup-answer
CREATE TABLE followup_answer (
    response_id        BIGINT          NOT NULL,
    ordinal            INTEGER         NOT NULL, -- the answer's place in the response
    value_ordinal      INTEGER         NOT NULL, -- the value's place in the answer
    link_id            VARCHAR(255)    NOT NULL,
    group_instances    VARCHAR(100)    NOT NULL,
    kind               VARCHAR(8)      NOT NULL,
    code_system        VARCHAR(1000),
    code               VARCHAR(64),
    display            VARCHAR(200),
    number_value       DECIMAL(38, 10),
    int_value          BIGINT,
    date_day           INTEGER,                  -- yyyymmdd
    bool_value         BOOLEAN,
    text_value         VARCHAR(4000),
    CONSTRAINT pk_followup_answer PRIMARY KEY (response_id, ordinal, value_ordinal),
    CONSTRAINT fk_followup_answer_response FOREIGN KEY (response_id) REFERENCES followup_response (id),
    CONSTRAINT ck_followup_answer_kind
        CHECK (kind IN ('CODING', 'INTEGER', 'DECIMAL', 'DATE', 'BOOLEAN', 'STRING')),
    CONSTRAINT ck_followup_answer_value CHECK ((kind = 'CODING' AND code IS NOT NULL)
        OR (kind = 'INTEGER' AND int_value IS NOT NULL) OR (kind = 'DECIMAL' AND number_value IS NOT NULL)
        OR (kind = 'DATE' AND date_day IS NOT NULL) OR (kind = 'BOOLEAN' AND bool_value IS NOT NULL)
        OR (kind = 'STRING' AND text_value IS NOT NULL))
);
CREATE INDEX ix_followup_answer_link ON followup_answer (link_id, response_id);
--rollback DROP TABLE followup_answer;

-- Every revision of a response (submitted, corrected, entered in error), whole, with the answers as they were.
--changeset folja:013-followup-response-revision
CREATE TABLE followup_response_revision (
    response_id        BIGINT        NOT NULL,
    revision           BIGINT        NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    changed_by         VARCHAR(100)  NOT NULL,
    changed_at         BIGINT        NOT NULL,
    enrolment_id       BIGINT        NOT NULL,
    unit_code          VARCHAR(40)   NOT NULL,
    client_id          BIGINT        NOT NULL,
    template_code      VARCHAR(40)   NOT NULL,
    template_version   INTEGER       NOT NULL,
    occasion           VARCHAR(40)   NOT NULL,
    sequence           INTEGER       NOT NULL,
    role               VARCHAR(16)   NOT NULL,
    answered_on        INTEGER       NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    error_reason       VARCHAR(2000),
    CONSTRAINT pk_followup_response_revision PRIMARY KEY (response_id, revision),
    CONSTRAINT fk_followup_response_revision FOREIGN KEY (response_id) REFERENCES followup_response (id),
    CONSTRAINT fk_followup_response_revision_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_followup_response_revision_kind CHECK (kind IN ('SUBMITTED', 'CORRECTED', 'ENTERED_IN_ERROR'))
);
CREATE TABLE followup_answer_revision (
    response_id        BIGINT          NOT NULL,
    revision           BIGINT          NOT NULL,
    ordinal            INTEGER         NOT NULL,
    value_ordinal      INTEGER         NOT NULL,
    link_id            VARCHAR(255)    NOT NULL,
    group_instances    VARCHAR(100)    NOT NULL,
    kind               VARCHAR(8)      NOT NULL,
    code_system        VARCHAR(1000),
    code               VARCHAR(64),
    display            VARCHAR(200),
    number_value       DECIMAL(38, 10),
    int_value          BIGINT,
    date_day           INTEGER,
    bool_value         BOOLEAN,
    text_value         VARCHAR(4000),
    CONSTRAINT pk_followup_answer_revision PRIMARY KEY (response_id, revision, ordinal, value_ordinal),
    CONSTRAINT fk_followup_answer_revision FOREIGN KEY (response_id, revision)
        REFERENCES followup_response_revision (response_id, revision),
    CONSTRAINT ck_followup_answer_revision_kind
        CHECK (kind IN ('CODING', 'INTEGER', 'DECIMAL', 'DATE', 'BOOLEAN', 'STRING'))
);
--rollback DROP TABLE followup_answer_revision; DROP TABLE followup_response_revision;
