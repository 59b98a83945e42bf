package se.folja.api.nondelivery;

/**
 * The formats in which historical registrations are imported.
 *
 * @since 1.1.0
 */
public enum ImportFormat {
    /**
     * CSV as Excel writes it: a header row naming the columns, separated by {@code ;} (Swedish Excel) or
     * {@code ,}, UTF-8 with or without a byte-order mark (else Windows-1252, Excel's "CSV (semikolonavgränsad)").
     */
    CSV,
    /** JSON lines: one JSON object per line, with the fields of a registration. */
    JSON_LINES
}
