package se.folja.rest.internal.ibic;

import se.folja.api.ibic.IcfMapping;

/** An ICF code, the area it maps to, and its titles from the loaded code list ({@code listed} absent without one). */
public record IcfMappingJson(
        String icf, String component, int chapter, int level, LifeAreaJson lifeArea, String lifeAreasVersion,
        String titleSv, String titleEn, Boolean listed) {

    static IcfMappingJson of(IcfMapping m) {
        return new IcfMappingJson(m.code().code(), m.code().component().name(), m.code().chapter(), m.code().level(),
                LifeAreaJson.of(m.area()), m.lifeAreasVersion(), m.titleSv(), m.titleEn(), m.listed());
    }
}
