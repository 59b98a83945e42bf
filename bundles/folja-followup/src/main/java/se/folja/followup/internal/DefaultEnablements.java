package se.folja.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.Dates;
import se.folja.api.FieldError;
import se.folja.api.FoljaException;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.Enablements;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.lists.UnitCode;
import se.folja.store.spi.EnablementStore;

/**
 * Template versions enabled per unit and period, over an {@link EnablementStore}: the request's rules, the
 * caller's units, and an audit line per change (ids and codes only). The store checks, in its transaction, that
 * no two enabled enablements of a template share a day of a unit.
 *
 * <p>Enablements that follow a Config Admin configuration ({@link ConfiguredEnablements}) are changed only
 * through it: {@link #change} and {@link #disable} refuse them, and only the configuration's methods use
 * {@link EnablementSource#CONFIGURATION}. "Today" is the day in Swedish time ({@link Dates#ZONE}).
 *
 * <p>Templates are looked up through {@link FollowUpTemplates}, not its store, so that this component (and with it
 * every configured enablement) waits for the built-in templates to be stored when Följa starts on an empty
 * database: a configuration enabling ORS finds ORS.
 */
@Component(service = {Enablements.class, ConfiguredEnablements.class})
public final class DefaultEnablements implements Enablements, ConfiguredEnablements {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultEnablements.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    private final EnablementStore store;
    private final FollowUpTemplates templates;
    private final MaintainedLists lists;
    private final Clock clock;

    @Activate
    public DefaultEnablements(@Reference EnablementStore store, @Reference FollowUpTemplates templates,
            @Reference MaintainedLists lists) {
        this(store, templates, lists, Clock.systemUTC());
    }

    DefaultEnablements(EnablementStore store, FollowUpTemplates templates, MaintainedLists lists, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.lists = lists;
        this.clock = clock;
    }

    /** What a request asks for, checked: every field set. */
    private record Wanted(String template, int version, String unit, LocalDate from, LocalDate to) {

        boolean same(Enablement e) {
            return e.templateCode().equals(template) && e.templateVersion() == version && e.unit().equals(unit)
                    && e.from().equals(from) && Objects.equals(e.to(), to);
        }
    }

    // ---------------------------------------------------------------- changes

    @Override
    public Enablement enable(EnableRequest request, EnablementSource source, Actor actor) {
        requireCaller(source);
        ValidationException.Builder errors = ValidationException.builder();
        Wanted wanted = wanted(request, null, errors);
        errors.throwIfAny();
        Enablement stored = store.insert(new Enablement(0, wanted.template(), wanted.version(), wanted.unit(),
                wanted.from(), wanted.to(), EnablementStatus.ENABLED, source, null, 1, actor.userName(), now()));
        audit(stored, EnablementChangeKind.ENABLED);
        return stored;
    }

    @Override
    public Enablement change(long id, long expectedRevision, Integer version, LocalDate from, LocalDate to,
            boolean clearTo, EnablementSource source, Actor actor) {
        requireCaller(source);
        Enablement current = stored(id);
        refuseConfigured(current);
        requireRevision(current, expectedRevision);
        if (current.status() == EnablementStatus.DISABLED) {
            throw new ConflictException("Enablement " + id + " is disabled; enable the template for the unit again"
                    + " instead");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.check(!(clearTo && to != null), "to", "give to or clearTo, not both");
        int newVersion = current.templateVersion();
        if (version != null) {
            if (storedVersion(current.templateCode(), version).isPresent()) {
                newVersion = version;
            } else {
                errors.add("version", "is not a stored version of the template");
            }
        }
        LocalDate newFrom = from != null ? from : current.from();
        LocalDate newTo = clearTo ? null : to != null ? to : current.to();
        boolean inRange = Dates.check("from", from, errors) & Dates.check("to", to, errors);
        if (inRange && newTo != null && newTo.isBefore(newFrom) && !errors.has("to")) {
            if (to != null) {
                errors.add("to", "must be on or after the first day (from)");
            } else {
                errors.add("from", "must be on or before the last day (to)");
            }
        }
        errors.throwIfAny();
        Wanted wanted = new Wanted(current.templateCode(), newVersion, current.unit(), newFrom, newTo);
        if (wanted.same(current)) {
            return current;
        }
        Enablement stored = store.update(state(current, wanted, EnablementStatus.ENABLED, source, actor.userName()),
                expectedRevision, EnablementChangeKind.CHANGED);
        audit(stored, EnablementChangeKind.CHANGED);
        return stored;
    }

    @Override
    public Enablement disable(long id, Long expectedRevision, EnablementSource source, Actor actor) {
        requireCaller(source);
        Enablement current = stored(id);
        refuseConfigured(current);
        if (current.status() == EnablementStatus.DISABLED) {
            return current;
        }
        if (expectedRevision != null) {
            requireRevision(current, expectedRevision);
        }
        Enablement stored = store.update(state(current, wanted(current), EnablementStatus.DISABLED, source,
                actor.userName()), current.revision(), EnablementChangeKind.DISABLED);
        audit(stored, EnablementChangeKind.DISABLED);
        return stored;
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Enablement get(long id, Actor actor) {
        Enablement enablement = stored(id);
        actor.requireUnit(enablement.unit());
        return enablement;
    }

    @Override
    public List<Enablement> list(EnablementQuery query, Actor actor) {
        UnitScope scope = actor.unitScope(query.units());
        if (scope.reachesNone()) {
            return List.of();
        }
        // staff see what is enabled now or later, whatever they ask; administrators and statisticians may ask for all
        LocalDate currentOrComingOn = actor.everyUnit() && query.includeEnded() ? null : today();
        return store.find(scope, query.template(), currentOrComingOn);
    }

    @Override
    public List<EnablementChange> history(long id, Actor actor) {
        get(id, actor);
        List<EnablementStore.Revision> revisions = store.revisions(id);
        List<EnablementChange> changes = new ArrayList<>(revisions.size());
        Enablement before = null;
        for (EnablementStore.Revision revision : revisions) {
            changes.add(new EnablementChange(revision.kind(), before, revision.state()));
            before = revision.state();
        }
        return changes;
    }

    // ---------------------------------------------------------------- configuration

    @Override
    public Optional<Enablement> configure(String pid, EnableRequest request) {
        Objects.requireNonNull(pid, "pid");
        try {
            Optional<Enablement> existing = store.findByConfiguration(pid);
            Enablement kept = existing.filter(e -> e.status() == EnablementStatus.ENABLED).orElse(null);
            ValidationException.Builder errors = ValidationException.builder();
            Wanted wanted = wanted(request, kept, errors);
            if (!errors.isEmpty()) {
                LOG.warn("Enablement configuration {} not applied: {}", pid, fields(errors.errors()));
                return Optional.empty();
            }
            String by = CHANGED_BY_PREFIX + pid;
            if (existing.isEmpty()) {
                Enablement stored = store.insert(new Enablement(0, wanted.template(), wanted.version(),
                        wanted.unit(), wanted.from(), wanted.to(), EnablementStatus.ENABLED,
                        EnablementSource.CONFIGURATION, pid, 1, by, now()));
                audit(stored, EnablementChangeKind.ENABLED);
                return Optional.of(stored);
            }
            Enablement current = existing.get();
            if (!current.templateCode().equals(wanted.template()) || !current.unit().equals(wanted.unit())) {
                // the store keeps an enablement's template and unit, and a configuration has one enablement
                LOG.warn("Enablement configuration {} not applied: it enabled template {} for unit {} (enablement {});"
                        + " a configuration's template and unit do not change: give the new ones a configuration of"
                        + " their own", pid, current.templateCode(), current.unit(), current.id());
                return Optional.empty();
            }
            if (current.status() == EnablementStatus.ENABLED && wanted.same(current)) {
                return Optional.of(current);
            }
            Enablement stored = store.update(state(current, wanted, EnablementStatus.ENABLED,
                    EnablementSource.CONFIGURATION, by), current.revision(), EnablementChangeKind.CHANGED);
            audit(stored, EnablementChangeKind.CHANGED);
            return Optional.of(stored);
        } catch (FoljaException e) {
            // a FoljaException's message holds no personal data: an overlap names the other enablement's id
            LOG.warn("Enablement configuration {} not applied: {}", pid, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Enablement> unconfigure(String pid) {
        Objects.requireNonNull(pid, "pid");
        try {
            Optional<Enablement> existing = store.findByConfiguration(pid);
            if (existing.isEmpty() || existing.get().status() == EnablementStatus.DISABLED) {
                return existing;
            }
            Enablement current = existing.get();
            Enablement stored;
            try {
                stored = store.update(state(current, wanted(current), EnablementStatus.DISABLED,
                        EnablementSource.CONFIGURATION, CHANGED_BY_PREFIX + pid), current.revision(),
                        EnablementChangeKind.DISABLED);
            } catch (ConflictException raced) {
                // the sweep and the component's deactivation may both disable it: the first one did
                Optional<Enablement> now = store.findByConfiguration(pid);
                if (now.isPresent() && now.get().status() == EnablementStatus.DISABLED) {
                    return now;
                }
                throw raced;
            }
            audit(stored, EnablementChangeKind.DISABLED);
            return Optional.of(stored);
        } catch (FoljaException e) {
            LOG.warn("Enablement of deleted configuration {} not disabled: {}", pid, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public List<String> configured() {
        return store.findConfigured().stream()
                .filter(e -> e.status() == EnablementStatus.ENABLED && e.configuration() != null)
                .map(Enablement::configuration).distinct().toList();
    }

    // ---------------------------------------------------------------- rules

    /**
     * Checks a request as {@link #enable} takes it.
     *
     * @param kept the enabled enablement a configuration already has, whose version and first day a request
     *     without them keeps; null for a new enablement
     * @return what is wanted, or null if an error was added
     */
    private Wanted wanted(EnableRequest request, Enablement kept, ValidationException.Builder errors) {
        EnableRequest r = request != null ? request : new EnableRequest(null, null, null, null, null);
        String template = r.template();
        Integer version = null;
        if (template == null || template.isBlank()) {
            errors.add("template", "is required");
        } else {
            List<TemplateVersionInfo> versions = versions(template);
            if (versions.isEmpty()) {
                errors.add("template", "is not a known follow-up template");
            } else if (r.version() == null) {
                version = kept != null && kept.templateCode().equals(template) ? kept.templateVersion()
                        : versions.get(versions.size() - 1).version();
            } else if (versions.stream().anyMatch(v -> v.version() == r.version())) {
                version = r.version();
            } else {
                errors.add("version", "is not a stored version of the template");
            }
        }
        String unit = r.unit();
        if (unit == null || unit.isBlank()) {
            errors.add("unit", "is required");
        } else if (!UnitCode.isValid(unit)) {
            errors.add("unit", "is not a known unit");
        } else {
            try {
                ListItem item = lists.item(ListKind.UNIT, unit);
                errors.check(item.active(), "unit", "is a retired unit");
            } catch (NotFoundException e) {
                errors.add("unit", "is not a known unit");
            }
        }
        boolean fromGiven = r.from() != null;
        LocalDate from = fromGiven ? r.from() : kept != null ? kept.from() : today();
        boolean inRange = Dates.check("from", r.from(), errors) & Dates.check("to", r.to(), errors);
        if (inRange && r.to() != null && r.to().isBefore(from)) {
            errors.add("to", fromGiven ? "must be on or after the first day (from)"
                    : "must be on or after the first day (from, today when not given)");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Wanted(template, version, unit, from, r.to());
    }

    private static Wanted wanted(Enablement e) {
        return new Wanted(e.templateCode(), e.templateVersion(), e.unit(), e.from(), e.to());
    }

    private Enablement state(Enablement current, Wanted wanted, EnablementStatus status, EnablementSource source,
            String by) {
        return new Enablement(current.id(), wanted.template(), wanted.version(), wanted.unit(), wanted.from(),
                wanted.to(), status, source, current.configuration(), current.revision(), by, now());
    }

    private Optional<TemplateVersionInfo> storedVersion(String template, int version) {
        return versions(template).stream().filter(v -> v.version() == version).findFirst();
    }

    /** @return the template's versions, oldest first; empty if there is no such template */
    private List<TemplateVersionInfo> versions(String template) {
        try {
            return templates.versions(template);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private static void requireCaller(EnablementSource source) {
        if (source != EnablementSource.REST && source != EnablementSource.SHELL) {
            throw new IllegalArgumentException("source must be REST or SHELL; configurations are applied by"
                    + " ConfiguredEnablements");
        }
    }

    private static void refuseConfigured(Enablement e) {
        if (e.source() == EnablementSource.CONFIGURATION) {
            throw new ConflictException("Enablement " + e.id() + " follows configuration " + e.configuration()
                    + " and is changed there");
        }
    }

    private static void requireRevision(Enablement current, long expectedRevision) {
        if (current.revision() != expectedRevision) {
            throw new ConflictException("Enablement " + current.id() + " is at revision " + current.revision()
                    + ", not " + expectedRevision + ": someone else changed it. Read it again and retry.");
        }
    }

    private Enablement stored(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("enablement", Long.toString(id)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Field names and rules; a rule never repeats the value. */
    static String fields(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }

    /** Ids, codes, days and revisions only. */
    private static void audit(Enablement e, EnablementChangeKind kind) {
        AUDIT.info("followup-enablement {} {} template={} version={} unit={} from={} to={} source={} revision={}",
                e.id(), kind, e.templateCode(), e.templateVersion(), e.unit(), e.from(), e.to(), e.source(),
                e.revision());
    }
}
