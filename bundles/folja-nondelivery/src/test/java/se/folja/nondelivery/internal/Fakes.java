package se.folja.nondelivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.GrantRevisionKind;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRevision;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.api.nondelivery.RevisionKind;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.NewReason;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;
import se.folja.api.reasons.ReasonEdit;
import se.folja.store.spi.GrantStore;
import se.folja.store.spi.NonDeliveryStore;
import se.folja.store.spi.PendingEntryStore;
import se.folja.store.spi.WeekCount;
import se.folja.store.spi.WriteBackStore;

/** In-memory doubles of the ports the services use, keeping the contracts the store tests check. */
final class Fakes {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    /** Synthetic, Luhn-valid. */
    static final String ANNA = "19950315-9825";
    static final String BO = "199607049914";

    private Fakes() {
    }

    static Actor staffOf(String... units) {
        return new Actor("anna", Set.of(units), false);
    }

    static final class Lists implements MaintainedLists {
        final Map<ListKind, Map<String, ListItem>> items = new LinkedHashMap<>();

        Lists() {
            add(ListKind.UNIT, "NORR", true);
            add(ListKind.UNIT, "SODER", true);
            add(ListKind.UNIT, "NEDLAGD", false);
            add(ListKind.INTERVENTION_TYPE, "BOENDESTOD", true);
            add(ListKind.INTERVENTION_TYPE, "GAMMAL_INSATS", false);
        }

        void add(ListKind kind, String code, boolean active) {
            items.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                    .put(code, new ListItem(code, code, code, active, 1, "system", T0));
        }

        @Override
        public List<ListItem> active(ListKind kind) {
            return all(kind).stream().filter(ListItem::active).toList();
        }

        @Override
        public List<ListItem> all(ListKind kind) {
            return List.copyOf(items.getOrDefault(kind, Map.of()).values());
        }

        @Override
        public ListItem item(ListKind kind, String code) {
            ListItem item = items.getOrDefault(kind, Map.of()).get(code);
            if (item == null) {
                throw new NotFoundException(kind.noun(), code);
            }
            return item;
        }

        @Override
        public ListItem create(ListKind kind, String code, String labelSv, String labelEn, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListItem relabel(ListKind kind, String code, long v, String sv, String en, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ListItem setActive(ListKind kind, String code, long v, boolean active, Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Reasons implements ReasonCatalogue {
        final Map<String, ReasonCode> reasons = new LinkedHashMap<>();

        Reasons() {
            add("BORTREST", "Bortrest", Initiator.CLIENT, true);
            add("MAENDE", "Mående", Initiator.CLIENT, true);
            add("PERSONALBRIST", "Personalbrist", Initiator.ORGANISATION, true);
            add("COVID19", "Covid-19", Initiator.CLIENT, false);
        }

        private void add(String code, String label, Initiator initiator, boolean active) {
            reasons.put(code, new ReasonCode(code, label, label, initiator, reasons.size(), active, 1, T0));
        }

        @Override
        public List<ReasonCode> activeReasons() {
            return reasons.values().stream().filter(ReasonCode::active).toList();
        }

        @Override
        public List<ReasonCode> allReasons() {
            return List.copyOf(reasons.values());
        }

        @Override
        public ReasonCode reason(String code) {
            ReasonCode reason = reasons.get(code);
            if (reason == null) {
                throw new NotFoundException("reason code", code);
            }
            return reason;
        }

        @Override
        public ReasonCode create(NewReason reason, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReasonCode edit(String code, long expectedVersion, ReasonEdit edit, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReasonCode retire(String code, long expectedVersion, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReasonCode reactivate(String code, long expectedVersion, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ReasonChange> history(String code) {
            throw new UnsupportedOperationException();
        }
    }

    /** Registrations, their revisions and the write-backs the store would write with them. */
    static final class Store implements NonDeliveryStore {
        final Map<Long, NonDelivery> rows = new LinkedHashMap<>();
        final List<NonDeliveryRevision> revisions = new ArrayList<>();
        final List<WriteBackAction> writeBacks = new ArrayList<>();
        int inserts;

        @Override
        public Optional<NonDelivery> findByJournalEntry(String entry) {
            return rows.values().stream().filter(n -> n.journalEntryId().equals(entry)).findFirst();
        }

        @Override
        public Optional<NonDelivery> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public NonDelivery insert(NonDelivery n) {
            if (findByJournalEntry(n.journalEntryId()).isPresent()) {
                throw new ConflictException("exists");
            }
            inserts++;
            NonDelivery stored = copy(n, rows.size() + 1L, 1);
            rows.put(stored.id(), stored);
            revisions.add(new NonDeliveryRevision(1, RevisionKind.REGISTERED, n.changedBy(), n.changedAt(), List.of(),
                    stored));
            writeBacks.add(WriteBackAction.SET_REASON);
            return stored;
        }

        @Override
        public NonDelivery update(NonDelivery changed, long expectedVersion, RevisionKind kind, List<String> fields,
                WriteBackAction writeBack) {
            NonDelivery current = rows.get(changed.id());
            if (current == null) {
                throw new NotFoundException("registration", Long.toString(changed.id()));
            }
            if (current.version() != expectedVersion) {
                throw new ConflictException("stale");
            }
            NonDelivery stored = copy(changed, changed.id(), current.version() + 1);
            rows.put(stored.id(), stored);
            revisions.add(new NonDeliveryRevision(stored.version(), kind, changed.changedBy(), changed.changedAt(),
                    fields, stored));
            if (writeBack != null) {
                writeBacks.add(writeBack);
            }
            return stored;
        }

        @Override
        public NonDelivery insertImported(NonDelivery n) {
            if (findByJournalEntry(n.journalEntryId()).isPresent()) {
                throw new ConflictException("exists");
            }
            inserts++;
            NonDelivery stored = copy(n, rows.size() + 1L, 1, true);
            rows.put(stored.id(), stored);
            revisions.add(new NonDeliveryRevision(1, RevisionKind.IMPORTED, n.changedBy(), n.changedAt(), List.of(),
                    stored));
            return stored;
        }

        private static NonDelivery copy(NonDelivery n, long id, long version) {
            return copy(n, id, version, n.imported());
        }

        private static NonDelivery copy(NonDelivery n, long id, long version, boolean imported) {
            return new NonDelivery(id, n.journalEntryId(), n.client(), n.unit(), n.interventionType(), n.plannedStart(),
                    n.week(), n.reasonCode(), n.initiator(), n.comment(), n.status(), n.annulmentReason(),
                    n.registeredBy(), n.registeredAt(), n.changedBy(), n.changedAt(), version, imported);
        }

        @Override
        public List<NonDeliveryRevision> history(long id) {
            return revisions.stream().filter(r -> r.state().id() == id).toList();
        }

        UnitScope lastScope;

        @Override
        public Page<NonDelivery> search(NonDeliveryQuery query, UnitScope scope) {
            lastScope = scope;
            List<NonDelivery> matches = rows.values().stream()
                    .filter(n -> scope.includes(n.unit()))
                    .filter(n -> query.includeAnnulled() || n.active()).toList();
            return new Page<>(matches, matches.size(), query.offset(), query.limit());
        }

        @Override
        public List<WeekCount> cancellationsPerWeek(WeekQuery query, UnitScope scope) {
            Map<List<Object>, Integer> counts = rows.values().stream().filter(NonDelivery::active)
                    .filter(n -> scope.includes(n.unit()))
                    .filter(n -> n.week().compareTo(query.from()) >= 0 && n.week().compareTo(query.to()) <= 0)
                    .collect(Collectors.groupingBy(n -> List.of(n.client(), n.unit(), n.week()),
                            LinkedHashMap::new, Collectors.summingInt(n -> 1)));
            return counts.entrySet().stream().map(e -> new WeekCount((PersonalIdentityNumber) e.getKey().get(0),
                    (String) e.getKey().get(1), (se.folja.api.IsoWeek) e.getKey().get(2), e.getValue())).toList();
        }
    }

    static final class Grants implements GrantStore {
        final List<Grant> grants = new ArrayList<>();

        @Override
        public Grant insert(Grant g) {
            Grant stored = new Grant(grants.size() + 1L, g.client(), g.unit(), g.interventionType(),
                    g.sessionsPerWeek(), g.validFrom(), g.validTo(), g.changedBy(), g.changedAt(), 1);
            grants.add(stored);
            return stored;
        }

        @Override
        public Optional<Grant> find(long id) {
            return grants.stream().filter(g -> g.id() == id).findFirst();
        }

        final List<GrantRevision> revisions = new ArrayList<>();

        @Override
        public Grant end(long id, long expectedVersion, LocalDate validTo, String by, Instant at) {
            Grant g = find(id).orElseThrow();
            Grant ended = new Grant(id, g.client(), g.unit(), g.interventionType(), g.sessionsPerWeek(),
                    g.validFrom(), validTo, by, at, g.version() + 1);
            grants.set(grants.indexOf(g), ended);
            return ended;
        }

        @Override
        public Grant annul(long id, long expectedVersion, String reason, String by, Instant at) {
            Grant g = find(id).orElseThrow(() -> new NotFoundException("grant", Long.toString(id)));
            if (g.version() != expectedVersion) {
                throw new ConflictException("stale");
            }
            Grant stored = new Grant(id, g.client(), g.unit(), g.interventionType(), g.sessionsPerWeek(),
                    g.validFrom(), g.validTo(), by, at, g.version() + 1, GrantStatus.ANNULLED, reason);
            grants.set(grants.indexOf(g), stored);
            revisions.add(new GrantRevision(stored.version(), GrantRevisionKind.ANNULLED, by, at, stored));
            return stored;
        }

        @Override
        public List<GrantRevision> history(long id) {
            return revisions.stream().filter(r -> r.state().id() == id).toList();
        }

        @Override
        public Page<Grant> search(GrantQuery query, UnitScope scope) {
            return new Page<>(grants, grants.size(), 0, 100);
        }

        @Override
        public List<Grant> validIn(WeekQuery query, UnitScope scope) {
            return grants.stream().filter(g -> scope.includes(g.unit()))
                    .filter(g -> !g.validFrom().isAfter(query.to().sunday()))
                    .filter(g -> g.validTo() == null || !g.validTo().isBefore(query.from().monday()))
                    .sorted(Comparator.comparing(Grant::id)).toList();
        }
    }

    static final class Pending implements PendingEntryStore {
        final Map<String, PendingEntry> entries = new LinkedHashMap<>();

        @Override
        public boolean record(PendingEntry entry) {
            return entries.putIfAbsent(entry.journalEntryId(), entry) == null;
        }

        @Override
        public Optional<PendingEntry> find(String journalEntryId) {
            return Optional.ofNullable(entries.get(journalEntryId));
        }

        @Override
        public Page<PendingEntry> awaiting(UnitScope scope, int offset, int limit) {
            List<PendingEntry> items = entries.values().stream().filter(e -> scope.includes(e.unit())).toList();
            return new Page<>(items, items.size(), offset, limit);
        }
    }

    /** An outbox whose rows the test sets up and whose updates it inspects. */
    static class Outbox implements WriteBackStore {
        final Map<Long, WriteBack> rows = new LinkedHashMap<>();

        void add(long id, String entry, WriteBackAction action, String reason) {
            rows.put(id, new WriteBack(id, id, entry, action, reason, WriteBackState.PENDING, 0, T0, T0, null, null));
        }

        @Override
        public List<WriteBack> due(Instant now, int limit) {
            return rows.values().stream().filter(w -> w.state() == WriteBackState.PENDING)
                    .filter(w -> !w.nextAttemptAt().isAfter(now)).limit(limit).toList();
        }

        /** Each claim: the owner, when and until when. */
        final List<String> claims = new ArrayList<>();

        @Override
        public List<WriteBack> claim(String owner, Instant now, Instant leaseUntil, int limit) {
            claims.add(owner + " " + now + " " + leaseUntil);
            return due(now, limit);
        }

        @Override
        public void delivered(long id, Instant at) {
            WriteBack w = rows.get(id);
            rows.put(id, new WriteBack(id, w.nonDeliveryId(), w.journalEntryId(), w.action(), w.reasonCode(),
                    WriteBackState.DELIVERED, w.attempts() + 1, w.createdAt(), w.nextAttemptAt(), at, w.lastError()));
        }

        @Override
        public void retryLater(long id, int attempts, Instant next, String error) {
            WriteBack w = rows.get(id);
            rows.put(id, new WriteBack(id, w.nonDeliveryId(), w.journalEntryId(), w.action(), w.reasonCode(),
                    WriteBackState.PENDING, attempts, w.createdAt(), next, null, error));
        }

        @Override
        public void rejected(long id, int attempts, String error) {
            WriteBack w = rows.get(id);
            rows.put(id, new WriteBack(id, w.nonDeliveryId(), w.journalEntryId(), w.action(), w.reasonCode(),
                    WriteBackState.REJECTED, attempts, w.createdAt(), w.nextAttemptAt(), null, error));
        }

        @Override
        public List<WriteBack> forNonDelivery(long id) {
            return rows.values().stream().filter(w -> w.nonDeliveryId() == id).toList();
        }

        @Override
        public Page<WriteBack> list(WriteBackState state, int offset, int limit) {
            List<WriteBack> items = rows.values().stream().filter(w -> state == null || w.state() == state).toList();
            return new Page<>(items, items.size(), offset, limit);
        }
    }
}
