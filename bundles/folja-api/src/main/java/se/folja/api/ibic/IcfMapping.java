package se.folja.api.ibic;

import java.util.Objects;

/**
 * An ICF code with the life area or related-factor group it belongs to, and its titles from the municipality's
 * code list when one is loaded.
 *
 * @param code the code
 * @param area the area it maps to in the life areas' version {@code lifeAreasVersion}
 * @param lifeAreasVersion the version of the life areas used
 * @param titleSv ICF's Swedish title from the code list, or null
 * @param titleEn ICF's English title from the code list, or null
 * @param listed true if the loaded code list has the code, null if no code list is loaded
 * @since 1.0.0
 */
public record IcfMapping(IcfCode code, LifeArea area, String lifeAreasVersion, String titleSv, String titleEn,
        Boolean listed) {

    public IcfMapping {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(lifeAreasVersion, "lifeAreasVersion");
    }
}
