package se.folja.rest.internal.ibic;

import java.util.ArrayList;
import java.util.List;

import se.folja.api.ibic.MapOutcome;

/**
 * The mapping of many codes: one result per code in the order sent, each with the area's code, or an error.
 *
 * @param mapped how many codes have an area
 * @param failed how many have an error
 */
public record MapBatchJson(String lifeAreasVersion, int mapped, int failed, List<Result> results) {

    /** One code: {@code icf} and {@code lifeArea} (and titles with a code list), or {@code error}. */
    public record Result(String input, String icf, String lifeArea, String titleSv, String titleEn, String error) {
    }

    static MapBatchJson of(String version, List<MapOutcome> outcomes) {
        List<Result> results = new ArrayList<>(outcomes.size());
        int failed = 0;
        for (MapOutcome o : outcomes) {
            if (o.mapping() == null) {
                failed++;
                results.add(new Result(o.input(), null, null, null, null, o.error()));
            } else {
                results.add(new Result(o.input(), o.mapping().code().code(), o.mapping().area().code(),
                        o.mapping().titleSv(), o.mapping().titleEn(), null));
            }
        }
        return new MapBatchJson(version, outcomes.size() - failed, failed, results);
    }
}
