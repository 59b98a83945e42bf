package se.folja.reasons.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.NewReason;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;
import se.folja.api.reasons.ReasonEdit;
import se.folja.cache.internal.TimedCache;
import se.folja.cache.internal.TimedList;
import se.folja.store.spi.ReasonStore;

/**
 * The reason catalogue over a {@link ReasonStore}: validates every change, refuses stale edits, keeps
 * history and writes each change to the audit log.
 */
@Component(service = ReasonCatalogue.class, configurationPid = "se.folja.reasons")
@Designate(ocd = ReasonsConfig.class)
public final class CatalogueReasonService implements ReasonCatalogue {

    static final int MAX_SORT_ORDER = 1_000_000;

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    private final ReasonStore store;
    private final Clock clock;
    private final TimedList<ReasonCode> snapshot;
    private volatile ReasonsConfig config;

    @Activate
    public CatalogueReasonService(@Reference ReasonStore store, ReasonsConfig config) {
        this(store, config, Clock.systemUTC());
    }

    CatalogueReasonService(ReasonStore store, ReasonsConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.snapshot = new TimedList<>(store::findAll, ReasonCode::code, clock, cacheAge(config));
    }

    @Modified
    void modified(ReasonsConfig newConfig) {
        this.config = newConfig;
        snapshot.maxAge(cacheAge(newConfig));
    }

    static Duration cacheAge(ReasonsConfig config) {
        return TimedCache.seconds(config.cache_seconds());
    }

    @Override
    public List<ReasonCode> activeReasons() {
        return snapshot.all().stream().filter(ReasonCode::active).toList();
    }

    @Override
    public List<ReasonCode> allReasons() {
        return store.findAll();
    }

    @Override
    public ReasonCode reason(String code) {
        return snapshot.find(Objects.requireNonNull(code, "code"), store::find)
                .orElseThrow(() -> new NotFoundException("reason code", code));
    }

    /** The reason as stored now, for a change that must compare with the latest version. */
    private ReasonCode stored(String code) {
        return store.find(Objects.requireNonNull(code, "code"))
                .orElseThrow(() -> new NotFoundException("reason code", code));
    }

    @Override
    public ReasonCode create(NewReason reason, Actor actor) {
        ValidationException.Builder errors = ValidationException.builder();
        if (reason == null) {
            throw ValidationException.of("body", "a reason is required");
        }
        CatalogueRules.code(reason.code(), errors);
        String labelSv = label("labelSv", reason.labelSv(), true, errors);
        String labelEn = label("labelEn", reason.labelEn(), true, errors);
        if (reason.initiator() == null) {
            errors.add("initiator", "is required: CLIENT or ORGANISATION");
        }
        sortOrder(reason.sortOrder(), errors);
        errors.throwIfAny();
        int sortOrder = reason.sortOrder() != null ? reason.sortOrder() : nextSortOrder();
        ReasonCode draft = new ReasonCode(reason.code(), labelSv, labelEn, reason.initiator(), sortOrder, true, 1, now());
        ReasonCode stored;
        try {
            stored = store.insert(draft, actor.userName(), draft.changedAt());
        } finally {
            snapshot.invalidate();
        }
        audit(stored, ChangeKind.CREATED);
        return stored;
    }

    @Override
    public ReasonCode edit(String code, long expectedVersion, ReasonEdit edit, Actor actor) {
        if (edit == null || edit.isEmpty()) {
            throw ValidationException.of("body", "give at least one of labelSv, labelEn, sortOrder");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String labelSv = label("labelSv", edit.labelSv(), false, errors);
        String labelEn = label("labelEn", edit.labelEn(), false, errors);
        sortOrder(edit.sortOrder(), errors);
        errors.throwIfAny();
        ReasonCode current = stored(code);
        ReasonCode edited = current
                .withLabels(labelSv != null ? labelSv : current.labelSv(), labelEn != null ? labelEn : current.labelEn())
                .withSortOrder(edit.sortOrder() != null ? edit.sortOrder() : current.sortOrder());
        return change(current, edited, expectedVersion, ChangeKind.EDITED, actor);
    }

    @Override
    public ReasonCode retire(String code, long expectedVersion, Actor actor) {
        ReasonCode current = stored(code);
        return change(current, current.withActive(false), expectedVersion, ChangeKind.RETIRED, actor);
    }

    @Override
    public ReasonCode reactivate(String code, long expectedVersion, Actor actor) {
        ReasonCode current = stored(code);
        return change(current, current.withActive(true), expectedVersion, ChangeKind.REACTIVATED, actor);
    }

    @Override
    public List<ReasonChange> history(String code) {
        List<ReasonChange> history = store.history(Objects.requireNonNull(code, "code"));
        if (history.isEmpty()) {
            throw new NotFoundException("reason code", code);
        }
        return history;
    }

    /**
     * Stores {@code changed} unless it equals {@code current}. The version is checked even for a change
     * that changes nothing, so a stale client always learns that it is stale.
     */
    private ReasonCode change(
            ReasonCode current, ReasonCode changed, long expectedVersion, ChangeKind kind, Actor actor) {
        if (current.equals(changed) && current.version() == expectedVersion) {
            return current;
        }
        ReasonCode stored;
        try {
            stored = store.update(changed, expectedVersion, kind, actor.userName(), now());
        } finally {
            snapshot.invalidate();
        }
        audit(stored, kind);
        return stored;
    }

    private String label(String field, String value, boolean required, ValidationException.Builder errors) {
        return CatalogueRules.label(field, value, required, config.label_maxLength(), errors);
    }

    private static void sortOrder(Integer value, ValidationException.Builder errors) {
        if (value != null && (value < 0 || value > MAX_SORT_ORDER)) {
            errors.add("sortOrder", "must be between 0 and " + MAX_SORT_ORDER);
        }
    }

    private int nextSortOrder() {
        int last = store.findAll().stream().mapToInt(ReasonCode::sortOrder).max().orElse(0);
        return Math.min(MAX_SORT_ORDER, last + config.sortOrder_step());
    }

    private Instant now() {
        // Milliseconds: every supported database keeps them exactly, so a re-read equals what was written.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Codes, kinds and revisions only: the acting user is in the stored history, not in the log. */
    private static void audit(ReasonCode reason, ChangeKind kind) {
        AUDIT.info("reason-code {} {} revision={} active={}", reason.code(), kind, reason.version(), reason.active());
    }
}
