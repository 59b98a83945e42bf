package se.folja.api.ibic;

import java.util.Objects;

/**
 * Cancelling clients with an assessed need in a life area, and their cancellations.
 *
 * @param lifeArea the area's code
 * @param clients cancelling clients with a counted need in the area
 * @param cancellations the cancellations of those clients in the period
 * @since 1.0.0
 */
public record CancellationLifeArea(String lifeArea, long clients, long cancellations) {

    public CancellationLifeArea {
        Objects.requireNonNull(lifeArea, "lifeArea");
    }
}
