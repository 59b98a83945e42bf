package se.folja.api.ibic;

import java.util.Objects;

/**
 * An assessed need (<em>bedömt behov</em>): an ICF code, or a life area without one, with the assessed functioning
 * (<em>bedömt funktionstillstånd</em>) and optionally the intended functioning (<em>avsett funktionstillstånd</em>)
 * as the goal.
 *
 * @param icf the normalised ICF code, or null for a need in an area without a code (e.g. <em>Känsla av
 *     trygghet</em>)
 * @param lifeArea the area's code, always set: the code's area when the assessment was made
 * @param term the local need label the user gave instead of a code, or null
 * @param qualifier ICF's qualifier: 0 no, 1 mild, 2 moderate, 3 severe, 4 complete problem, 8 not specified, 9 not
 *     applicable
 * @param goalQualifier the intended functioning on the same scale, or null
 * @param goalText the goal in words, or null; free text: never logged or exported
 * @since 1.0.0
 */
public record Need(String icf, String lifeArea, String term, int qualifier, Integer goalQualifier, String goalText) {

    public Need {
        Objects.requireNonNull(lifeArea, "lifeArea");
    }

    /** @return whether {@code qualifier} is one of ICF's: 0–4, 8 or 9 */
    public static boolean isQualifier(int qualifier) {
        return qualifier >= 0 && qualifier <= 4 || qualifier == 8 || qualifier == 9;
    }

    /**
     * @return whether the need counts as an assessed need in a life area: a problem (qualifier 1–4) or one not
     *     specified (8); 0 (no problem) and 9 (not applicable) are recorded but not counted
     */
    public boolean counts() {
        return qualifier >= 1 && qualifier <= 4 || qualifier == 8;
    }

    /** The goal text is free text: not in {@code toString}. */
    @Override
    public String toString() {
        return "Need[" + (icf != null ? icf : lifeArea) + ", " + qualifier + "]";
    }
}
