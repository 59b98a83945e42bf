package se.folja.rest.internal.ibic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaNeeds;
import se.folja.api.ibic.LifeAreaSet;

/**
 * Life areas with assessed need in a period: per group (unit, case officer, client; none in total) and area, the
 * clients with a counted need and the needs.
 */
public record LifeAreaNeedsJson(String groupBy, Set<String> units, LocalDate from, LocalDate to, long clients,
        List<Row> rows) {

    /** One group and area. */
    public record Row(String group, String lifeArea, String kind, String labelSv, String labelEn, long clients,
            long needs) {
    }

    static LifeAreaNeedsJson of(String groupBy, LifeAreaNeeds needs, LifeAreaSet areas) {
        return new LifeAreaNeedsJson(groupBy, new TreeSet<>(needs.units()), needs.from(), needs.to(), needs.clients(),
                needs.rows().stream().map(r -> {
                    LifeArea area = areas.area(r.lifeArea()).orElse(null);
                    return new Row(r.group(), r.lifeArea(), area == null ? null : area.kind().name(),
                            area == null ? null : area.labelSv(),
                            area == null ? null : area.labelEn(), r.clients(), r.needs());
                }).toList());
    }
}
