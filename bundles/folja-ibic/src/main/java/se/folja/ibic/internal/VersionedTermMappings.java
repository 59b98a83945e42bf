package se.folja.ibic.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Text;
import se.folja.api.ValidationException;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMapping;
import se.folja.api.ibic.TermMappings;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.cache.internal.TimedCache;
import se.folja.store.spi.TermMappingStore;

/**
 * Term mappings kept as whole versions: a change reads the current version, makes the next one with the change,
 * and stores it; the store refuses a version another change stored first. The current version is kept in memory
 * ({@link TimedCache}: a change through this node is seen at once, one through another node sharing the database
 * within {@code cache.seconds}).
 */
@Component(service = TermMappings.class, configurationPid = "se.folja.ibic")
public final class VersionedTermMappings implements TermMappings {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    static final int LONGEST_TERM = 100;
    static final String CONFIG_PREFIX = "config:";
    private static final Comparator<TermMapping> ORDER = Comparator.comparing(TermMapping::kind)
            .thenComparing(TermMapping::term);

    private final TermMappingStore store;
    private final LifeAreaMapper mapper;
    private final MaintainedLists lists;
    private final Clock clock;
    private final TimedCache<MappingVersion> cached;

    @Activate
    public VersionedTermMappings(@Reference TermMappingStore store, @Reference LifeAreaMapper mapper,
            @Reference MaintainedLists lists, IbicConfig config) {
        this(store, mapper, lists, config, Clock.systemUTC());
    }

    VersionedTermMappings(TermMappingStore store, LifeAreaMapper mapper, MaintainedLists lists, IbicConfig config,
            Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.lists = lists;
        this.clock = clock;
        this.cached = new TimedCache<>(() -> store.current().orElseGet(this::empty), clock, maxAge(config));
    }

    @Modified
    void modified(IbicConfig config) {
        cached.maxAge(maxAge(config));
    }

    private static Duration maxAge(IbicConfig config) {
        return TimedCache.seconds(config.cache_seconds());
    }

    @Override
    public MappingVersion current() {
        return cached.get();
    }

    private MappingVersion empty() {
        return new MappingVersion(new MappingVersionInfo(0, mapper.lifeAreas().version(), "NONE", null, "system",
                Instant.EPOCH, 0), List.of());
    }

    @Override
    public MappingVersion version(long version) {
        if (version == 0) {
            return store.find(0).orElseGet(this::empty);
        }
        return store.find(version).orElseThrow(() -> new NotFoundException("mapping version",
                Long.toString(version)));
    }

    @Override
    public List<MappingVersionInfo> versions() {
        return store.versions();
    }

    @Override
    public MappingVersion put(TermKind kind, String term, String icf, String lifeArea, Long expectedVersion,
            String source, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        String name = term(kind, term, errors);
        TermMapping wanted = target(kind, name, icf, lifeArea, source, errors);
        errors.throwIfAny();
        MappingVersion current = fresh(expectedVersion);
        List<TermMapping> terms = new ArrayList<>();
        for (TermMapping t : current.terms()) {
            boolean same = t.kind() == kind && t.term().equals(name);
            boolean sameConfiguration = source.startsWith(CONFIG_PREFIX) && t.source().equals(source);
            if (!same && !sameConfiguration) {
                terms.add(t);
            }
        }
        terms.add(wanted);
        terms.sort(ORDER);
        if (terms.equals(current.terms())) {
            return current;
        }
        return append(current, "PUT " + kind, name, terms, source, actor);
    }

    @Override
    public MappingVersion remove(TermKind kind, String term, Long expectedVersion, Actor actor) {
        MappingVersion current = fresh(expectedVersion);
        String name = term == null ? "" : term.strip();
        if (current.find(kind, name).isEmpty()) {
            throw new NotFoundException("mapping of " + kind, name.length() > LONGEST_TERM ? "?" : name);
        }
        List<TermMapping> terms = current.terms().stream()
                .filter(t -> !(t.kind() == kind && t.term().equals(name))).toList();
        return append(current, "REMOVE " + kind, name, terms, REST, actor);
    }

    @Override
    public void removeSource(String source, Actor actor) {
        MappingVersion current = fresh(null);
        List<TermMapping> terms = current.terms().stream().filter(t -> !t.source().equals(source)).toList();
        if (terms.size() != current.terms().size()) {
            append(current, "REMOVE CONFIGURATION", null, terms, source, actor);
        }
    }

    @Override
    public Optional<TermMapping> resolve(TermKind kind, String term) {
        return term == null ? Optional.empty() : current().find(kind, term.strip());
    }

    /** @return the version from the store, after checking it is the one the change was based on */
    private MappingVersion fresh(Long expectedVersion) {
        cached.invalidate();
        MappingVersion current = store.current().orElseGet(this::empty);
        if (expectedVersion != null && expectedVersion != current.info().version()) {
            throw new ConflictException("The term mappings are at version " + current.info().version() + ", not "
                    + expectedVersion + ": someone else changed them. Read them again and retry.");
        }
        return current;
    }

    private MappingVersion append(MappingVersion current, String change, String term, List<TermMapping> terms,
            String source, Actor actor) {
        String by = source.startsWith(CONFIG_PREFIX) ? source : actor.userName();
        MappingVersionInfo info = new MappingVersionInfo(current.info().version() + 1, mapper.lifeAreas().version(),
                change, term, by, clock.instant().truncatedTo(ChronoUnit.MILLIS), terms.size());
        try {
            MappingVersion stored = store.append(info, terms);
            AUDIT.info("ibic mapping version {} {} terms={}", info.version(), change, terms.size());
            return stored;
        } finally {
            cached.invalidate();
        }
    }

    private String term(TermKind kind, String term, ValidationException.Builder errors) {
        if (kind == null) {
            errors.add("kind", "must be INTERVENTION_TYPE or NEED_LABEL");
        }
        if (term == null || term.isBlank()) {
            errors.add("term", "is required");
            return null;
        }
        String name = term.strip();
        if (name.length() > LONGEST_TERM || Text.problem(name, false) != null) {
            errors.add("term", "must be 1-" + LONGEST_TERM + " characters without control characters");
            return null;
        }
        if (kind == TermKind.INTERVENTION_TYPE) {
            try {
                lists.item(ListKind.INTERVENTION_TYPE, name);
            } catch (NotFoundException e) {
                errors.add("term", "is not a known intervention type");
                return null;
            }
        }
        return name;
    }

    private TermMapping target(TermKind kind, String term, String icf, String lifeArea, String source,
            ValidationException.Builder errors) {
        boolean hasIcf = icf != null && !icf.isBlank();
        boolean hasArea = lifeArea != null && !lifeArea.isBlank();
        if (hasIcf == hasArea) {
            errors.add(hasIcf ? "lifeArea" : "icf",
                    hasIcf ? "give icf or lifeArea, not both" : "is required, or give lifeArea");
            return null;
        }
        String code = null;
        String area;
        if (hasIcf) {
            try {
                var mapping = mapper.map("icf", icf);
                code = mapping.code().code();
                area = mapping.area().code();
            } catch (ValidationException e) {
                errors.addAll(e.errors());
                return null;
            }
        } else {
            Optional<LifeArea> found = mapper.lifeAreas().area(lifeArea.strip());
            if (found.isEmpty() || found.get().kind() == AreaKind.RELATED_FACTORS) {
                errors.add("lifeArea", "is not a life area: see GET /ibic/life-areas");
                return null;
            }
            area = found.get().code();
        }
        return kind == null || term == null ? null : new TermMapping(kind, term, code, area, source);
    }
}
