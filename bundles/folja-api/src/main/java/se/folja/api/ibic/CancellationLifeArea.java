package se.folja.api.ibic;

import java.util.Objects;

/**
 * Cancelling clients with an assessed need in a life area, and their cancellations; both null when suppressed (for a
 * reader outside the units counted, see {@link CancellationLifeAreas#suppressionK()}).
 *
 * @param lifeArea the area's code
 * @param clients cancelling clients with a counted need in the area, or null if suppressed
 * @param cancellations the cancellations of those clients in the period, or null if suppressed
 * @since 1.0.0
 */
public record CancellationLifeArea(String lifeArea, Long clients, Long cancellations) {

    public CancellationLifeArea {
        Objects.requireNonNull(lifeArea, "lifeArea");
    }

    /**
     * Exact counts.
     *
     * @since 1.1.0
     */
    public CancellationLifeArea(String lifeArea, long clients, long cancellations) {
        this(lifeArea, Long.valueOf(clients), Long.valueOf(cancellations));
    }

    /**
     * @return whether the counts are suppressed
     * @since 1.1.0
     */
    public boolean suppressed() {
        return clients == null;
    }
}
