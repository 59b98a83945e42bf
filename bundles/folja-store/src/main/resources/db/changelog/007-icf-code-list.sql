--liquibase formatted sql

-- The municipality's ICF code list (WHO's titles, licensed to the municipality): one row per load, and the
-- codes of the latest load. A load replaces every code in one transaction.
--changeset folja:007-icf-code-list
CREATE SEQUENCE icf_code_list_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE icf_code_list (
    id            BIGINT        NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    list_version  VARCHAR(100),
    code_count    INTEGER       NOT NULL,
    loaded_by     VARCHAR(100)  NOT NULL,
    loaded_at     BIGINT        NOT NULL,
    CONSTRAINT pk_icf_code_list PRIMARY KEY (id)
);
CREATE TABLE icf_code (
    code      VARCHAR(6)    NOT NULL, -- normalised: lower-case component letter and digits
    list_id   BIGINT        NOT NULL,
    title_sv  VARCHAR(500),
    title_en  VARCHAR(500),
    CONSTRAINT pk_icf_code PRIMARY KEY (code),
    CONSTRAINT fk_icf_code_list FOREIGN KEY (list_id) REFERENCES icf_code_list (id)
);
--rollback DROP TABLE icf_code; DROP TABLE icf_code_list; DROP SEQUENCE icf_code_list_seq;
