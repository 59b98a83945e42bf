package se.folja.rest.internal.ibic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;

/**
 * The life areas of the clients who cancelled in a period: per area, the cancelling clients with an assessed need
 * there, their share of all cancelling clients, and their cancellations. A suppressed count is absent
 * ({@code suppressionK} above 1: the reader does not belong to every unit counted), its area marked
 * {@code suppressed: true}.
 */
public record CancellationLifeAreasJson(Set<String> units, LocalDate from, LocalDate to, int suppressionK,
        Long cancellingClients, Long cancellations, Long clientsWithoutAssessment, List<Area> areas) {

    /** One life area. */
    public record Area(String lifeArea, String kind, String labelSv, String labelEn, Long clients,
            Double shareOfClients, Long cancellations, boolean suppressed) {
    }

    static CancellationLifeAreasJson of(CancellationLifeAreas c, LifeAreaSet areas) {
        return new CancellationLifeAreasJson(new TreeSet<>(c.units()), c.from(), c.to(), c.suppressionK(),
                c.cancellingClients(), c.cancellations(), c.clientsWithoutAssessment(), c.areas().stream().map(a -> {
                    LifeArea area = areas.area(a.lifeArea()).orElse(null);
                    Double share = a.suppressed() || c.cancellingClients() == null ? null
                            : c.cancellingClients() == 0 ? 0
                            : Math.round(1000.0 * a.clients() / c.cancellingClients()) / 1000.0;
                    return new Area(a.lifeArea(), area == null ? null : area.kind().name(),
                            area == null ? null : area.labelSv(), area == null ? null : area.labelEn(), a.clients(),
                            share, a.cancellations(), a.suppressed());
                }).toList());
    }
}
