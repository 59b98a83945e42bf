package se.folja.ibic.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.NeedGrouping;
import se.folja.api.ibic.TermMapping;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.spi.AssessmentStore;
import se.folja.store.spi.TermMappingStore;

/** In-memory ports for the service tests. */
final class Fakes {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private Fakes() {
    }

    /** Units NORR, SODER (active) and NEDLAGD (retired); intervention type BOENDESTOD. */
    static final class Lists implements MaintainedLists {
        private final Map<String, ListItem> items = new LinkedHashMap<>();

        Lists() {
            add(ListKind.UNIT, "NORR", true);
            add(ListKind.UNIT, "SODER", true);
            add(ListKind.UNIT, "NEDLAGD", false);
            add(ListKind.INTERVENTION_TYPE, "BOENDESTOD", true);
        }

        private void add(ListKind kind, String code, boolean active) {
            items.put(kind + "/" + code, new ListItem(code, code, code, active, 1, "system", T0));
        }

        @Override
        public List<ListItem> active(ListKind kind) {
            return all(kind).stream().filter(ListItem::active).toList();
        }

        @Override
        public List<ListItem> all(ListKind kind) {
            return items.entrySet().stream().filter(e -> e.getKey().startsWith(kind + "/")).map(Map.Entry::getValue)
                    .toList();
        }

        @Override
        public ListItem item(ListKind kind, String code) {
            ListItem item = items.get(kind + "/" + code);
            if (item == null) {
                throw new NotFoundException(kind.noun(), code);
            }
            return item;
        }

        @Override
        public ListItem create(ListKind kind, String code, String labelSv, String labelEn, Actor actor) {
            throw new UnsupportedOperationException("not used by the IBIC services");
        }

        @Override
        public ListItem relabel(ListKind kind, String code, long v, String sv, String en, Actor actor) {
            throw new UnsupportedOperationException("not used by the IBIC services");
        }

        @Override
        public ListItem setActive(ListKind kind, String code, long v, boolean active, Actor actor) {
            throw new UnsupportedOperationException("not used by the IBIC services");
        }
    }

    static final class TermStore implements TermMappingStore {
        final List<MappingVersion> versions = new ArrayList<>();

        @Override
        public synchronized Optional<MappingVersion> current() {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        }

        @Override
        public synchronized Optional<MappingVersion> find(long version) {
            return versions.stream().filter(v -> v.info().version() == version).findFirst();
        }

        @Override
        public synchronized List<MappingVersionInfo> versions() {
            return versions.stream().map(MappingVersion::info).sorted((a, b) -> Long.compare(b.version(),
                    a.version())).toList();
        }

        @Override
        public synchronized MappingVersion append(MappingVersionInfo info, List<TermMapping> terms) {
            if (info.version() != versions.size() + 1) {
                throw new ConflictException("version " + info.version() + " exists");
            }
            MappingVersion version = new MappingVersion(info, terms);
            versions.add(version);
            return version;
        }
    }

    static final class AssessmentMemory implements AssessmentStore {
        final Set<String> clients = new HashSet<>();
        final Map<Long, List<AssessmentRevision>> revisions = new LinkedHashMap<>();
        List<LifeAreaCount> needRows = List.of();
        CancellationLifeAreas cancellations;
        List<UnitAreaCount> byUnit = List.of();
        UnitScope lastScope;

        @Override
        public boolean clientExists(PersonalIdentityNumber client) {
            return clients.contains(client.digits());
        }

        @Override
        public Assessment insert(Assessment a) {
            if (!clients.contains(a.client().digits())) {
                throw new NotFoundException("client", "with that number");
            }
            long id = revisions.size() + 1;
            Assessment stored = copy(a, id, 1);
            revisions.put(id, new ArrayList<>(List.of(new AssessmentRevision(AssessmentRevision.RECORDED, stored))));
            return stored;
        }

        @Override
        public Assessment correct(long id, long expectedVersion, Assessment content) {
            List<AssessmentRevision> list = revisions.get(id);
            if (list == null) {
                throw new NotFoundException("assessment", Long.toString(id));
            }
            if (list.size() != expectedVersion) {
                throw new ConflictException("changed");
            }
            Assessment stored = copy(content, id, expectedVersion + 1);
            list.add(new AssessmentRevision(AssessmentRevision.CORRECTED, stored));
            return stored;
        }

        private static Assessment copy(Assessment a, long id, long version) {
            return new Assessment(id, a.client(), a.unit(), a.assessedOn(), a.caseOfficer(), a.mappingVersion(),
                    a.lifeAreasVersion(), a.needs(), a.changedBy(), a.changedAt(), version);
        }

        @Override
        public Optional<Assessment> find(long id) {
            List<AssessmentRevision> list = revisions.get(id);
            return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1).assessment());
        }

        @Override
        public List<AssessmentRevision> history(long id) {
            return List.copyOf(revisions.getOrDefault(id, List.of()));
        }

        @Override
        public Page<Assessment> search(AssessmentQuery query, UnitScope scope) {
            lastScope = scope;
            List<Assessment> all = revisions.keySet().stream().map(id -> find(id).orElseThrow())
                    .filter(a -> scope.includes(a.unit())).toList();
            return new Page<>(all, all.size(), query.offset(), query.limit());
        }

        @Override
        public List<LifeAreaCount> needs(NeedGrouping grouping, UnitScope scope, LocalDate from, LocalDate to) {
            lastScope = scope;
            return needRows;
        }

        @Override
        public long assessedClients(UnitScope scope, LocalDate from, LocalDate to) {
            return 7;
        }

        @Override
        public CancellationLifeAreas cancellations(UnitScope scope, LocalDate from, LocalDate to) {
            lastScope = scope;
            return cancellations;
        }

        @Override
        public List<UnitAreaCount> cancellationsByUnit(UnitScope scope, LocalDate from, LocalDate to) {
            lastScope = scope;
            return byUnit;
        }
    }
}
