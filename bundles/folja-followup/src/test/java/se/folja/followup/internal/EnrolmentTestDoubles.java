package se.folja.followup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentChangeKind;
import se.folja.api.followup.EnrolmentRevision;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.EnablementStore;
import se.folja.store.spi.EnrolmentStore;
import se.folja.store.spi.GrantStore;
import se.folja.store.spi.ResponseStore;

/**
 * In-memory doubles of the ports and services enrolments and responses use: the two stores keep the rules their
 * contract states (one enrolment per client and template on a day, one completed response per occasion and role,
 * revisions checked); the others answer only what the services ask.
 */
final class EnrolmentTestDoubles {

    static final Instant STORED = Instant.parse("2026-01-01T08:00:00Z");

    private EnrolmentTestDoubles() {
    }

    /** A proxy that answers the methods {@code answers} names and refuses the others. */
    @SuppressWarnings("unchecked")
    static <T> T only(Class<T> type, Map<String, java.util.function.Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            var answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName() + " is not used here");
            }
            return answer.apply(args);
        });
    }

    /** The built-in templates, version 1 of each, and any further versions a test adds. */
    static final class Templates {
        final Map<String, StoredTemplate> versions = new HashMap<>();

        Templates() {
            for (String code : List.of("ALDREOMSORG_SOCIAL_SAMVARO", "ORS", "KALMAR_BOENDESTOD", "TROSA_MISSBRUK")) {
                add(code, 1, builtIn(code));
            }
        }

        static byte[] builtIn(String code) {
            try (InputStream in = EnrolmentTestDoubles.class.getResourceAsStream("/templates/" + code + ".json")) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void add(String code, int version, byte[] json) {
            TemplateDocument document = new JsonTemplateReader().read(json);
            versions.put(code + "|" + version, new StoredTemplate(new TemplateVersionInfo(code, version,
                    document.template().title(), TemplateOrigin.BUILT_IN, "0".repeat(64), json.length, "system",
                    STORED), document));
        }

        FollowUpTemplates service() {
            return only(FollowUpTemplates.class, Map.of("version", args -> {
                StoredTemplate stored = versions.get(args[0] + "|" + args[1]);
                if (stored == null) {
                    throw new NotFoundException("follow-up template version", args[0] + " " + args[1]);
                }
                return stored;
            }));
        }
    }

    static EnablementStore enablements(List<Enablement> all) {
        return only(EnablementStore.class, Map.of("find", args -> {
            UnitScope scope = (UnitScope) args[0];
            String template = (String) args[1];
            LocalDate day = (LocalDate) args[2];
            return all.stream().filter(e -> scope.includes(e.unit()))
                    .filter(e -> template == null || e.templateCode().equals(template))
                    .filter(e -> day == null || e.currentOrComing(day)).toList();
        }));
    }

    static Enablement enablement(long id, String template, int version, String unit, LocalDate from, LocalDate to) {
        return new Enablement(id, template, version, unit, from, to, EnablementStatus.ENABLED, EnablementSource.REST,
                null, 1, "admin", STORED);
    }

    static GrantStore grants(List<Grant> all) {
        return only(GrantStore.class, Map.of(
                "find", args -> all.stream().filter(g -> g.id() == (long) args[0]).findFirst(),
                "search", args -> {
                    GrantQuery query = (GrantQuery) args[0];
                    UnitScope scope = (UnitScope) args[1];
                    List<Grant> found = all.stream().filter(g -> scope.includes(g.unit()))
                            .filter(g -> query.includeAnnulled() || g.active())
                            .filter(g -> !g.validFrom().isAfter(query.to())
                                    && (g.validTo() == null || !g.validTo().isBefore(query.from())))
                            .toList();
                    int to = Math.min(found.size(), query.offset() + query.limit());
                    return new Page<>(found.subList(Math.min(query.offset(), to), to), found.size(), query.offset(),
                            query.limit());
                }));
    }

    static ReasonCatalogue reasons(String... active) {
        List<ReasonCode> codes = new ArrayList<>();
        int order = 10;
        for (String code : active) {
            codes.add(new ReasonCode(code, code.toLowerCase(), code.toLowerCase(), Initiator.CLIENT, order += 10, true,
                    1, STORED));
        }
        return only(ReasonCatalogue.class, Map.of("activeReasons", args -> List.copyOf(codes)));
    }

    static LifeAreaMapper lifeAreas() {
        LifeAreaSet set = new LifeAreaSet("2021.1", "test", List.of(
                new LifeArea("D5", AreaKind.LIFE_AREA, "Personlig vård", "Self-care", List.of("d5")),
                new LifeArea("D6", AreaKind.LIFE_AREA, "Hemliv", "Domestic life", List.of("d6")),
                new LifeArea("TRYGGHET", AreaKind.IBIC_AREA, "Känsla av trygghet", "Feeling of security", List.of()),
                new LifeArea("BODY_FUNCTIONS", AreaKind.RELATED_FACTORS, "Kroppsfunktioner", "Body functions",
                        List.of("b"))));
        return only(LifeAreaMapper.class, Map.of("lifeAreas", args -> set));
    }

    /** Enrolments in memory, keeping the port's rules. */
    static final class Enrolments implements EnrolmentStore {
        final Map<Long, Enrolment> rows = new LinkedHashMap<>();
        final Map<Long, List<EnrolmentRevision>> revisions = new HashMap<>();
        private long next = 1;

        @Override
        public Enrolment insert(Enrolment e) {
            Enrolment stored = new Enrolment(next++, e.enablementId(), e.templateCode(), e.templateVersion(), e.unit(),
                    e.client(), e.grantId(), e.responsible(), e.start(), e.end(), e.endReason(), e.status(),
                    e.annulmentReason(), 1, e.changedBy(), e.changedAt());
            refuseOverlap(stored);
            rows.put(stored.id(), stored);
            revisions.computeIfAbsent(stored.id(), k -> new ArrayList<>())
                    .add(new EnrolmentRevision(EnrolmentChangeKind.ENROLLED, stored));
            return stored;
        }

        private void refuseOverlap(Enrolment e) {
            if (e.status() == EnrolmentStatus.ANNULLED) {
                return;
            }
            for (Enrolment other : rows.values()) {
                if (other.id() != e.id() && other.status() != EnrolmentStatus.ANNULLED
                        && other.client().equals(e.client()) && other.templateCode().equals(e.templateCode())
                        && (other.end() == null || !other.end().isBefore(e.start()))
                        && (e.end() == null || !e.end().isBefore(other.start()))) {
                    throw new ConflictException("The client is enrolled in the template already (enrolment "
                            + other.id() + ")");
                }
            }
        }

        @Override
        public Enrolment update(Enrolment e, long expectedRevision, EnrolmentChangeKind kind) {
            Enrolment current = rows.get(e.id());
            if (current == null) {
                throw new NotFoundException("enrolment", Long.toString(e.id()));
            }
            if (current.revision() != expectedRevision) {
                throw new ConflictException("Enrolment " + e.id() + " has changed");
            }
            Enrolment stored = new Enrolment(e.id(), current.enablementId(), current.templateCode(),
                    current.templateVersion(), current.unit(), current.client(), current.grantId(), e.responsible(),
                    current.start(), e.end(), e.endReason(), e.status(), e.annulmentReason(), current.revision() + 1,
                    e.changedBy(), e.changedAt());
            refuseOverlap(stored);
            rows.put(stored.id(), stored);
            revisions.get(stored.id()).add(new EnrolmentRevision(kind, stored));
            return stored;
        }

        @Override
        public Optional<Enrolment> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Page<Enrolment> find(UnitScope scope, String templateCode, EnrolmentStatus status, String responsible,
                PersonalIdentityNumber client, int offset, int limit) {
            List<Enrolment> found = rows.values().stream().filter(e -> scope.includes(e.unit()))
                    .filter(e -> templateCode == null || e.templateCode().equals(templateCode))
                    .filter(e -> status == null ? e.status() != EnrolmentStatus.ANNULLED : e.status() == status)
                    .filter(e -> responsible == null || responsible.equals(e.responsible()))
                    .filter(e -> client == null || client.equals(e.client()))
                    .sorted(Comparator.comparing(Enrolment::start).reversed().thenComparingLong(Enrolment::id))
                    .toList();
            int to = Math.min(found.size(), offset + limit);
            return new Page<>(found.subList(Math.min(offset, to), to), found.size(), offset, limit);
        }

        @Override
        public List<Enrolment> findActive(UnitScope scope, String responsible, LocalDate endedSince) {
            return rows.values().stream().filter(e -> scope.includes(e.unit()))
                    .filter(e -> e.status() != EnrolmentStatus.ANNULLED)
                    .filter(e -> e.end() == null || !e.end().isBefore(endedSince))
                    .filter(e -> responsible == null || responsible.equals(e.responsible())).toList();
        }

        @Override
        public Set<PersonalIdentityNumber> enrolledClients(String unit, String templateCode, LocalDate on) {
            Set<PersonalIdentityNumber> clients = new HashSet<>();
            for (Enrolment e : rows.values()) {
                if (e.unit().equals(unit) && e.templateCode().equals(templateCode)
                        && e.status() != EnrolmentStatus.ANNULLED && (e.end() == null || !e.end().isBefore(on))) {
                    clients.add(e.client());
                }
            }
            return clients;
        }

        @Override
        public List<EnrolmentRevision> revisions(long id) {
            return List.copyOf(revisions.getOrDefault(id, List.of()));
        }
    }

    /** Responses in memory, keeping the port's rules. */
    static final class Responses implements ResponseStore {
        final Map<Long, FollowUpResponse> rows = new LinkedHashMap<>();
        final Map<Long, List<ResponseRevision>> revisions = new HashMap<>();
        private final Predicate<Long> enrolmentExists;
        private long next = 1;

        Responses(Predicate<Long> enrolmentExists) {
            this.enrolmentExists = enrolmentExists;
        }

        @Override
        public FollowUpResponse insert(FollowUpResponse r) {
            if (!enrolmentExists.test(r.enrolmentId())) {
                throw new NotFoundException("enrolment", Long.toString(r.enrolmentId()));
            }
            for (FollowUpResponse other : rows.values()) {
                if (other.status() == ResponseStatus.COMPLETED && other.enrolmentId() == r.enrolmentId()
                        && other.occasion().equals(r.occasion()) && other.sequence() == r.sequence()
                        && other.role() == r.role()) {
                    throw new ConflictException("The occasion is answered for that role already (response "
                            + other.id() + ")");
                }
            }
            FollowUpResponse stored = with(r, next++, 1);
            rows.put(stored.id(), stored);
            revisions.computeIfAbsent(stored.id(), k -> new ArrayList<>())
                    .add(new ResponseRevision(ResponseChangeKind.SUBMITTED, stored));
            return stored;
        }

        private static FollowUpResponse with(FollowUpResponse r, long id, long revision) {
            return new FollowUpResponse(id, r.enrolmentId(), r.unit(), r.client(), r.templateCode(),
                    r.templateVersion(), r.occasion(), r.sequence(), r.role(), r.answeredOn(), r.answers(), r.status(),
                    r.errorReason(), revision, r.changedBy(), r.changedAt());
        }

        @Override
        public FollowUpResponse update(FollowUpResponse r, long expectedRevision, ResponseChangeKind kind) {
            FollowUpResponse current = rows.get(r.id());
            if (current == null) {
                throw new NotFoundException("response", Long.toString(r.id()));
            }
            if (current.revision() != expectedRevision) {
                throw new ConflictException("Response " + r.id() + " has changed");
            }
            FollowUpResponse stored = with(r, r.id(), current.revision() + 1);
            rows.put(stored.id(), stored);
            revisions.get(stored.id()).add(new ResponseRevision(kind, stored));
            return stored;
        }

        @Override
        public Optional<FollowUpResponse> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Page<FollowUpResponse> find(UnitScope scope, Long enrolment, String templateCode, String occasion,
                RespondentRole role, LocalDate from, LocalDate to, boolean includeEnteredInError, int offset,
                int limit) {
            List<FollowUpResponse> found = rows.values().stream().filter(r -> scope.includes(r.unit()))
                    .filter(r -> enrolment == null || r.enrolmentId() == enrolment)
                    .filter(r -> includeEnteredInError || r.status() == ResponseStatus.COMPLETED).toList();
            int end = Math.min(found.size(), offset + limit);
            return new Page<>(found.subList(Math.min(offset, end), end), found.size(), offset, limit);
        }

        @Override
        public Set<Answered> answered(Collection<Long> enrolmentIds) {
            Set<Answered> answered = new HashSet<>();
            for (FollowUpResponse r : rows.values()) {
                if (r.status() == ResponseStatus.COMPLETED && enrolmentIds.contains(r.enrolmentId())) {
                    answered.add(new Answered(r.enrolmentId(), r.occasion(), r.sequence(), r.role()));
                }
            }
            return answered;
        }

        @Override
        public List<ResponseRevision> revisions(long id) {
            return List.copyOf(revisions.getOrDefault(id, List.of()));
        }
    }
}
