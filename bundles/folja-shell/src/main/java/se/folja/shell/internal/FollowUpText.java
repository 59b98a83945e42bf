package se.folja.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;

/** What the follow-up commands print, Swedish first and English after a slash, as the other commands do. */
final class FollowUpText {

    static final String OPEN_ENDED = "tills vidare / open-ended";

    private FollowUpText() {
    }

    /** @return e.g. {@code 17: ORS version 2, BOSTOD_NORR, 2026-12-07 – tills vidare / open-ended} */
    static String describe(Enablement e) {
        return e.id() + ": " + e.templateCode() + " version " + e.templateVersion() + ", " + e.unit() + ", "
                + period(e.from(), e.to());
    }

    static String period(LocalDate from, LocalDate to) {
        return from + " – " + (to == null ? OPEN_ENDED : to.toString());
    }

    static String to(LocalDate to) {
        return to == null ? OPEN_ENDED : to.toString();
    }

    static String status(EnablementStatus status) {
        return status == EnablementStatus.ENABLED ? "aktiv / enabled" : "avaktiverad / disabled";
    }

    static String source(Enablement e) {
        return e.source() == EnablementSource.CONFIGURATION ? "konfiguration / configuration " + e.configuration()
                : e.source() == EnablementSource.SHELL ? "skal / shell" : "REST";
    }

    static String origin(TemplateOrigin origin) {
        return origin == TemplateOrigin.BUILT_IN ? "inbyggd / built-in" : "uppladdad / uploaded";
    }

    static String title(LocalizedText title) {
        return title.en() == null || title.en().equals(title.sv()) ? title.sv() : title.sv() + " / " + title.en();
    }

    /** Prints that nothing was stored, and why: every field and its rule. */
    static void refused(PrintStream out, ValidationException e) {
        out.println("Inget sparades / Nothing was stored:");
        for (FieldError error : e.errors()) {
            out.println("  " + error.field() + ": " + error.message());
        }
    }

    /**
     * @param field the option's name for the error
     * @return the day, or null if {@code text} is null or an error was added
     */
    static LocalDate day(String field, String text, ValidationException.Builder errors) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date yyyy-mm-dd");
            return null;
        }
    }

    /** @return the version, or null if {@code text} is null or an error was added */
    static Integer version(String text, ValidationException.Builder errors) {
        if (text == null) {
            return null;
        }
        try {
            int version = Integer.parseInt(text.strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("version", "must be a version number, 1 or more");
        return null;
    }
}
