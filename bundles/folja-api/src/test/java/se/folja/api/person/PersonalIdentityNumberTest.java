package se.folja.api.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({
        "19121212-1212, 191212121212",
        "191212121212,  191212121212",
        "121212+1212,   191212121212",
        "121212-1212,   201212121212",
        "1212121212,    201212121212",
        "' 20001231-0009 ', 200012310009"})
    void everyWrittenFormNormalisesToTwelveDigits(String text, String digits) {
        assertEquals(digits, PersonalIdentityNumber.parse(text, TODAY).digits());
    }

    @Test
    void birthDateAgeAndLegalGenderComeFromTheNumber() {
        PersonalIdentityNumber man = PersonalIdentityNumber.parse("19121212-1212", TODAY);
        assertEquals(LocalDate.of(1912, 12, 12), man.birthDate());
        assertEquals(LegalGender.MALE, man.legalGender());
        assertEquals(113, man.ageAt(TODAY));
        assertEquals(PersonalIdentityNumber.Kind.PERSONAL_IDENTITY_NUMBER, man.kind());

        PersonalIdentityNumber woman = PersonalIdentityNumber.parse("20001231-0009", TODAY);
        assertEquals(LegalGender.FEMALE, woman.legalGender());
        assertEquals(25, woman.ageAt(TODAY));
        assertEquals(26, woman.ageAt(LocalDate.of(2026, 12, 31)), "a birthday completes the year");
        assertThrows(IllegalArgumentException.class, () -> woman.ageAt(LocalDate.of(2000, 12, 30)));
    }

    @Test
    void aCoordinationNumberIsTheBirthDayPlusSixty() {
        PersonalIdentityNumber number = PersonalIdentityNumber.parse("701063-2391", TODAY);
        assertEquals(PersonalIdentityNumber.Kind.COORDINATION_NUMBER, number.kind());
        assertEquals("197010632391", number.digits(), "stored as written: the day stays + 60");
        assertEquals(LocalDate.of(1970, 10, 3), number.birthDate());
        assertEquals(LegalGender.MALE, number.legalGender());
    }

    @Test
    void aTenDigitNumberGetsTheCenturyThatMakesThePersonYoungerThanHundred() {
        assertEquals(LocalDate.of(2026, 11, 23), PersonalIdentityNumber.parse("261123-0000", TODAY).birthDate());
        assertEquals(LocalDate.of(1926, 11, 24),
                PersonalIdentityNumber.parse("261124-0009", TODAY).birthDate(), "tomorrow's date belongs to 1926");
        assertEquals(LocalDate.of(1826, 11, 24), PersonalIdentityNumber.parse("261124+0009", TODAY).birthDate());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "19121212-121", "1912121212121", "19121212_1212", "abcdefgh-ijkl",
        "121212--1212", "19121212+1212x"})
    void aMalformedNumberIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.parse(text, TODAY));
    }

    @Test
    void eachKindOfMistakeIsNamedWithoutRepeatingTheNumber() {
        assertEquals("has a wrong check digit (the last digit)", message("19121212-1213"));
        assertEquals("is not a real date", message("20230229-0008"));
        assertEquals("is not a real date (a coordination number adds 60 to the day)", message("701092-2396"));
        assertEquals("has a birth date in the future", message("20270101-0007"));
        assertFalse(message("19121212-1213").contains("1212"));
    }

    @Test
    void aLeapDayIsARealDate() {
        assertEquals(LocalDate.of(2024, 2, 29), PersonalIdentityNumber.parse("20240229-0007", TODAY).birthDate());
    }

    @Test
    void theNumberNeverShowsInToStringButEqualsByDigits() {
        PersonalIdentityNumber a = PersonalIdentityNumber.parse("19121212-1212", TODAY);
        PersonalIdentityNumber b = PersonalIdentityNumber.parse("121212+1212", TODAY);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.toString().contains("1212"));
        assertTrue(PersonalIdentityNumber.luhnValid("1212121212"));
        assertFalse(PersonalIdentityNumber.luhnValid("1212121213"));
    }

    @Test
    void theCheckDigitMakesANumberThatParses() {
        assertEquals(2, PersonalIdentityNumber.checkDigit("121212121"));
        assertEquals(0, PersonalIdentityNumber.checkDigit("000000000"));
        for (String nine : new String[] {"400101019", "850709980", "700161612"}) {
            String number = nine.substring(0, 6) + "-" + nine.substring(6) + PersonalIdentityNumber.checkDigit(nine);
            PersonalIdentityNumber.parse(number, java.time.LocalDate.of(2026, 1, 1));
        }
        assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.checkDigit("12121212"));
        assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.checkDigit("12121212x"));
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> PersonalIdentityNumber.parse(text, TODAY)).getMessage();
    }
}
