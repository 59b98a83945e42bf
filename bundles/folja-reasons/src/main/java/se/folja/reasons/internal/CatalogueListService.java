package se.folja.reasons.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.cache.internal.TimedList;
import se.folja.store.spi.ListStore;

/**
 * The maintained lists (intervention types, units) over a {@link ListStore}: the catalogue's code and label
 * rules, refused stale edits, and an audit line per change.
 */
@Component(service = MaintainedLists.class, configurationPid = "se.folja.reasons")
public final class CatalogueListService implements MaintainedLists {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    private final ListStore store;
    private final Clock clock;
    private final Map<ListKind, TimedList<ListItem>> snapshots = new EnumMap<>(ListKind.class);

    @Activate
    public CatalogueListService(@Reference ListStore store, ReasonsConfig config) {
        this(store, Clock.systemUTC(), CatalogueReasonService.cacheAge(config));
    }

    CatalogueListService(ListStore store, Clock clock, Duration cacheAge) {
        this.store = store;
        this.clock = clock;
        for (ListKind kind : ListKind.values()) {
            snapshots.put(kind, new TimedList<>(() -> store.findAll(kind), ListItem::code, clock, cacheAge));
        }
    }

    @Modified
    void modified(ReasonsConfig config) {
        snapshots.values().forEach(s -> s.maxAge(CatalogueReasonService.cacheAge(config)));
    }

    @Override
    public List<ListItem> active(ListKind kind) {
        return snapshots.get(kind).all().stream().filter(ListItem::active).toList();
    }

    @Override
    public List<ListItem> all(ListKind kind) {
        return store.findAll(kind);
    }

    @Override
    public ListItem item(ListKind kind, String code) {
        return snapshots.get(kind).find(Objects.requireNonNull(code, "code"), c -> store.find(kind, c))
                .orElseThrow(() -> new NotFoundException(kind.noun(), code));
    }

    /** The item as stored now, for a change that must compare with the latest version. */
    private ListItem stored(ListKind kind, String code) {
        return store.find(kind, Objects.requireNonNull(code, "code"))
                .orElseThrow(() -> new NotFoundException(kind.noun(), code));
    }

    @Override
    public ListItem create(ListKind kind, String code, String labelSv, String labelEn, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        CatalogueRules.code(kind, code, errors);
        String sv = CatalogueRules.label("labelSv", labelSv, true, CatalogueRules.LONGEST_LABEL, errors);
        String en = CatalogueRules.label("labelEn", labelEn, true, CatalogueRules.LONGEST_LABEL, errors);
        errors.throwIfAny();
        ListItem stored;
        try {
            stored = store.insert(kind, new ListItem(code, sv, en, true, 1, actor.userName(), now()));
        } finally {
            snapshots.get(kind).invalidate();
        }
        audit(kind, stored, "CREATED");
        return stored;
    }

    @Override
    public ListItem relabel(ListKind kind, String code, long expectedVersion, String labelSv, String labelEn,
            Actor actor) {
        if (labelSv == null && labelEn == null) {
            throw ValidationException.of("body", "give labelSv, labelEn or both");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String sv = CatalogueRules.label("labelSv", labelSv, false, CatalogueRules.LONGEST_LABEL, errors);
        String en = CatalogueRules.label("labelEn", labelEn, false, CatalogueRules.LONGEST_LABEL, errors);
        errors.throwIfAny();
        ListItem current = stored(kind, code);
        return change(kind, current, sv != null ? sv : current.labelSv(), en != null ? en : current.labelEn(),
                current.active(), expectedVersion, actor, "EDITED");
    }

    @Override
    public ListItem setActive(ListKind kind, String code, long expectedVersion, boolean active, Actor actor) {
        ListItem current = stored(kind, code);
        return change(kind, current, current.labelSv(), current.labelEn(), active, expectedVersion, actor,
                active ? "REACTIVATED" : "RETIRED");
    }

    /** Stores the change unless it changes nothing; the version is checked either way. */
    private ListItem change(ListKind kind, ListItem current, String labelSv, String labelEn, boolean active,
            long expectedVersion, Actor actor, String change) {
        boolean same = current.labelSv().equals(labelSv) && current.labelEn().equals(labelEn)
                && current.active() == active;
        if (same && current.version() == expectedVersion) {
            return current;
        }
        ListItem stored;
        try {
            stored = store.update(kind, current.with(labelSv, labelEn, active, actor.userName(), now()),
                    expectedVersion);
        } finally {
            snapshots.get(kind).invalidate();
        }
        audit(kind, stored, change);
        return stored;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Kinds, codes and versions only. */
    private static void audit(ListKind kind, ListItem item, String change) {
        AUDIT.info("{} {} {} version={} active={}", kind.noun().replace(' ', '-'), item.code(), change,
                item.version(), item.active());
    }
}
