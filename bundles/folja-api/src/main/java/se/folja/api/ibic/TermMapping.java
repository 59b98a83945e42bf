package se.folja.api.ibic;

import java.util.Objects;

/**
 * A local term mapped to an ICF code or, where IBIC's own areas have no code, directly to a life area.
 *
 * @param kind what the term is
 * @param term the term as the municipality writes it, 1–100 characters
 * @param icf the normalised ICF code, or null if the term maps to {@code lifeArea} directly
 * @param lifeArea the area's code: the code's area in the mapping's life-area version, or the area mapped to
 * @param source {@code rest} for a change through the API, or {@code config:<pid>} for one from Config Admin
 * @since 1.0.0
 */
public record TermMapping(TermKind kind, String term, String icf, String lifeArea, String source) {

    public TermMapping {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(lifeArea, "lifeArea");
        Objects.requireNonNull(source, "source");
    }

    /** @return whether the term maps to the same target as {@code other} */
    public boolean sameTarget(TermMapping other) {
        return Objects.equals(icf, other.icf) && lifeArea.equals(other.lifeArea);
    }
}
