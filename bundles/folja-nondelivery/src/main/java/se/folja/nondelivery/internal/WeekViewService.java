package se.folja.nondelivery.internal;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.Actor;
import se.folja.api.IsoWeek;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.ClientWeek;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.UnitWeek;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.nondelivery.WeekView;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.spi.GrantStore;
import se.folja.store.spi.NonDeliveryStore;
import se.folja.store.spi.WeekCount;

/**
 * The week view, for the members of the units it shows (its counts are per client, and per unit and week: small by
 * nature; statisticians read weeks and units from the aggregate export, suppressed): cancellations counted by the store per client, unit and week; granted sessions summed here
 * from the grants valid on each week's Thursday.
 */
@Component(service = WeekView.class)
public final class WeekViewService implements WeekView {

    private final NonDeliveryStore nonDeliveries;
    private final GrantStore grants;

    @Activate
    public WeekViewService(@Reference NonDeliveryStore nonDeliveries, @Reference GrantStore grants) {
        this.nonDeliveries = nonDeliveries;
        this.grants = grants;
    }

    /** One client at one unit. */
    private record Key(String unit, String client) {
    }

    @Override
    public List<ClientWeek> clientWeeks(WeekQuery query, Actor actor) {
        UnitScope scope = scope(query, actor);
        if (scope.reachesNone()) {
            return List.of();
        }
        return compute(query, scope);
    }

    @Override
    public List<UnitWeek> unitWeeks(WeekQuery query, Actor actor) {
        if (!(scope(query, actor) instanceof UnitScope.Units scope)) {
            return List.of();
        }
        Set<String> shown = new TreeSet<>(scope.codes());
        Map<String, Map<IsoWeek, int[]>> sums = new TreeMap<>();
        for (String unit : shown) {
            Map<IsoWeek, int[]> weeks = new TreeMap<>();
            for (IsoWeek week = query.from(); week.compareTo(query.to()) <= 0; week = week.next()) {
                weeks.put(week, new int[4]);
            }
            sums.put(unit, weeks);
        }
        for (ClientWeek week : compute(query, scope)) {
            int[] sum = sums.computeIfAbsent(week.unit(), u -> new TreeMap<>()).computeIfAbsent(week.week(),
                    w -> new int[4]);
            sum[0]++;
            sum[1] += week.grantedSessions();
            sum[2] += week.cancelledSessions();
            sum[3] += week.wholeWeekCancelled() ? 1 : 0;
        }
        List<UnitWeek> result = new ArrayList<>();
        sums.forEach((unit, weeks) -> weeks.forEach((week, sum) ->
                result.add(new UnitWeek(unit, week, sum[0], sum[1], sum[2], sum[3]))));
        return result;
    }

    private static UnitScope scope(WeekQuery query, Actor actor) {
        if (query.to().compareTo(query.from()) < 0) {
            throw ValidationException.of("to", "must not be before from");
        }
        long weeks = ChronoUnit.WEEKS.between(query.from().monday(), query.to().monday()) + 1;
        if (weeks > WeekQuery.MAX_WEEKS) {
            throw ValidationException.of("to", "must be at most " + WeekQuery.MAX_WEEKS + " weeks after from");
        }
        // counts per client and per unit and week: for the units' members only (statistics: the aggregate export)
        return actor.memberScope(query.units());
    }

    private List<ClientWeek> compute(WeekQuery query, UnitScope scope) {
        Map<Key, PersonalIdentityNumber> clients = new HashMap<>();
        Map<Key, Map<IsoWeek, int[]>> cells = new HashMap<>();
        for (WeekCount count : nonDeliveries.cancellationsPerWeek(query, scope)) {
            Key key = new Key(count.unit(), count.client().digits());
            clients.putIfAbsent(key, count.client());
            cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(count.week(), w -> new int[2])[1] +=
                    count.count();
        }
        for (Grant grant : grants.validIn(query, scope)) {
            Key key = new Key(grant.unit(), grant.client().digits());
            for (IsoWeek week = query.from(); week.compareTo(query.to()) <= 0; week = week.next()) {
                if (grant.validOn(week.monday().with(DayOfWeek.THURSDAY))) {
                    clients.putIfAbsent(key, grant.client());
                    cells.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(week, w -> new int[2])[0] +=
                            grant.sessionsPerWeek();
                }
            }
        }
        List<ClientWeek> result = new ArrayList<>();
        cells.forEach((key, weeks) -> weeks.forEach((week, cell) -> {
            if (cell[0] > 0 || cell[1] > 0) {
                result.add(new ClientWeek(clients.get(key), key.unit(), week, cell[0], cell[1],
                        cell[0] > 0 && cell[1] >= cell[0]));
            }
        }));
        result.sort(Comparator.comparing(ClientWeek::unit).thenComparing(ClientWeek::week)
                .thenComparing(w -> w.client().digits()));
        return result;
    }
}
