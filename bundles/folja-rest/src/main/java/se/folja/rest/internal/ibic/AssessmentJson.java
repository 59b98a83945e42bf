package se.folja.rest.internal.ibic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.IcfCodeEntry;

/** An assessment as read: the client's number (staff of the unit see it), the versions it was made with. */
public record AssessmentJson(long id, String client, String unit, LocalDate assessedOn, String caseOfficer,
        long mappingVersion, String lifeAreasVersion, List<NeedJson> needs, String changedBy, Instant changedAt,
        long version) {

    /** @param titles the code list's entry of a code, if it has one */
    static AssessmentJson of(Assessment a, Function<String, Optional<IcfCodeEntry>> titles) {
        return new AssessmentJson(a.id(), a.client().digits(), a.unit(), a.assessedOn(), a.caseOfficer(),
                a.mappingVersion(), a.lifeAreasVersion(), a.needs().stream()
                        .map(n -> NeedJson.of(n, n.icf() == null ? Optional.empty() : titles.apply(n.icf()))).toList(),
                a.changedBy(), a.changedAt(), a.version());
    }

    /** Masked: the client never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "AssessmentJson[id=" + id + ", version=" + version + "]";
    }
}
