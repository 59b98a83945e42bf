package se.folja.rest.internal;

import se.folja.api.ibic.Need;
import se.folja.api.ibic.NeedRequest;

/**
 * An assessed need: exactly one of {@code icf}, {@code lifeArea} (an area without an ICF code) and {@code term} (a
 * mapped local need label) when sent; {@code lifeArea} always, and {@code icf} where there is one, when read.
 */
public record NeedJson(String icf, String lifeArea, String term, Integer qualifier, Integer goalQualifier,
        String goalText) {

    NeedRequest toRequest() {
        return new NeedRequest(icf, lifeArea, term, qualifier, goalQualifier, goalText);
    }

    static NeedJson of(Need n) {
        return new NeedJson(n.icf(), n.lifeArea(), n.term(), n.qualifier(), n.goalQualifier(), n.goalText());
    }
}
