package se.folja.api.followup;

import java.util.Objects;

/**
 * A measurement occasion of a template.
 *
 * @param code unique in the template, {@code [a-z0-9-]+}, e.g. {@code baseline}, never null
 * @param kind when it falls due, never null
 * @param weeks the interval for {@link OccasionKind#EVERY_N_WEEKS} (1-104), otherwise null
 * @param months the delay for {@link OccasionKind#MONTHS_AFTER_END} (1-60), otherwise null
 * @since 1.0.0
 */
public record Occasion(String code, OccasionKind kind, Integer weeks, Integer months) {

    public Occasion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if ((kind == OccasionKind.EVERY_N_WEEKS) != (weeks != null)) {
            throw new IllegalArgumentException("weeks is given exactly for EVERY_N_WEEKS");
        }
        if ((kind == OccasionKind.MONTHS_AFTER_END) != (months != null)) {
            throw new IllegalArgumentException("months is given exactly for MONTHS_AFTER_END");
        }
    }
}
