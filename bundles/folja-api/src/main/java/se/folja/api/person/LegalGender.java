package se.folja.api.person;

/**
 * Legal gender (<em>juridiskt kön</em>) as the ninth digit of a personal identity number records it: odd for
 * men, even for women.
 *
 * @since 1.0.0
 */
public enum LegalGender {
    FEMALE, MALE
}
