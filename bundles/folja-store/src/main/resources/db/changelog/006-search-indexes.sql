--liquibase formatted sql

-- Searches select a period by the planned start (Swedish midnight to midnight as instants) and page in the order
-- of the planned start: one index per leading filter serves both, and a page of 50 is read in order instead of
-- sorting every match. The day-based indexes of 005 are replaced.

--changeset folja:006-search-indexes
CREATE INDEX ix_non_delivery_unit_start ON non_delivery (unit_code, status, planned_start, id);
CREATE INDEX ix_non_delivery_reason_start ON non_delivery (reason_code, status, planned_start, id);
CREATE INDEX ix_non_delivery_client_start ON non_delivery (client_id, planned_start, id);
CREATE INDEX ix_non_delivery_type_start ON non_delivery (intervention_type, planned_start, id);
-- every unit at once (administrators): the period alone, in page order
CREATE INDEX ix_non_delivery_start ON non_delivery (planned_start, id);
DROP INDEX ix_non_delivery_unit_day;
DROP INDEX ix_non_delivery_reason_day;
DROP INDEX ix_non_delivery_client_day;
DROP INDEX ix_non_delivery_type_day;
--rollback CREATE INDEX ix_non_delivery_unit_day ON non_delivery (unit_code, planned_day, id);
--rollback CREATE INDEX ix_non_delivery_reason_day ON non_delivery (reason_code, planned_day);
--rollback CREATE INDEX ix_non_delivery_client_day ON non_delivery (client_id, planned_day);
--rollback CREATE INDEX ix_non_delivery_type_day ON non_delivery (intervention_type, planned_day);
--rollback DROP INDEX ix_non_delivery_unit_start; DROP INDEX ix_non_delivery_reason_start;
--rollback DROP INDEX ix_non_delivery_client_start; DROP INDEX ix_non_delivery_type_start; DROP INDEX ix_non_delivery_start;
