package se.folja.api.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A validated Swedish personal identity number (<em>personnummer</em>) or coordination number
 * (<em>samordningsnummer</em>, the birth day plus 60), normalised to twelve digits {@code YYYYMMDDNNNC}.
 *
 * <p>Validation: the form ({@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}, {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}
 * for 100 years or older, or {@code YYMMDDNNNC}), a real date not after the reference day, and the Luhn check
 * digit over {@code YYMMDDNNN}.
 *
 * <p>This is personal data: {@link #toString()} masks it, so that it cannot reach a log line by accident.
 * Use {@link #digits()} where the number itself is meant.
 *
 * @since 1.0.0
 */
public final class PersonalIdentityNumber {

    /** Which register the number comes from. */
    public enum Kind {
        /** <em>Personnummer</em>: people registered in Sweden. */
        PERSONAL_IDENTITY_NUMBER,
        /** <em>Samordningsnummer</em>: people not (yet) registered, the birth day plus 60. */
        COORDINATION_NUMBER
    }

    private final String digits;
    private final LocalDate birthDate;
    private final Kind kind;

    private PersonalIdentityNumber(String digits, LocalDate birthDate, Kind kind) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.kind = kind;
    }

    /**
     * Parses and validates a number as people write it.
     *
     * @param text the number; surrounding spaces are ignored
     * @param today the reference day: a ten-digit number's century is the one that makes the person younger
     *     than 100 on this day ({@code -}) or at least 100 ({@code +}), and no birth date may be after it
     * @return the validated number
     * @throws IllegalArgumentException saying what is wrong, without repeating the number
     */
    public static PersonalIdentityNumber parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required");
        }
        String value = text.strip();
        String date;
        String serial;
        Integer century = null;
        boolean hundredOrOlder = false;
        if (value.matches("\\d{8}[-]?\\d{4}")) {
            century = Integer.parseInt(value.substring(0, 2));
            date = value.substring(2, 8);
            serial = value.substring(value.length() - 4);
        } else if (value.matches("\\d{6}[-+]?\\d{4}")) {
            date = value.substring(0, 6);
            serial = value.substring(value.length() - 4);
            hundredOrOlder = value.charAt(6) == '+';
        } else {
            throw new IllegalArgumentException(
                    "must be 12 digits YYYYMMDD-NNNC or 10 digits YYMMDD-NNNC (+ instead of - from 100 years of age)");
        }
        if (!luhnValid(date + serial)) {
            throw new IllegalArgumentException("has a wrong check digit (the last digit)");
        }
        int yy = Integer.parseInt(date.substring(0, 2));
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(4, 6));
        Kind kind = Kind.PERSONAL_IDENTITY_NUMBER;
        if (day > 60) {
            kind = Kind.COORDINATION_NUMBER;
            day -= 60;
        }
        int year = century != null ? century * 100 + yy : inferYear(yy, month, day, today, hundredOrOlder);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date"
                    + (kind == Kind.COORDINATION_NUMBER ? " (a coordination number adds 60 to the day)" : ""), e);
        }
        if (birthDate.isAfter(today)) {
            throw new IllegalArgumentException("has a birth date in the future");
        }
        return new PersonalIdentityNumber(String.format("%04d", year) + date.substring(2) + serial, birthDate, kind);
    }

    /**
     * Restores a number stored in its normalised form, e.g. read back from the database.
     *
     * @param digits the twelve digits of {@link #digits()}
     * @throws IllegalArgumentException if they are not a valid normalised number
     */
    public static PersonalIdentityNumber ofDigits(String digits) {
        if (digits == null || !digits.matches("\\d{12}")) {
            throw new IllegalArgumentException("must be the twelve stored digits");
        }
        return parse(digits, LocalDate.MAX);
    }

    /** The year of a ten-digit number: under 100 years old on {@code today}, or at least 100 with '+'. */
    private static int inferYear(int yy, int month, int day, LocalDate today, boolean hundredOrOlder) {
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        if (safeDate(year, month, day).isAfter(today)) {
            year -= 100;
        }
        return hundredOrOlder ? year - 100 : year;
    }

    /** For century inference only: an impossible day is checked later, with the right message. */
    private static LocalDate safeDate(int year, int month, int day) {
        int m = Math.min(Math.max(month, 1), 12);
        int d = Math.min(Math.max(day, 1), LocalDate.of(year, m, 1).lengthOfMonth());
        return LocalDate.of(year, m, d);
    }

    /** Luhn (mod 10) with weights 2, 1, 2, … over the ten digits {@code YYMMDDNNNC}. */
    static boolean luhnValid(String tenDigits) {
        return checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    /**
     * The check digit of a number: Luhn (mod 10) with weights 2, 1, 2, … over its nine digits {@code YYMMDDNNN}
     * (a coordination number's day plus 60). Test data and demo data make valid numbers with it.
     *
     * @param nineDigits the date in six digits and the three-digit serial number
     * @return the tenth digit, 0–9
     * @throws IllegalArgumentException if {@code nineDigits} is not nine ASCII digits
     * @since 1.1.0
     */
    public static int checkDigit(CharSequence nineDigits) {
        if (nineDigits.length() != 9) {
            throw new IllegalArgumentException("nine digits are required");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = nineDigits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("nine digits are required");
            }
            int weighted = i % 2 == 0 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (10 - sum % 10) % 10;
    }

    /** @return the normalised twelve digits {@code YYYYMMDDNNNC} (coordination numbers keep day + 60) */
    public String digits() {
        return digits;
    }

    /** @return the real birth date (for a coordination number, the day minus 60) */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return whether this is a personal identity number or a coordination number */
    public Kind kind() {
        return kind;
    }

    /** @return legal gender from the ninth digit: odd for men, even for women */
    public LegalGender legalGender() {
        return (digits.charAt(10) - '0') % 2 == 1 ? LegalGender.MALE : LegalGender.FEMALE;
    }

    /**
     * @return completed years of age on {@code date}
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageAt(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** Masked: personal data never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "PersonalIdentityNumber[" + kind + ", ************]";
    }
}
