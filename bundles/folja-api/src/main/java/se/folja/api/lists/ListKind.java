package se.folja.api.lists;

/**
 * The administrator-maintained lists.
 *
 * @since 1.0.0
 */
public enum ListKind {
    /** Intervention types (<em>insatstyper</em>), e.g. {@code BOENDESTOD}: what a registration or grant is about. */
    INTERVENTION_TYPE("intervention type"),
    /**
     * Units (<em>enheter</em>), e.g. a boendestöd group {@code BOSTOD_NORR}: where clients are served. Staff
     * belong to units through the role {@code folja-unit-<CODE>}.
     */
    UNIT("unit");

    private final String noun;

    ListKind(String noun) {
        this.noun = noun;
    }

    /** @return what one item is called in messages, e.g. "intervention type" */
    public String noun() {
        return noun;
    }
}
