package se.folja.reasons.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.interventions.InterventionType;
import se.folja.api.interventions.InterventionTypeCatalogue;
import se.folja.api.store.InterventionTypeStore;

/**
 * The intervention types over an {@link InterventionTypeStore}: the catalogue's code and label rules,
 * refused stale edits, and an audit line per change.
 */
@Component(service = InterventionTypeCatalogue.class)
public final class CatalogueInterventionTypeService implements InterventionTypeCatalogue {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    private final InterventionTypeStore store;
    private final Clock clock;

    @Activate
    public CatalogueInterventionTypeService(@Reference InterventionTypeStore store) {
        this(store, Clock.systemUTC());
    }

    CatalogueInterventionTypeService(InterventionTypeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<InterventionType> activeTypes() {
        return store.findAll().stream().filter(InterventionType::active).toList();
    }

    @Override
    public List<InterventionType> allTypes() {
        return store.findAll();
    }

    @Override
    public InterventionType type(String code) {
        return store.find(Objects.requireNonNull(code, "code"))
                .orElseThrow(() -> new NotFoundException("intervention type", code));
    }

    @Override
    public InterventionType create(String code, String labelSv, String labelEn, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        CatalogueRules.code(code, errors);
        String sv = CatalogueRules.label("labelSv", labelSv, true, CatalogueRules.LONGEST_LABEL, errors);
        String en = CatalogueRules.label("labelEn", labelEn, true, CatalogueRules.LONGEST_LABEL, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        InterventionType stored = store.insert(new InterventionType(code, sv, en, true, 1, actor.userName(), now()));
        audit(stored, "CREATED");
        return stored;
    }

    @Override
    public InterventionType relabel(String code, long expectedVersion, String labelSv, String labelEn, Actor actor) {
        if (labelSv == null && labelEn == null) {
            throw ValidationException.of("body", "give labelSv, labelEn or both");
        }
        List<FieldError> errors = new ArrayList<>();
        String sv = CatalogueRules.label("labelSv", labelSv, false, CatalogueRules.LONGEST_LABEL, errors);
        String en = CatalogueRules.label("labelEn", labelEn, false, CatalogueRules.LONGEST_LABEL, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        InterventionType current = type(code);
        return change(current, sv != null ? sv : current.labelSv(), en != null ? en : current.labelEn(),
                current.active(), expectedVersion, actor, "EDITED");
    }

    @Override
    public InterventionType setActive(String code, long expectedVersion, boolean active, Actor actor) {
        InterventionType current = type(code);
        return change(current, current.labelSv(), current.labelEn(), active, expectedVersion, actor,
                active ? "REACTIVATED" : "RETIRED");
    }

    /** Stores the change unless it changes nothing; the version is checked either way. */
    private InterventionType change(InterventionType current, String labelSv, String labelEn, boolean active,
            long expectedVersion, Actor actor, String kind) {
        boolean same = current.labelSv().equals(labelSv) && current.labelEn().equals(labelEn)
                && current.active() == active;
        if (same && current.version() == expectedVersion) {
            return current;
        }
        InterventionType stored = store.update(current.with(labelSv, labelEn, active, actor.userName(), now()),
                expectedVersion);
        audit(stored, kind);
        return stored;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Codes, kinds and versions only. */
    private static void audit(InterventionType type, String kind) {
        AUDIT.info("intervention-type {} {} version={} active={}", type.code(), kind, type.version(), type.active());
    }
}
