package se.folja.store.internal;

import se.folja.api.person.PersonalIdentityNumber;

/**
 * Synthetic personal identity numbers for the store tests: any birth date and serial number, with the check
 * digit computed by {@link PersonalIdentityNumber#checkDigit}, so that no real person's number is ever needed.
 */
public final class TestPins {

    private TestPins() {
    }

    /**
     * @param birthDay {@code yyyymmdd}; day + 60 for a coordination number
     * @param serial 0-999; the last digit odd for a man, even for a woman
     */
    public static PersonalIdentityNumber pin(String birthDay, int serial) {
        String nine = birthDay.substring(2) + String.format("%03d", serial);
        return PersonalIdentityNumber.ofDigits(birthDay + String.format("%03d", serial) + PersonalIdentityNumber.checkDigit(nine));
    }
}
