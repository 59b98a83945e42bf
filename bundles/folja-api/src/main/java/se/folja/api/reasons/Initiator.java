package se.folja.api.reasons;

/**
 * Who caused a cancellation (<em>vem som orsakade avbokningen</em>).
 *
 * @since 1.0.0
 */
public enum Initiator {
    /** The client cancelled (<em>brukaren</em>). */
    CLIENT,
    /** The organisation cancelled (<em>verksamheten</em>), e.g. staff shortage. */
    ORGANISATION
}
