package se.folja.rest.internal.ibic;

import java.util.Optional;

import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.Need;
import se.folja.api.ibic.NeedRequest;

/**
 * An assessed need: exactly one of {@code icf}, {@code lifeArea} (an area without an ICF code) and {@code term} (a
 * mapped local need label) when sent; {@code lifeArea} always, {@code icf} where there is one, and the code's
 * titles from the loaded code list, when read.
 */
public record NeedJson(String icf, String lifeArea, String term, Integer qualifier, Integer goalQualifier,
        String goalText, String titleSv, String titleEn) {

    NeedRequest toRequest() {
        return new NeedRequest(icf, lifeArea, term, qualifier, goalQualifier, goalText);
    }

    /** @param titles the code list's entry of the need's code, if any */
    static NeedJson of(Need n, Optional<IcfCodeEntry> titles) {
        return new NeedJson(n.icf(), n.lifeArea(), n.term(), n.qualifier(), n.goalQualifier(), n.goalText(),
                titles.map(IcfCodeEntry::titleSv).orElse(null), titles.map(IcfCodeEntry::titleEn).orElse(null));
    }
}
