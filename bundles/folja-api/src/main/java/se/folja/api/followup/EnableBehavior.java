package se.folja.api.followup;

/**
 * How an item's several {@code enableWhen} conditions combine.
 *
 * @since 1.0.0
 */
public enum EnableBehavior {
    /** {@code all}: every condition must hold. */
    ALL,
    /** {@code any}: one condition is enough. */
    ANY
}
