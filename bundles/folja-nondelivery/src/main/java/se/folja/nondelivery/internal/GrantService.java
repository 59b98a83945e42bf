package se.folja.nondelivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.Dates;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.Grants;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.spi.GrantStore;

/** Grants: validated, reached by unit, ended rather than changed, annulled when entered by mistake. */
@Component(service = Grants.class)
public final class GrantService implements Grants {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    static final int MOST_SESSIONS = 50;

    private final GrantStore store;
    private final MaintainedLists lists;
    private final Clock clock;

    @Activate
    public GrantService(@Reference GrantStore store, @Reference MaintainedLists lists) {
        this(store, lists, Clock.systemUTC());
    }

    GrantService(GrantStore store, MaintainedLists lists, Clock clock) {
        this.store = store;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public Grant create(GrantRequest request, Actor actor) {
        if (request.unit() != null && !request.unit().isBlank()) {
            actor.requireUnit(request.unit().strip());
        }
        Fields fields = new Fields(LocalDate.now(clock.withZone(Dates.ZONE)));
        PersonalIdentityNumber client = fields.client("client", request.client());
        String unit = fields.active(lists, ListKind.UNIT, "unit", request.unit());
        String type = fields.active(lists, ListKind.INTERVENTION_TYPE, "interventionType", request.interventionType());
        Integer sessions = request.sessionsPerWeek();
        if (sessions == null) {
            fields.error("sessionsPerWeek", "is required");
        } else if (sessions < 1 || sessions > MOST_SESSIONS) {
            fields.error("sessionsPerWeek", "must be 1-" + MOST_SESSIONS);
        }
        LocalDate from = fields.date("validFrom", request.validFrom(), true);
        LocalDate to = fields.date("validTo", request.validTo(), false);
        if (from != null && to != null && to.isBefore(from)) {
            fields.error("validTo", "must not be before validFrom");
        }
        fields.check();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Grant stored = store.insert(new Grant(0, client, unit, type, sessions, from, to, actor.userName(), now, 0));
        audit("CREATED", stored);
        return stored;
    }

    @Override
    public Grant get(long id, Actor actor) {
        Grant grant = store.find(id).orElseThrow(() -> new NotFoundException("grant", Long.toString(id)));
        actor.requireUnit(grant.unit());
        return grant;
    }

    @Override
    public Grant end(long id, long expectedVersion, LocalDate validTo, Actor actor) {
        Grant grant = get(id, actor);
        if (!grant.active()) {
            throw new ConflictException("Grant " + id + " is annulled; it cannot be ended");
        }
        if (validTo == null) {
            throw ValidationException.of("validTo", "is required");
        }
        if (validTo.isBefore(grant.validFrom())) {
            throw ValidationException.of("validTo", "must not be before the grant's first day " + grant.validFrom());
        }
        if (grant.validTo() != null && validTo.isAfter(grant.validTo())) {
            // ending shortens a grant; a longer grant is a new decision, entered as a new grant
            throw ValidationException.of("validTo", "must not be after the grant's last day " + grant.validTo()
                    + ": a grant is ended, not extended");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Dates.check("validTo", validTo, errors);
        errors.throwIfAny();
        Grant stored = store.end(id, expectedVersion, validTo, actor.userName(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        audit("ENDED", stored);
        return stored;
    }

    @Override
    public Grant annul(long id, long expectedVersion, String reason, Actor actor) {
        Grant current = get(id, actor);
        Fields fields = new Fields(LocalDate.now(clock.withZone(Dates.ZONE)));
        String why = null;
        if (reason == null || reason.isBlank()) {
            fields.error("reason", "is required: say why it was entered by mistake");
        } else {
            why = fields.text("reason", reason);
        }
        fields.check();
        if (!current.active()) {
            throw new ConflictException("Grant " + id + " is annulled already");
        }
        Grant stored = store.annul(id, expectedVersion, why, actor.userName(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        audit("ANNULLED", stored);
        return stored;
    }

    @Override
    public List<GrantRevision> history(long id, Actor actor) {
        get(id, actor);
        return store.history(id);
    }

    @Override
    public Page<Grant> search(GrantQuery query, Actor actor) {
        return Scope.search(actor, query.units(), query.from(), query.to(), query.offset(), query.limit(),
                scope -> store.search(query, scope));
    }

    private static void audit(String change, Grant g) {
        AUDIT.info("grant {} {} unit={} type={} sessions={} version={}", g.id(), change, g.unit(),
                g.interventionType(), g.sessionsPerWeek(), g.version());
    }
}
