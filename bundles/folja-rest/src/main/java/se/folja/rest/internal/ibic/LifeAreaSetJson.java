package se.folja.rest.internal.ibic;

import java.util.List;

import se.folja.api.ibic.LifeAreaSet;

/** One version of IBIC's life areas, with every version's identifier (the last is current). */
public record LifeAreaSetJson(String version, String source, List<String> versions, List<LifeAreaJson> areas) {

    static LifeAreaSetJson of(LifeAreaSet set, List<String> versions) {
        return new LifeAreaSetJson(set.version(), set.source(), versions,
                set.areas().stream().map(LifeAreaJson::of).toList());
    }
}
