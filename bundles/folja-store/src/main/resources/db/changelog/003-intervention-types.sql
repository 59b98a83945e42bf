--liquibase formatted sql

--changeset folja:003-intervention-type
CREATE TABLE intervention_type (
    code        VARCHAR(40)  NOT NULL,
    label_sv    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  BIGINT       NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    CONSTRAINT pk_intervention_type PRIMARY KEY (code)
);
--rollback DROP TABLE intervention_type;

-- The interventions the follow-ups in domain.md name; administrators add their own.
--changeset folja:003-intervention-type-seed
INSERT INTO intervention_type (code, label_sv, label_en, active, version, changed_by, changed_at) VALUES ('BOENDESTOD', 'Boendestöd', 'Housing support', TRUE, 1, 'system', 1767225600000);
INSERT INTO intervention_type (code, label_sv, label_en, active, version, changed_by, changed_at) VALUES ('HEMTJANST_SOCIAL_SAMVARO', 'Hemtjänst, social samvaro', 'Home care, social company', TRUE, 1, 'system', 1767225600000);
INSERT INTO intervention_type (code, label_sv, label_en, active, version, changed_by, changed_at) VALUES ('BEHANDLING', 'Behandling', 'Treatment', TRUE, 1, 'system', 1767225600000);
