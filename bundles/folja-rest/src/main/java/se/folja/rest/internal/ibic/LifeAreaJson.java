package se.folja.rest.internal.ibic;

import java.util.List;

import se.folja.api.ibic.LifeArea;

/** A life area (<em>livsområde</em>), IBIC's own area or related-factor group, with IBIC's labels. */
public record LifeAreaJson(String code, String kind, String labelSv, String labelEn, List<String> icf) {

    static LifeAreaJson of(LifeArea area) {
        return new LifeAreaJson(area.code(), area.kind().name(), area.labelSv(), area.labelEn(), area.icf());
    }
}
