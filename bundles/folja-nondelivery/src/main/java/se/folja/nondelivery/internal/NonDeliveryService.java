package se.folja.nondelivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import se.folja.api.ConflictException;
import se.folja.api.Dates;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.NonDeliveries;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryCorrection;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.api.nondelivery.Registration;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.NonDeliveryStore;
import se.folja.store.spi.PendingEntryStore;

/**
 * Registration of non-deliveries: validation naming every field, access by unit, once per journal entry,
 * corrections and annulments with history, and the write-back each change needs.
 */
@Component(service = NonDeliveries.class)
public final class NonDeliveryService implements NonDeliveries {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    private final NonDeliveryStore store;
    private final PendingEntryStore pending;
    private final ReasonCatalogue reasons;
    private final MaintainedLists lists;
    private final Clock clock;

    @Activate
    public NonDeliveryService(@Reference NonDeliveryStore store, @Reference PendingEntryStore pending,
            @Reference ReasonCatalogue reasons, @Reference MaintainedLists lists) {
        this(store, pending, reasons, lists, Clock.systemUTC());
    }

    NonDeliveryService(NonDeliveryStore store, PendingEntryStore pending, ReasonCatalogue reasons,
            MaintainedLists lists, Clock clock) {
        this.store = store;
        this.pending = pending;
        this.reasons = reasons;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public Registration register(NonDeliveryRequest request, Actor actor) {
        Objects.requireNonNull(request, "request");
        Fields fields = new Fields(today());
        String entry = fields.journalEntryId(request.journalEntryId());
        // The host's announcement of the entry decides its unit: only that unit's staff may register it, and the
        // unit a request names is checked only when the entry is unknown (it is refused below in any case).
        PendingEntry announced = entry == null ? null : pending.find(entry).orElse(null);
        if (announced != null) {
            actor.requireUnit(announced.unit());
        } else if (request.unit() != null && !request.unit().isBlank()) {
            actor.requireUnit(request.unit().strip());
        }
        PersonalIdentityNumber client = announced == null ? fields.client("client", request.client())
                : entryClient(fields, announced, request.client());
        String unit = announced == null ? fields.active(lists, ListKind.UNIT, "unit", request.unit())
                : entryUnit(fields, announced, request.unit());
        String type = fields.active(lists, ListKind.INTERVENTION_TYPE, "interventionType", request.interventionType());
        OffsetDateTime start = announced == null ? fields.plannedStart(request.plannedStart())
                : entryStart(fields, announced, request.plannedStart());
        ReasonCode reason = fields.reason(reasons, request.reasonCode());
        String comment = fields.text("comment", request.comment());
        fields.check();

        Instant now = now();
        NonDelivery wanted = new NonDelivery(0, entry, client, unit, type, start, IsoWeek.of(start.toLocalDate()),
                reason.code(), reason.initiator(), comment, NonDeliveryStatus.ACTIVE, null, actor.userName(), now,
                actor.userName(), now, 0);
        if (announced == null) {
            // Only a registration stored by an earlier version, before entries had to be announced, can exist
            // here: a repeat of it is still answered as the first time.
            NonDelivery existing = store.findByJournalEntry(entry).orElseThrow(() -> unannounced(entry));
            return repeated(existing, wanted, actor);
        }
        NonDelivery existing;
        try {
            // The store refuses a second registration of the entry in the same transaction, so the common case
            // (a first registration) costs one transaction; a repeat is answered from what is stored.
            NonDelivery stored = store.insert(wanted);
            audit("REGISTERED", stored);
            return new Registration(stored, true);
        } catch (ConflictException registeredAlready) {
            existing = store.findByJournalEntry(entry).orElseThrow(() -> registeredAlready);
        }
        return repeated(existing, wanted, actor);
    }

    /**
     * An entry the host has not announced has no unit Följa could trust: a registration naming its own unit
     * could otherwise put a reason on another unit's journal entry and take the entry from that unit.
     */
    private static ConflictException unannounced(String entry) {
        return new ConflictException("journalEntryId: the journal has not announced entry '" + entry + "' (or its"
                + " announcement has not arrived yet); register it from the list of entries awaiting a reason, or"
                + " try again in a moment");
    }

    /** The entry's unit; a request may leave it out, or must name the same. */
    private String entryUnit(Fields fields, PendingEntry announced, String asked) {
        if (asked != null && !asked.isBlank() && !asked.strip().equals(announced.unit())) {
            fields.error("unit", "must be the journal entry's unit " + announced.unit());
            return null;
        }
        return fields.active(lists, ListKind.UNIT, "unit", announced.unit());
    }

    /** The entry's client if the host sent one (a request may leave it out, or must name the same). */
    private static PersonalIdentityNumber entryClient(Fields fields, PendingEntry announced, String asked) {
        if (announced.client() == null) {
            return fields.client("client", asked);
        }
        if (asked == null || asked.isBlank()) {
            return announced.client();
        }
        PersonalIdentityNumber given = fields.client("client", asked);
        if (given != null && !given.equals(announced.client())) {
            fields.error("client", "is not the journal entry's client");
            return null;
        }
        return given == null ? null : announced.client();
    }

    /** The entry's planned start if the host sent one (a request may leave it out, or must name the same instant). */
    private static OffsetDateTime entryStart(Fields fields, PendingEntry announced, String asked) {
        if (announced.plannedStart() == null) {
            return fields.plannedStart(asked);
        }
        if (asked == null || asked.isBlank()) {
            return announced.plannedStart();
        }
        OffsetDateTime given = fields.plannedStart(asked);
        if (given != null && !given.toInstant().equals(announced.plannedStart().toInstant())) {
            fields.error("plannedStart", "must be the journal entry's planned start " + announced.plannedStart());
            return null;
        }
        return given == null ? null : announced.plannedStart();
    }

    /**
     * Whether a stored registration says what a repeated request says: client, unit, type, the instant of the
     * planned start (in whatever offset it was written), reason and comment.
     */
    static boolean sameContent(NonDelivery existing, NonDelivery wanted) {
        return existing.client().equals(wanted.client())
                && existing.unit().equals(wanted.unit())
                && existing.interventionType().equals(wanted.interventionType())
                && existing.plannedStart().toInstant().equals(wanted.plannedStart().toInstant())
                && existing.reasonCode().equals(wanted.reasonCode())
                && Objects.equals(existing.comment(), wanted.comment());
    }

    /** The answer to a registration of an entry that has one: the same again, or a conflict. */
    private static Registration repeated(NonDelivery existing, NonDelivery wanted, Actor actor) {
        actor.requireUnit(existing.unit());
        if (!(existing.active() && sameContent(existing, wanted))) {
            throw new ConflictException("Journal entry '" + existing.journalEntryId() + "' has a different"
                    + " registration already (" + existing.id() + "); correct that one instead");
        }
        return new Registration(existing, false);
    }

    @Override
    public NonDelivery get(long id, Actor actor) {
        NonDelivery found = store.find(id).orElseThrow(() -> new NotFoundException("registration", Long.toString(id)));
        actor.requireUnit(found.unit());
        return found;
    }

    @Override
    public List<NonDeliveryRevision> history(long id, Actor actor) {
        get(id, actor);
        return store.history(id);
    }

    @Override
    public NonDelivery correct(long id, long expectedVersion, NonDeliveryCorrection correction, Actor actor) {
        NonDelivery current = get(id, actor);
        PendingEntry announced = requireEntryUnit(current, actor);
        if (correction.unit() != null && !correction.unit().isBlank()) {
            actor.requireUnit(correction.unit().strip());
        }
        if (correction.isEmpty()) {
            throw ValidationException.of("body", "give at least one field to correct");
        }
        Fields fields = new Fields(today());
        PersonalIdentityNumber client = correction.client() == null ? current.client()
                : fields.client("client", correction.client());
        String unit = correction.unit() == null ? current.unit()
                : fields.active(lists, ListKind.UNIT, "unit", correction.unit());
        String type = correction.interventionType() == null ? current.interventionType()
                : fields.active(lists, ListKind.INTERVENTION_TYPE, "interventionType", correction.interventionType());
        OffsetDateTime start = correction.plannedStart() == null ? current.plannedStart()
                : fields.plannedStart(correction.plannedStart());
        ReasonCode reason = correction.reasonCode() == null ? null : fields.reason(reasons, correction.reasonCode());
        String comment = correction.comment() == null ? current.comment() : fields.text("comment", correction.comment());
        if (announced != null) {
            keepEntrys(fields, "unit", announced.unit(), unit != null && !unit.equals(announced.unit()));
            keepEntrys(fields, "client", announced.client(),
                    client != null && announced.client() != null && !client.equals(announced.client()));
            keepEntrys(fields, "plannedStart", announced.plannedStart(), start != null
                    && announced.plannedStart() != null && !start.toInstant().equals(announced.plannedStart().toInstant()));
        }
        fields.check();
        if (!current.active()) {
            throw new ConflictException("Registration " + id + " is annulled; it cannot be corrected");
        }

        List<String> changed = new ArrayList<>();
        if (!client.equals(current.client())) {
            changed.add("client");
        }
        if (!unit.equals(current.unit())) {
            changed.add("unit");
        }
        if (!type.equals(current.interventionType())) {
            changed.add("interventionType");
        }
        if (!start.toInstant().equals(current.plannedStart().toInstant())) {
            changed.add("plannedStart");
        }
        String reasonCode = reason == null ? current.reasonCode() : reason.code();
        if (!reasonCode.equals(current.reasonCode())) {
            changed.add("reasonCode");
        }
        if (!Objects.equals(comment, current.comment())) {
            changed.add("comment");
        }
        if (changed.isEmpty() && current.version() == expectedVersion) {
            return current;
        }
        Instant now = now();
        NonDelivery corrected = new NonDelivery(current.id(), current.journalEntryId(), client, unit, type, start,
                IsoWeek.of(start.toLocalDate()), reasonCode, reason == null ? current.initiator() : reason.initiator(),
                comment, NonDeliveryStatus.ACTIVE, null, current.registeredBy(), current.registeredAt(),
                actor.userName(), now, current.version(), current.imported());
        NonDelivery stored = store.update(corrected, expectedVersion, RevisionKind.CORRECTED, changed,
                changed.contains("reasonCode") && !current.imported() ? WriteBackAction.SET_REASON : null);
        audit("CORRECTED " + String.join(",", changed), stored);
        return stored;
    }

    @Override
    public NonDelivery annul(long id, long expectedVersion, String reason, Actor actor) {
        NonDelivery current = get(id, actor);
        requireEntryUnit(current, actor);
        Fields fields = new Fields(today());
        String why = null;
        if (reason == null || reason.isBlank()) {
            fields.error("reason", "is required: say why it was registered by mistake");
        } else {
            why = fields.text("reason", reason);
        }
        fields.check();
        if (!current.active()) {
            throw new ConflictException("Registration " + id + " is annulled already");
        }
        Instant now = now();
        NonDelivery annulled = new NonDelivery(current.id(), current.journalEntryId(), current.client(),
                current.unit(), current.interventionType(), current.plannedStart(), current.week(),
                current.reasonCode(), current.initiator(), current.comment(), NonDeliveryStatus.ANNULLED, why,
                current.registeredBy(), current.registeredAt(), actor.userName(), now, current.version(),
                current.imported());
        // an imported registration was never written back: nothing to take off the journal entry
        NonDelivery stored = store.update(annulled, expectedVersion, RevisionKind.ANNULLED, List.of("status"),
                current.imported() ? null : WriteBackAction.CLEAR_REASON);
        audit("ANNULLED", stored);
        return stored;
    }

    /**
     * Only staff of the journal entry's unit change its registration (a registration stored before the entry's unit
     * was enforced may name another unit: then the actor must reach both).
     *
     * @return the entry as the host announced it, null if it never did
     */
    private PendingEntry requireEntryUnit(NonDelivery registration, Actor actor) {
        PendingEntry announced = pending.find(registration.journalEntryId()).orElse(null);
        if (announced != null) {
            actor.requireUnit(announced.unit());
        }
        return announced;
    }

    /** A correction may not move a registration away from what its journal entry says. */
    private static void keepEntrys(Fields fields, String field, Object entrys, boolean differs) {
        if (differs) {
            fields.error(field, field.equals("client") ? "is the journal entry's client and cannot be corrected"
                    : "is the journal entry's (" + entrys + ") and cannot be corrected");
        }
    }

    @Override
    public Page<NonDelivery> search(NonDeliveryQuery query, Actor actor) {
        return Scope.search(actor, query.units(), query.from(), query.to(), query.offset(), query.limit(),
                scope -> store.search(query, scope));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.ZONE));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Ids, units, codes and versions only: never the client or a free text. */
    private static void audit(String change, NonDelivery n) {
        AUDIT.info("non-delivery {} {} unit={} reason={} version={}", n.id(), change, n.unit(), n.reasonCode(),
                n.version());
    }
}
