package se.folja.ibic.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.Text;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.cache.internal.TimedCache;
import se.folja.store.spi.IcfCodeStore;

/**
 * The municipality's ICF code list: read and checked whole before anything is stored, then replaced in one
 * transaction; kept in memory for mapping thousands of codes at once ({@link TimedCache}: a load through this
 * node is seen at once, one through another node sharing the database within {@code cache.seconds}).
 */
@Component(service = IcfCodeLists.class, configurationPid = "se.folja.ibic")
@Designate(ocd = IbicConfig.class)
public final class CodeListService implements IcfCodeLists {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    static final String DEFAULT_NAME = "ICF";

    /** How often a read is tried again when another node's load came between its two statements. */
    private static final int READS = 3;

    private record Loaded(Optional<IcfCodeListInfo> info, Map<String, IcfCodeEntry> codes) {
    }

    private final IcfCodeStore store;
    private final Clock clock;
    private final TimedCache<Loaded> cache;
    private volatile int maxCodes;

    @Activate
    public CodeListService(@Reference IcfCodeStore store, IbicConfig config) {
        this(store, config, Clock.systemUTC());
    }

    CodeListService(IcfCodeStore store, IbicConfig config, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.cache = new TimedCache<>(this::read, clock, maxAge(config));
        modified(config);
    }

    @Modified
    void modified(IbicConfig config) {
        maxCodes = Math.max(1, config.codeList_maxCodes());
        cache.maxAge(maxAge(config));
    }

    private static Duration maxAge(IbicConfig config) {
        return TimedCache.seconds(config.cache_seconds());
    }

    @Override
    public IcfCodeListInfo load(IcfCodeListFormat format, InputStream content, String name, Actor actor) {
        if (format == null) {
            throw ValidationException.of("format", "must be CSV or FHIR_JSON");
        }
        String fallback = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
        if (fallback.length() > 200 || Text.problem(fallback, false) != null) {
            throw ValidationException.of("name", "must be at most 200 characters without control characters");
        }
        ParsedCodeList list = switch (format) {
            case CSV -> CsvCodeListReader.read(content, fallback, maxCodes);
            case FHIR_JSON -> FhirCodeListReader.read(content, fallback, maxCodes);
        };
        String listName = list.name().length() > 200 ? list.name().substring(0, 200) : list.name();
        String version = list.version() != null && list.version().length() > 100 ? list.version().substring(0, 100)
                : list.version();
        IcfCodeListInfo info;
        try {
            info = store.replace(listName, version, list.codes(), actor.userName(),
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
        } finally {
            cache.invalidate();
        }
        AUDIT.info("icf code list {} LOADED format={} codes={}", info.id(), format, info.codes());
        return info;
    }

    @Override
    public Optional<IcfCodeListInfo> current() {
        return snapshot().info();
    }

    @Override
    public Optional<IcfCodeEntry> entry(String code) {
        return Optional.ofNullable(snapshot().codes().get(code));
    }

    /** @return whether a list is loaded; with it, {@link #entry} answers for every code */
    boolean hasList() {
        return snapshot().info().isPresent();
    }

    private Loaded snapshot() {
        return cache.get();
    }

    /**
     * @return the current list and its codes, from one load: the list's row is read before and after its codes,
     *     and the read is made again if another node loaded a list in between (up to {@value #READS} times)
     */
    private Loaded read() {
        Optional<IcfCodeListInfo> info = store.current();
        for (int attempt = 1; ; attempt++) {
            Map<String, IcfCodeEntry> codes = new HashMap<>();
            if (info.isPresent()) {
                store.codes().forEach(entry -> codes.put(entry.code(), entry));
            }
            Optional<IcfCodeListInfo> after = store.current();
            if (after.equals(info) || attempt == READS) {
                return new Loaded(after, Map.copyOf(codes));
            }
            info = after;
        }
    }
}
