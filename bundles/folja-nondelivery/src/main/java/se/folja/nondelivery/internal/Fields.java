package se.folja.nondelivery.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import se.folja.api.Dates;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.Text;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;

/**
 * Validation of the fields of a registration or grant, collecting every error so that one answer names them
 * all. No message repeats a value: it may be a personnummer or free text.
 */
final class Fields {

    static final int LONGEST_TEXT = 2000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** What a planned start looks like: ISO 8601 with two-digit hours, Swedish time or with a UTC offset. */
    static final String PLANNED_START_FORM = "must be an ISO 8601 date and time with two-digit hours and minutes:"
            + " 2026-01-12T09:00 (Swedish time), or with a UTC offset, 2026-01-12T09:00+01:00"
            + " or 2026-01-12T08:00:00Z";

    private final ValidationException.Builder errors = ValidationException.builder();
    private final LocalDate today;

    Fields(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    void error(String field, String message) {
        errors.add(field, message);
    }

    /** @throws ValidationException naming every invalid field, if any */
    void check() {
        errors.throwIfAny();
    }

    String journalEntryId(String value) {
        if (value == null || value.isBlank()) {
            error("journalEntryId", "is required");
            return null;
        }
        String id = value.strip();
        if (id.length() > 100 || Text.problem(id, false) != null) {
            error("journalEntryId", "must be 1-100 characters without control characters");
            return null;
        }
        return id;
    }

    PersonalIdentityNumber client(String field, String value) {
        try {
            return PersonalIdentityNumber.parse(value, today);
        } catch (IllegalArgumentException e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** @return the code of an active item of the list, or null after recording why not */
    String active(MaintainedLists lists, ListKind kind, String field, String code) {
        if (code == null || code.isBlank()) {
            error(field, "is required");
            return null;
        }
        try {
            ListItem item = lists.item(kind, code.strip());
            if (!item.active()) {
                error(field, "is retired");
                return null;
            }
            return item.code();
        } catch (NotFoundException e) {
            error(field, "is not a known " + kind.noun());
            return null;
        }
    }

    ReasonCode reason(ReasonCatalogue catalogue, String code) {
        if (code == null || code.isBlank()) {
            error("reasonCode", "is required");
            return null;
        }
        try {
            ReasonCode reason = catalogue.reason(code.strip());
            if (!reason.active()) {
                error("reasonCode", "is retired");
                return null;
            }
            return reason;
        } catch (NotFoundException e) {
            error("reasonCode", "is not a known reason");
            return null;
        }
    }

    /**
     * @return the planned start at Stockholm's offset; a local time is Swedish, one with an offset is converted
     */
    OffsetDateTime plannedStart(String value) {
        if (value == null || value.isBlank()) {
            error("plannedStart", "is required, e.g. 2026-01-12T09:00");
            return null;
        }
        String text = value.strip();
        ZonedDateTime start;
        try {
            start = OffsetDateTime.parse(text).atZoneSameInstant(Dates.ZONE);
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                error("plannedStart", PLANNED_START_FORM);
                return null;
            }
            if (Dates.ZONE.getRules().getValidOffsets(local).isEmpty()) {
                error("plannedStart", "does not exist in Swedish time (the clocks went forward)");
                return null;
            }
            start = local.atZone(Dates.ZONE).withEarlierOffsetAtOverlap();
        }
        LocalDate day = start.toLocalDate();
        if (day.isBefore(EARLIEST) || day.isAfter(today.plusDays(366))) {
            error("plannedStart", "must be between 2000-01-01 and a year from today");
            return null;
        }
        return start.toOffsetDateTime();
    }

    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(field, "is required, e.g. 2026-01-01");
            }
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            error(field, "must be a date such as 2026-01-01");
            return null;
        }
        return Dates.check(field, day, errors) ? day : null;
    }

    /**
     * @return the stripped free text, null if absent or empty; line breaks and tabs are kept, other control
     *     characters and lone surrogates are refused ({@link Text})
     */
    String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > LONGEST_TEXT) {
            error(field, "must be at most " + LONGEST_TEXT + " characters");
            return null;
        }
        return Text.multiLine(field, text, errors) ? text : null;
    }
}
