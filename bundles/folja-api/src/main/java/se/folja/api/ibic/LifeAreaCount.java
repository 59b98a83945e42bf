package se.folja.api.ibic;

import java.util.Objects;

/**
 * The clients with an assessed need in a life area, within a group.
 *
 * @param group the unit's code, the case officer, the client's twelve-digit number, or null in total
 * @param lifeArea the area's code
 * @param clients distinct clients with at least one counted need in the area
 * @param needs counted needs in the area
 * @since 1.0.0
 */
public record LifeAreaCount(String group, String lifeArea, long clients, long needs) {

    public LifeAreaCount {
        Objects.requireNonNull(lifeArea, "lifeArea");
    }
}
