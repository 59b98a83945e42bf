package se.folja.api.ibic;

/**
 * The formats in which a municipality loads its ICF code list.
 *
 * @since 1.0.0
 */
public enum IcfCodeListFormat {
    /**
     * CSV (RFC 4180, UTF-8, comma or semicolon) with a header row naming the columns {@code code}, {@code title_sv}
     * and optionally {@code title_en}.
     */
    CSV,
    /** A FHIR R4 {@code CodeSystem} resource in JSON: {@code concept} (nested), {@code display}, {@code designation}. */
    FHIR_JSON
}
