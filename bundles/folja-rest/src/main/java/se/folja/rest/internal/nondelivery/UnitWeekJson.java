package se.folja.rest.internal.nondelivery;

import se.folja.api.nondelivery.UnitWeek;

/** One unit's week: its clients' weeks summed. */
public record UnitWeekJson(
        String unit, String week, int clients, int grantedSessions, int cancelledSessions,
        int wholeWeekCancelledClients) {

    static UnitWeekJson of(UnitWeek w) {
        return new UnitWeekJson(w.unit(), w.week().toString(), w.clients(), w.grantedSessions(),
                w.cancelledSessions(), w.wholeWeekCancelledClients());
    }
}
