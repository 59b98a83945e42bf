package se.folja.api.ibic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of IBIC's life areas and of the ICF prefixes each covers. Every structurally valid ICF code maps
 * to exactly one area: the one with the longest prefix of the code.
 *
 * @param version the version's identifier, e.g. {@code 2021.1}
 * @param source the guidance it follows, e.g. <em>Individens behov i centrum – vägledning (2021)</em>
 * @param areas the areas in IBIC's order
 * @since 1.0.0
 */
public record LifeAreaSet(String version, String source, List<LifeArea> areas) {

    public LifeAreaSet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        areas = List.copyOf(areas);
    }

    /** @return the area with that code (exact, upper case), if any */
    public Optional<LifeArea> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * @return the area whose prefix is the longest prefix of the code
     * @throws IllegalStateException if no area covers the code (a set is checked for this when it is read)
     */
    public LifeArea areaOf(IcfCode code) {
        LifeArea best = null;
        int bestLength = 0;
        for (LifeArea area : areas) {
            for (String prefix : area.icf()) {
                if (prefix.length() > bestLength && code.code().startsWith(prefix)) {
                    best = area;
                    bestLength = prefix.length();
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("life areas " + version + " do not cover " + code);
        }
        return best;
    }
}
