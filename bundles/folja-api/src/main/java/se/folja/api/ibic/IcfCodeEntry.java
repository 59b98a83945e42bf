package se.folja.api.ibic;

import java.util.Objects;

/**
 * One code of the municipality's ICF code list, with its titles.
 *
 * @param code the normalised code
 * @param titleSv Swedish title, or null if the list has none
 * @param titleEn English title, or null if the list has none
 * @since 1.0.0
 */
public record IcfCodeEntry(String code, String titleSv, String titleEn) {

    public IcfCodeEntry {
        Objects.requireNonNull(code, "code");
    }
}
