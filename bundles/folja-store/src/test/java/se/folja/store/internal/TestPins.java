package se.folja.store.internal;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * Synthetic personal identity numbers for the store tests: any birth date and serial number, with the check
 * digit computed here (Luhn over {@code YYMMDDNNN}), so that no real person's number is ever needed.
 */
final class TestPins {

    private TestPins() {
    }

    /**
     * @param birthDay {@code yyyymmdd}; day + 60 for a coordination number
     * @param serial 0-999; the last digit odd for a man, even for a woman
     */
    static PersonalIdentityNumber pin(String birthDay, int serial) {
        String nine = birthDay.substring(2) + String.format("%03d", serial);
        return PersonalIdentityNumber.ofDigits(birthDay + String.format("%03d", serial) + checkDigit(nine));
    }

    /** The Luhn check digit over nine digits, with weights 2, 1, 2, … */
    static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < nineDigits.length(); i++) {
            int weighted = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (10 - sum % 10) % 10;
    }
}
