package se.folja.ibic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCode;
import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.api.ibic.IcfMapping;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.ibic.MapOutcome;

/** ICF codes to life areas by the longest matching prefix in the shipped table; titles from the code list. */
@Component(service = LifeAreaMapper.class)
public final class TableLifeAreaMapper implements LifeAreaMapper {

    static final String NOT_LISTED = "is not in the loaded ICF code list";

    private final ShippedLifeAreas shipped;
    private final IcfCodeLists codeLists;

    @Activate
    public TableLifeAreaMapper(@Reference IcfCodeLists codeLists) {
        this(ShippedLifeAreas.load(), codeLists);
    }

    TableLifeAreaMapper(ShippedLifeAreas shipped, IcfCodeLists codeLists) {
        this.shipped = shipped;
        this.codeLists = codeLists;
    }

    @Override
    public LifeAreaSet lifeAreas() {
        return shipped.current();
    }

    @Override
    public LifeAreaSet lifeAreas(String version) {
        LifeAreaSet set = version == null ? null : shipped.version(version.strip());
        if (set == null) {
            throw new NotFoundException("life areas version", String.valueOf(version));
        }
        return set;
    }

    @Override
    public List<String> versions() {
        return shipped.versions();
    }

    @Override
    public IcfMapping map(String field, String code) {
        IcfCode parsed;
        try {
            parsed = IcfCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, e.getMessage());
        }
        boolean listed = codeLists.current().isPresent();
        return mapping(parsed, shipped.current(), listed).orElseThrow(() -> ValidationException.of(field, NOT_LISTED));
    }

    @Override
    public List<MapOutcome> mapAll(List<String> codes) {
        LifeAreaSet set = shipped.current();
        boolean listed = codeLists.current().isPresent();
        List<MapOutcome> outcomes = new ArrayList<>(codes.size());
        for (String code : codes) {
            try {
                IcfCode parsed = IcfCode.parse(code);
                outcomes.add(mapping(parsed, set, listed)
                        .map(m -> new MapOutcome(code, m, null))
                        .orElseGet(() -> new MapOutcome(code, null, NOT_LISTED)));
            } catch (IllegalArgumentException e) {
                outcomes.add(new MapOutcome(code, null, e.getMessage()));
            }
        }
        return outcomes;
    }

    /** @return the mapping, empty if a list is loaded and lacks the code */
    private Optional<IcfMapping> mapping(IcfCode code, LifeAreaSet set, boolean listed) {
        LifeArea area = set.areaOf(code);
        if (!listed) {
            return Optional.of(new IcfMapping(code, area, set.version(), null, null, null));
        }
        Optional<IcfCodeEntry> entry = codeLists.entry(code.code());
        return entry.map(e -> new IcfMapping(code, area, set.version(), e.titleSv(), e.titleEn(), true));
    }
}
