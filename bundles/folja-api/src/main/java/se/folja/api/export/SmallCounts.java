package se.folja.api.export;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The configured k of small-count suppression (PID {@code se.folja.export}, {@code suppression.k}), for every service
 * that hands counts of individuals to a reader outside the units counted. The rule itself is {@link Suppression}.
 *
 * @since 1.1.0
 */
@ProviderType
public interface SmallCounts {

    /** @return the smallest count of individuals shown, 1 to 100; 1 suppresses nothing */
    int k();
}
