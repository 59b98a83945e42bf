package se.folja.rest.internal.nondelivery;

import se.folja.api.nondelivery.ClientWeek;

/** One client's week at one unit: granted and cancelled sessions, and "hela veckan avbokad". */
public record ClientWeekJson(
        String client, String unit, String week, int grantedSessions, int cancelledSessions,
        boolean wholeWeekCancelled) {

    static ClientWeekJson of(ClientWeek w) {
        return new ClientWeekJson(w.client().digits(), w.unit(), w.week().toString(), w.grantedSessions(),
                w.cancelledSessions(), w.wholeWeekCancelled());
    }

    @Override
    public String toString() {
        return "ClientWeekJson[" + unit + ", " + week + "]";
    }
}
