package se.folja.rest.internal.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import se.folja.api.Dates;
import se.folja.api.IsoWeek;
import se.folja.api.ValidationException;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * Query parameters as typed values. Every bad parameter is collected, so that one 400 names them all; a
 * message never repeats the value (it may be a personnummer).
 */
public final class Params {

    private final ValidationException.Builder errors = ValidationException.builder();

    /** @return the date, or null if absent, invalid or out of {@link Dates}' range (then an error is recorded) */
    public LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(name, "must be a date such as 2026-01-31");
            return null;
        }
        return Dates.check(name, day, errors) ? day : null;
    }

    /** @return the ISO week, or null if absent or invalid */
    public IsoWeek week(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(name, "is required, e.g. 2026-W05");
            }
            return null;
        }
        try {
            return IsoWeek.parse(value);
        } catch (IllegalArgumentException e) {
            errors.add(name, e.getMessage());
            return null;
        }
    }

    /** @return the number, {@code fallback} if absent, or the fallback with an error if not a whole number */
    public int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(name, "must be a whole number");
            return fallback;
        }
    }

    /** @return the value as an enum constant (case-insensitive), or null if absent or invalid */
    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** @return true, false, or {@code fallback} if absent */
    public boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(name, "must be true or false");
                yield fallback;
            }
        };
    }

    /**
     * Refuses a personnummer in a request's address: an address is kept in access logs, proxies' logs and browser
     * histories. The searches that take a client take it in the JSON body of their {@code POST …/search}.
     *
     * @param name the query parameter's name
     * @param value its value, or null when absent
     * @param search the path of the search that takes it in its body, e.g. {@code /grants/search}
     * @throws ValidationException naming the parameter when it is present at all
     */
    public static void notInAddress(String name, String value, String search) {
        if (value != null) {
            throw ValidationException.of(name, "a personnummer is never sent in the address (addresses are logged):"
                    + " POST " + search + " with it in the JSON body");
        }
    }

    /** @return the number (a JSON body's integer) as the text the query parameters' checks read, or null */
    public static String text(Integer number) {
        return number == null ? null : number.toString();
    }

    /** @return the truth value (a JSON body's boolean) as the text the query parameters' checks read, or null */
    public static String text(Boolean value) {
        return value == null ? null : value.toString();
    }

    /** @return the validated number, or null if absent or invalid */
    public PersonalIdentityNumber client(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PersonalIdentityNumber.parse(value, LocalDate.now(Dates.ZONE));
        } catch (IllegalArgumentException e) {
            errors.add(name, e.getMessage());
            return null;
        }
    }

    /**
     * @param noun what the id names, e.g. "registration"
     * @return the positive number in a path
     * @throws ValidationException naming {@code id} if it is not one
     */
    public static long id(String text, String noun) {
        if (text == null || !text.matches("[1-9]\\d{0,17}")) {
            throw ValidationException.of("id", "must be a " + noun + "'s number");
        }
        return Long.parseLong(text);
    }

    /** @return the codes of a repeatable or comma-separated parameter, trimmed, without blanks */
    public static Set<String> codes(List<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String code : value.split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip());
                    }
                }
            }
        }
        return codes;
    }

    /** @throws ValidationException naming every bad parameter, if any */
    public void check() {
        errors.throwIfAny();
    }
}
