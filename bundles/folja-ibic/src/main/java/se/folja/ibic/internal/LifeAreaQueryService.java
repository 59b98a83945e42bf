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
import se.folja.api.Period;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.export.Cell;
import se.folja.api.export.LifeAreaTable;
import se.folja.api.export.SmallCounts;
import se.folja.api.export.Suppression;
import se.folja.api.ibic.CancellationLifeArea;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaNeeds;
import se.folja.api.ibic.LifeAreaQueries;
import se.folja.api.ibic.NeedGrouping;
import se.folja.store.spi.AssessmentStore;

/**
 * The life-area queries, scoped to the user's units, in IBIC's order of the areas. Needs are read by members of the
 * units only; the life areas of cancellations exactly by members of every unit counted, and by anyone else as the
 * life-area export's total column, suppressed with the same k.
 */
@Component(service = LifeAreaQueries.class)
public final class LifeAreaQueryService implements LifeAreaQueries {

    /** The longest period one query covers, in years. */
    static final int MOST_YEARS = 5;

    private final AssessmentStore store;
    private final LifeAreaMapper mapper;
    private final SmallCounts smallCounts;

    @Activate
    public LifeAreaQueryService(@Reference AssessmentStore store, @Reference LifeAreaMapper mapper,
            @Reference SmallCounts smallCounts) {
        this.store = store;
        this.mapper = mapper;
        this.smallCounts = smallCounts;
    }

    @Override
    public LifeAreaNeeds needs(NeedGrouping grouping, Set<String> units, LocalDate from, LocalDate to, Actor actor) {
        Period.of(from, to, MOST_YEARS);
        NeedGrouping by = grouping == null ? NeedGrouping.TOTAL : grouping;
        // counts per unit, case officer and client, of assessments: for the units' members only
        if (!(actor.memberScope(units) instanceof UnitScope.Units scope)) {
            return new LifeAreaNeeds(by, Set.of(), from, to, 0, List.of());
        }
        Comparator<String> areaOrder = areaOrder();
        List<LifeAreaCount> rows = new ArrayList<>(store.needs(by, scope, from, to));
        rows.sort(Comparator.comparing((LifeAreaCount r) -> r.group() == null ? "" : r.group())
                .thenComparing(LifeAreaCount::lifeArea, areaOrder));
        return new LifeAreaNeeds(by, scope.codes(), from, to, store.assessedClients(scope, from, to), rows);
    }

    @Override
    public CancellationLifeAreas cancellations(Set<String> units, LocalDate from, LocalDate to, Actor actor) {
        Period.of(from, to, MOST_YEARS);
        UnitScope scope = actor.unitScope(units);
        if (scope.reachesNone()) {
            return new CancellationLifeAreas(Set.of(), from, to, 0, 0, 0, List.of());
        }
        CancellationLifeAreas result = store.cancellations(scope, from, to);
        if (actor.memberOfAll(scope)) {
            return new CancellationLifeAreas(result.units(), from, to, result.cancellingClients(),
                    result.cancellations(), result.clientsWithoutAssessment(), 1, ranked(result.areas()));
        }
        int k = smallCounts.k();
        List<String> order = mapper.lifeAreas().areas().stream().map(LifeArea::code).toList();
        List<CancellationLifeArea> areas = new ArrayList<>();
        Cell grand = new Cell(Cell.TOTAL, Cell.TOTAL, 0L, 0L, false);
        for (Cell cell : LifeAreaTable.of(order, store.cancellationsByUnit(scope, from, to), k)) {
            if (!cell.column().equals(Cell.TOTAL)) {
                continue;
            }
            if (cell.row().equals(Cell.TOTAL)) {
                grand = cell;
            } else {
                areas.add(new CancellationLifeArea(cell.row(), cell.individuals(), cell.events()));
            }
        }
        long without = result.clientsWithoutAssessment();
        return new CancellationLifeAreas(result.units(), from, to, grand.individuals(), grand.events(),
                Suppression.small(without, k) ? null : without, k, ranked(areas));
    }

    /** Most clients first, then IBIC's order; suppressed areas last, by code (their order tells nothing). */
    private List<CancellationLifeArea> ranked(List<CancellationLifeArea> areas) {
        List<CancellationLifeArea> ranked = new ArrayList<>(areas);
        ranked.sort(Comparator.comparing(CancellationLifeArea::suppressed)
                .thenComparing((CancellationLifeArea a) -> a.suppressed() ? 0L : -a.clients())
                .thenComparing(a -> a.suppressed() ? a.lifeArea() : "")
                .thenComparing(CancellationLifeArea::lifeArea, areaOrder()));
        return ranked;
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
}
