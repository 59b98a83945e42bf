package se.folja.api.ibic;

/**
 * The kinds of local terms an administrator maps to ICF codes or life areas.
 *
 * @since 1.0.0
 */
public enum TermKind {
    /** An intervention type's code from the maintained list, e.g. {@code BOENDESTOD}. */
    INTERVENTION_TYPE,
    /** A local need label (<em>lokal behovsbenämning</em>) staff may use instead of a code, e.g. <em>Städning</em>. */
    NEED_LABEL
}
