package se.folja.rest.internal.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.folja.api.export.RankedCount;
import se.folja.api.export.Summary;

/** Kalmar's table as JSON; a suppressed count is absent and its line marked {@code suppressed: true}. */
public record SummaryJson(String kind, Map<String, String> parameters, Instant generatedAt, int suppressionK,
        Map<String, String> versions, String fromWeek, String toWeek, Long clients, Long women, Long men,
        long grantedSessions, double grantedSessionsPerWeek, Long cancellations, Long cancellingClients,
        Double shareOfGrantedSessions, List<Line> reasons, List<Line> lifeAreas) {

    /** A reason or life area. */
    public record Line(String code, String labelSv, Long cancellations, Long clients, boolean suppressed) {
        static Line of(RankedCount r) {
            return new Line(r.code(), r.labelSv(), r.events(), r.individuals(), r.suppressed());
        }
    }

    static SummaryJson of(Summary s) {
        return new SummaryJson("summary", s.parameters(), s.generatedAt(), s.suppressionK(), s.versions(),
                s.fromWeek().toString(), s.toWeek().toString(), s.clients(), s.women(), s.men(), s.grantedSessions(),
                Math.round(s.grantedSessionsPerWeek() * 100) / 100.0, s.cancellations(), s.cancellingClients(),
                s.shareOfGrantedSessions(),
                s.reasons().stream().map(Line::of).toList(), s.lifeAreas().stream().map(Line::of).toList());
    }
}
