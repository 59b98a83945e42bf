package se.folja.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.store.spi.EnablementStore;
import se.folja.store.spi.FollowUpTemplateStore;

/** In-memory doubles of the store ports and the maintained lists, keeping to the ports' contracts. */
final class Memory {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Memory() {
    }

    /**
     * Units NORR, SODER and OST (active) and NEDLAGD (retired); intervention types BOENDESTOD and
     * HEMTJANST_SOCIAL_SAMVARO (active) and AVVECKLAD (retired).
     */
    static final class Lists implements MaintainedLists {
        private final Map<String, ListItem> items = new LinkedHashMap<>();

        Lists() {
            add(ListKind.UNIT, "NORR", true);
            add(ListKind.UNIT, "SODER", true);
            add(ListKind.UNIT, "OST", true);
            add(ListKind.UNIT, "NEDLAGD", false);
            add(ListKind.INTERVENTION_TYPE, "BOENDESTOD", true);
            add(ListKind.INTERVENTION_TYPE, "HEMTJANST_SOCIAL_SAMVARO", true);
            add(ListKind.INTERVENTION_TYPE, "AVVECKLAD", false);
        }

        void add(ListKind kind, String code, boolean active) {
            items.put(kind + "/" + code, new ListItem(code, code, code, active, 1, "system", T0));
        }

        @Override
        public List<ListItem> active(ListKind kind) {
            return all(kind).stream().filter(ListItem::active).toList();
        }

        @Override
        public List<ListItem> all(ListKind kind) {
            return items.entrySet().stream().filter(e -> e.getKey().startsWith(kind + "/"))
                    .map(Map.Entry::getValue).toList();
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
            throw new UnsupportedOperationException("not used by the follow-up services");
        }

        @Override
        public ListItem relabel(ListKind kind, String code, long v, String sv, String en, Actor actor) {
            throw new UnsupportedOperationException("not used by the follow-up services");
        }

        @Override
        public ListItem setActive(ListKind kind, String code, long v, boolean active, Actor actor) {
            throw new UnsupportedOperationException("not used by the follow-up services");
        }
    }

    /** Template versions per code, with the documents' bytes; can be told to lose the next races. */
    static final class Templates implements FollowUpTemplateStore {
        private final Map<String, List<Row>> codes = new TreeMap<>();
        int racesToLose;
        int storeCalls;
        int documentReads;

        private record Row(TemplateVersionInfo info, byte[] json) {
        }

        @Override
        public synchronized TemplateUpload storeNext(String code, LocalizedText title, TemplateOrigin origin,
                String sha256, byte[] json, String storedBy, Instant storedAt) {
            storeCalls++;
            if (racesToLose > 0) {
                racesToLose--;
                throw new ConflictException("another transaction stored a version of " + code);
            }
            List<Row> rows = codes.computeIfAbsent(code, c -> new ArrayList<>());
            for (Row row : rows) {
                if (row.info().sha256().equals(sha256)) {
                    return new TemplateUpload(row.info(), false);
                }
            }
            return new TemplateUpload(put(new TemplateVersionInfo(code, rows.size() + 1, title, origin, sha256,
                    json.length, storedBy, storedAt), json), true);
        }

        /** Stores a row as it is, unchecked: what an older Följa may have stored. */
        synchronized TemplateVersionInfo put(TemplateVersionInfo info, byte[] json) {
            codes.computeIfAbsent(info.code(), c -> new ArrayList<>()).add(new Row(info, json.clone()));
            return info;
        }

        @Override
        public synchronized List<TemplateVersionInfo> latest() {
            return codes.values().stream().filter(rows -> !rows.isEmpty()).map(rows -> rows.get(rows.size() - 1).info())
                    .toList();
        }

        @Override
        public synchronized List<TemplateVersionInfo> versions(String code) {
            return codes.getOrDefault(code, List.of()).stream().map(Row::info).toList();
        }

        @Override
        public synchronized Optional<TemplateVersionInfo> find(String code, int version) {
            return row(code, version).map(Row::info);
        }

        @Override
        public synchronized Optional<byte[]> document(String code, int version) {
            documentReads++;
            return row(code, version).map(row -> row.json().clone());
        }

        private Optional<Row> row(String code, int version) {
            return codes.getOrDefault(code, List.of()).stream().filter(r -> r.info().version() == version)
                    .findFirst();
        }

        synchronized int count() {
            return codes.values().stream().mapToInt(List::size).sum();
        }
    }

    /** Enablements with a revision row per change; refuses overlaps and stale revisions as the store does. */
    static final class Enablements implements EnablementStore {
        private final Templates templates;
        private final Lists lists;
        private final Map<Long, List<Revision>> rows = new TreeMap<>();
        private long nextId = 1;

        Enablements(Templates templates, Lists lists) {
            this.templates = templates;
            this.lists = lists;
        }

        @Override
        public synchronized Enablement insert(Enablement e) {
            checkReferences(e);
            refuseOverlap(e);
            long id = nextId++;
            Enablement stored = copy(e, id, 1);
            rows.put(id, new ArrayList<>(List.of(new Revision(EnablementChangeKind.ENABLED, stored))));
            return stored;
        }

        @Override
        public synchronized Enablement update(Enablement e, long expectedRevision, EnablementChangeKind kind) {
            Enablement current = find(e.id()).orElseThrow(() -> new NotFoundException("enablement",
                    Long.toString(e.id())));
            if (current.revision() != expectedRevision) {
                throw new ConflictException("enablement " + e.id() + " is at revision " + current.revision());
            }
            checkReferences(e);
            refuseOverlap(e);
            // version, period, status, source and change stamp; the template, unit and configuration stay
            Enablement stored = new Enablement(e.id(), current.templateCode(), e.templateVersion(), current.unit(),
                    e.from(), e.to(), e.status(), e.source(), current.configuration(), current.revision() + 1,
                    e.changedBy(), e.changedAt());
            rows.get(e.id()).add(new Revision(kind, stored));
            return stored;
        }

        private void checkReferences(Enablement e) {
            lists.item(ListKind.UNIT, e.unit());
            if (templates.find(e.templateCode(), e.templateVersion()).isEmpty()) {
                throw new NotFoundException("template version", e.templateCode() + " " + e.templateVersion());
            }
        }

        private void refuseOverlap(Enablement e) {
            if (e.status() != EnablementStatus.ENABLED) {
                return;
            }
            for (List<Revision> revisions : rows.values()) {
                Enablement other = last(revisions);
                if (other.id() != e.id() && other.status() == EnablementStatus.ENABLED
                        && other.templateCode().equals(e.templateCode()) && other.unit().equals(e.unit())
                        && !after(other.from(), e.to()) && !after(e.from(), other.to())) {
                    throw new ConflictException("Template " + e.templateCode() + " is already enabled for that unit"
                            + " (enablement " + other.id() + ")");
                }
            }
        }

        private static boolean after(LocalDate day, LocalDate last) {
            return last != null && day.isAfter(last);
        }

        private static Enablement copy(Enablement e, long id, long revision) {
            return new Enablement(id, e.templateCode(), e.templateVersion(), e.unit(), e.from(), e.to(), e.status(),
                    e.source(), e.configuration(), revision, e.changedBy(), e.changedAt());
        }

        private static Enablement last(List<Revision> revisions) {
            return revisions.get(revisions.size() - 1).state();
        }

        @Override
        public synchronized Optional<Enablement> find(long id) {
            return Optional.ofNullable(rows.get(id)).map(Enablements::last);
        }

        @Override
        public synchronized Optional<Enablement> findByConfiguration(String configuration) {
            return all().stream().filter(e -> configuration.equals(e.configuration())).findFirst();
        }

        @Override
        public synchronized List<Enablement> findConfigured() {
            return all().stream().filter(e -> e.configuration() != null).toList();
        }

        @Override
        public synchronized List<Enablement> find(UnitScope scope, String templateCode, LocalDate currentOrComingOn) {
            return all().stream().filter(e -> scope.includes(e.unit()))
                    .filter(e -> templateCode == null || templateCode.equals(e.templateCode()))
                    .filter(e -> currentOrComingOn == null || e.currentOrComing(currentOrComingOn))
                    .sorted(Comparator.comparing(Enablement::unit).thenComparing(Enablement::templateCode)
                            .thenComparing(Enablement::from).thenComparingLong(Enablement::id))
                    .toList();
        }

        @Override
        public synchronized List<Revision> revisions(long id) {
            return List.copyOf(rows.getOrDefault(id, List.of()));
        }

        synchronized List<Enablement> all() {
            return rows.values().stream().map(Enablements::last).toList();
        }

        synchronized int revisionCount() {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }
}
