package se.folja.export.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.TermMappings;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;

/** The reference data exports are made with: the versions they name, the life areas' order and labels. */
final class DataVersions {

    private final ReasonCatalogue catalogue;
    private final LifeAreaMapper mapper;
    private final TermMappings mappings;

    DataVersions(ReasonCatalogue catalogue, LifeAreaMapper mapper, TermMappings mappings) {
        this.catalogue = catalogue;
        this.mapper = mapper;
        this.mappings = mappings;
    }

    /**
     * @return the versions of the data an export is made with. The reason catalogue's is the sum of its reasons'
     *     versions: every change of the catalogue (a new reason at version 1, an edit, a retirement) raises it by
     *     one, so equal numbers mean the same catalogue.
     */
    Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("reasonCatalogue", Long.toString(catalogue.allReasons().stream().mapToLong(ReasonCode::version)
                .sum()));
        versions.put("lifeAreas", mapper.lifeAreas().version());
        versions.put("termMapping", Long.toString(mappings.current().info().version()));
        return versions;
    }

    /** @return the life areas' codes in the set's order */
    List<String> areaOrder() {
        return mapper.lifeAreas().areas().stream().map(LifeArea::code).toList();
    }

    /** @return the life areas' Swedish labels by code */
    Map<String, String> areaLabels() {
        Map<String, String> labels = new HashMap<>();
        mapper.lifeAreas().areas().forEach(a -> labels.put(a.code(), a.labelSv()));
        return labels;
    }
}
