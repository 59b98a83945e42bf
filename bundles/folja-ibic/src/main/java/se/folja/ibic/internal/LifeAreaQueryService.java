package se.folja.ibic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.ibic.CancellationLifeArea;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaNeeds;
import se.folja.api.ibic.LifeAreaQueries;
import se.folja.api.ibic.NeedGrouping;
import se.folja.api.store.AssessmentStore;

/** The life-area queries, scoped to the user's units, in IBIC's order of the areas. */
@Component(service = LifeAreaQueries.class)
public final class LifeAreaQueryService implements LifeAreaQueries {

    /** The longest period one query covers. */
    static final int MOST_DAYS = 366 * 5;

    private final AssessmentStore store;
    private final LifeAreaMapper mapper;

    @Activate
    public LifeAreaQueryService(@Reference AssessmentStore store, @Reference LifeAreaMapper mapper) {
        this.store = store;
        this.mapper = mapper;
    }

    @Override
    public LifeAreaNeeds needs(NeedGrouping grouping, Set<String> units, LocalDate from, LocalDate to, Actor actor) {
        period(from, to);
        NeedGrouping by = grouping == null ? NeedGrouping.TOTAL : grouping;
        Set<String> scope = actor.unitFilter(units);
        if (scope == null) {
            return new LifeAreaNeeds(by, Set.of(), from, to, 0, List.of());
        }
        Comparator<String> areaOrder = areaOrder();
        List<LifeAreaCount> rows = new ArrayList<>(store.needs(by, scope, from, to));
        rows.sort(Comparator.comparing((LifeAreaCount r) -> r.group() == null ? "" : r.group())
                .thenComparing(LifeAreaCount::lifeArea, areaOrder));
        return new LifeAreaNeeds(by, scope, from, to, store.assessedClients(scope, from, to), rows);
    }

    @Override
    public CancellationLifeAreas cancellations(Set<String> units, LocalDate from, LocalDate to, Actor actor) {
        period(from, to);
        Set<String> scope = actor.unitFilter(units);
        if (scope == null) {
            return new CancellationLifeAreas(Set.of(), from, to, 0, 0, 0, List.of());
        }
        CancellationLifeAreas result = store.cancellations(scope, from, to);
        List<CancellationLifeArea> areas = new ArrayList<>(result.areas());
        areas.sort(Comparator.comparingLong(CancellationLifeArea::clients).reversed()
                .thenComparing(CancellationLifeArea::lifeArea, areaOrder()));
        return new CancellationLifeAreas(result.units(), from, to, result.cancellingClients(), result.cancellations(),
                result.clientsWithoutAssessment(), areas);
    }

    private Comparator<String> areaOrder() {
        Map<String, Integer> order = new HashMap<>();
        var areas = mapper.lifeAreas().areas();
        for (int i = 0; i < areas.size(); i++) {
            order.put(areas.get(i).code(), i);
        }
        return Comparator.comparing((String code) -> order.getOrDefault(code, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }

    private static void period(LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("from", "is required, e.g. 2026-09-01"));
        }
        if (to == null) {
            errors.add(new FieldError("to", "is required, e.g. 2026-10-31"));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "must not be before from"));
            } else if (from.plusDays(MOST_DAYS).isBefore(to)) {
                errors.add(new FieldError("to", "must be at most five years after from"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
