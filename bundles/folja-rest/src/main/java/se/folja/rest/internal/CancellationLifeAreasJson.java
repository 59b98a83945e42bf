package se.folja.rest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;

/**
 * The life areas of the clients who cancelled in a period: per area, the cancelling clients with an assessed need
 * there, their share of all cancelling clients, and their cancellations.
 */
public record CancellationLifeAreasJson(Set<String> units, LocalDate from, LocalDate to, long cancellingClients,
        long cancellations, long clientsWithoutAssessment, List<Area> areas) {

    /** One life area. */
    public record Area(String lifeArea, String kind, String labelSv, String labelEn, long clients,
            double shareOfClients,
            long cancellations) {
    }

    static CancellationLifeAreasJson of(CancellationLifeAreas c, LifeAreaSet areas) {
        return new CancellationLifeAreasJson(new TreeSet<>(c.units()), c.from(), c.to(), c.cancellingClients(),
                c.cancellations(), c.clientsWithoutAssessment(), c.areas().stream().map(a -> {
                    LifeArea area = areas.area(a.lifeArea()).orElse(null);
                    double share = c.cancellingClients() == 0 ? 0
                            : Math.round(1000.0 * a.clients() / c.cancellingClients()) / 1000.0;
                    return new Area(a.lifeArea(), area == null ? null : area.kind().name(),
                            area == null ? null : area.labelSv(),
                            area == null ? null : area.labelEn(), a.clients(), share, a.cancellations());
                }).toList());
    }
}
