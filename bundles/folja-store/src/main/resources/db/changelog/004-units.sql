--liquibase formatted sql

-- Units (enheter), e.g. boendestöd groups: each municipality adds its own, so none are shipped.
--changeset folja:004-unit
CREATE TABLE unit (
    code        VARCHAR(40)  NOT NULL,
    label_sv    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    version     BIGINT       NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  BIGINT       NOT NULL, -- milliseconds since 1970-01-01T00:00Z
    CONSTRAINT pk_unit PRIMARY KEY (code)
);
--rollback DROP TABLE unit;
