package se.folja.store.internal.ibic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.Query;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRevision;
import se.folja.api.ibic.CancellationLifeArea;
import se.folja.api.ibic.CancellationLifeAreas;
import se.folja.api.ibic.LifeAreaCount;
import se.folja.api.ibic.Need;
import se.folja.api.ibic.NeedGrouping;
import se.folja.api.ibic.UnitAreaCount;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.Clients;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.JpqlFilter;
import se.folja.store.internal.Scopes;
import se.folja.store.internal.entity.AssessmentEntity;
import se.folja.store.internal.entity.AssessmentNeedEntity;
import se.folja.store.internal.entity.AssessmentRevisionEntity;
import se.folja.store.internal.entity.ClientEntity;
import se.folja.store.internal.entity.Days;
import se.folja.store.spi.AssessmentStore;

/**
 * Assessments in JPA (tables {@code assessment}, {@code assessment_revision}, {@code assessment_need}); the
 * life-area queries in SQL, one {@code GROUP BY} each.
 */
@Component(service = AssessmentStore.class)
public final class JpaAssessmentStore implements AssessmentStore {

    /** IBIC's rule ({@link AssessmentsInForce}) with ?1 = from and ?2 = to, as yyyymmdd. */
    static final String IN_FORCE = AssessmentsInForce.inForce("?1", "?2");
    static final String COUNTED = AssessmentsInForce.COUNTED;
    static final String CURRENT_NEEDS = AssessmentsInForce.CURRENT_NEEDS;

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaAssessmentStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public boolean clientExists(PersonalIdentityNumber client) {
        return tx.read(em -> Clients.find(em, client.digits()) != null);
    }

    @Override
    public Assessment insert(Assessment assessment) {
        return tx.write("the assessment could not be stored", em -> {
            Long clientId = Clients.find(em, assessment.client().digits());
            if (clientId == null) {
                throw new NotFoundException("client", "with that number");
            }
            AssessmentEntity entity = AssessmentEntity.of(assessment, em.find(ClientEntity.class, clientId));
            em.persist(entity);
            em.flush();
            writeRevision(em, entity, AssessmentRevision.RECORDED, assessment);
            return entity.toRecord(assessment.needs());
        });
    }

    @Override
    public Assessment correct(long id, long expectedVersion, Assessment content) {
        return tx.write("assessment " + id + " was changed by someone else", em -> {
            AssessmentEntity entity = em.find(AssessmentEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("assessment", Long.toString(id));
            }
            if (entity.version() != expectedVersion) {
                throw new ConflictException("Assessment " + id + " is at version " + entity.version() + ", not "
                        + expectedVersion + ": someone else changed it. Read it again and retry.");
            }
            entity.set(content);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            writeRevision(em, entity, AssessmentRevision.CORRECTED, content);
            return entity.toRecord(content.needs());
        });
    }

    private static void writeRevision(EntityManager em, AssessmentEntity entity, String kind, Assessment content) {
        em.persist(AssessmentRevisionEntity.of(entity.id(), entity.version(), kind, content));
        em.flush();
        int ordinal = 0;
        for (Need need : content.needs()) {
            em.persist(AssessmentNeedEntity.of(entity.id(), entity.version(), ordinal++, need));
        }
        em.flush();
    }

    @Override
    public Optional<Assessment> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(AssessmentEntity.class, id))
                .map(a -> a.toRecord(needs(em, a.id(), a.version()))));
    }

    @Override
    public List<AssessmentRevision> history(long id) {
        return tx.read(em -> {
            AssessmentEntity current = em.find(AssessmentEntity.class, id);
            if (current == null) {
                return List.<AssessmentRevision>of();
            }
            PersonalIdentityNumber client = current.toRecord(List.of()).client();
            List<AssessmentRevision> revisions = new ArrayList<>();
            for (AssessmentRevisionEntity revision : em.createQuery("select r from AssessmentRevisionEntity r"
                    + " where r.assessmentId = :id order by r.revision", AssessmentRevisionEntity.class)
                    .setParameter("id", id).getResultList()) {
                revisions.add(revision.toRecord(client, needs(em, id, revision.revision())));
            }
            return revisions;
        });
    }

    private static List<Need> needs(EntityManager em, long id, long revision) {
        return em.createQuery("select n from AssessmentNeedEntity n where n.assessmentId = :id"
                        + " and n.revision = :revision order by n.ordinal", AssessmentNeedEntity.class)
                .setParameter("id", id).setParameter("revision", revision).getResultList().stream()
                .map(AssessmentNeedEntity::toRecord).toList();
    }

    @Override
    public Page<Assessment> search(AssessmentQuery query, UnitScope scope) {
        return tx.read(em -> {
            JpqlFilter filter = new JpqlFilter().units("a.unit", scope);
            if (query.from() != null) {
                filter.add("a.assessedOn >= :from", "from", Days.of(query.from()));
            }
            if (query.to() != null) {
                filter.add("a.assessedOn <= :to", "to", Days.of(query.to()));
            }
            if (query.client() != null) {
                Long clientId = Clients.find(em, query.client().digits());
                if (clientId == null) {
                    return new Page<Assessment>(List.of(), 0, query.offset(), query.limit());
                }
                filter.add("a.client.id = :client", "client", clientId);
            }
            long total = filter.bind(em.createQuery("select count(a) from AssessmentEntity a" + filter.where(),
                    Long.class)).getSingleResult();
            if (total == 0) {
                return new Page<Assessment>(List.of(), 0, query.offset(), query.limit());
            }
            List<AssessmentEntity> page = filter.bind(em.createQuery("select a from AssessmentEntity a"
                            + filter.where() + " order by a.assessedOn desc, a.id desc", AssessmentEntity.class))
                    .setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
            Map<Long, List<Need>> needs = new HashMap<>();
            if (!page.isEmpty()) {
                List<Long> ids = page.stream().map(AssessmentEntity::id).toList();
                Map<Long, Long> versions = new HashMap<>();
                page.forEach(a -> versions.put(a.id(), a.version()));
                for (AssessmentNeedEntity need : em.createQuery("select n from AssessmentNeedEntity n"
                                + " where n.assessmentId in :ids order by n.assessmentId, n.ordinal",
                        AssessmentNeedEntity.class).setParameter("ids", ids).getResultList()) {
                    if (versions.get(need.assessmentId()) == need.revision()) {
                        needs.computeIfAbsent(need.assessmentId(), k -> new ArrayList<>()).add(need.toRecord());
                    }
                }
            }
            List<Assessment> items = page.stream()
                    .map(a -> a.toRecord(needs.getOrDefault(a.id(), List.of()))).toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    @Override
    public List<LifeAreaCount> needs(NeedGrouping grouping, UnitScope scope, LocalDate from, LocalDate to) {
        List<String> units = Scopes.codes(scope);
        String group = switch (grouping) {
            case TOTAL -> null;
            case UNIT -> "a.unit_code";
            case CASE_OFFICER -> "a.case_officer";
            case CLIENT -> "c.pin";
        };
        String sql = "SELECT " + (group == null ? "" : group + ", ") + "n.life_area, COUNT(DISTINCT a.client_id),"
                + " COUNT(*) FROM " + CURRENT_NEEDS + (grouping == NeedGrouping.CLIENT
                        ? " JOIN client c ON c.id = a.client_id" : "")
                + " WHERE " + IN_FORCE + " AND " + COUNTED + unitFilter("a.unit_code", units, 3)
                + " GROUP BY " + (group == null ? "" : group + ", ") + "n.life_area";
        return tx.read(em -> {
            List<LifeAreaCount> rows = new ArrayList<>();
            for (Object row : bind(em.createNativeQuery(sql), from, to, units).getResultList()) {
                Object[] cells = (Object[]) row;
                int i = group == null ? 0 : 1;
                rows.add(new LifeAreaCount(group == null ? null : cells[0].toString().trim(), (String) cells[i],
                        ((Number) cells[i + 1]).longValue(), ((Number) cells[i + 2]).longValue()));
            }
            return rows;
        });
    }

    @Override
    public long assessedClients(UnitScope scope, LocalDate from, LocalDate to) {
        List<String> units = Scopes.codes(scope);
        String sql = "SELECT COUNT(DISTINCT a.client_id) FROM assessment a WHERE " + IN_FORCE
                + unitFilter("a.unit_code", units, 3);
        return tx.read(em -> ((Number) bind(em.createNativeQuery(sql), from, to, units).getSingleResult())
                .longValue());
    }

    @Override
    public CancellationLifeAreas cancellations(UnitScope scope, LocalDate from, LocalDate to) {
        List<String> units = Scopes.codes(scope);
        String cancelled = "FROM non_delivery d WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ?1 AND ?2"
                + unitFilter("d.unit_code", units, 3);
        String perClient = "(SELECT d.client_id, COUNT(*) AS cancellations " + cancelled + " GROUP BY d.client_id)";
        String areas = "SELECT i.life_area, COUNT(*), SUM(k.cancellations) FROM (SELECT DISTINCT a.client_id,"
                + " n.life_area FROM " + CURRENT_NEEDS + " WHERE " + IN_FORCE + " AND " + COUNTED
                + " AND a.client_id IN (SELECT d.client_id " + cancelled + ")) i JOIN " + perClient
                + " k ON k.client_id = i.client_id GROUP BY i.life_area";
        String totals = "SELECT COUNT(*), COALESCE(SUM(k.cancellations), 0), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1"
                + " FROM assessment a WHERE a.client_id = k.client_id AND a.assessed_on <= ?2) THEN 0 ELSE 1 END), 0)"
                + " FROM " + perClient + " k";
        return tx.read(em -> {
            Object[] total = (Object[]) bind(em.createNativeQuery(totals), from, to, units).getSingleResult();
            List<CancellationLifeArea> rows = new ArrayList<>();
            for (Object row : bind(em.createNativeQuery(areas), from, to, units).getResultList()) {
                Object[] cells = (Object[]) row;
                rows.add(new CancellationLifeArea((String) cells[0], ((Number) cells[1]).longValue(),
                        ((Number) cells[2]).longValue()));
            }
            return new CancellationLifeAreas(Set.copyOf(units), from, to, ((Number) total[0]).longValue(),
                    ((Number) total[1]).longValue(), ((Number) total[2]).longValue(), rows);
        });
    }

    @Override
    public List<UnitAreaCount> cancellationsByUnit(UnitScope scope, LocalDate from, LocalDate to) {
        List<String> units = Scopes.codes(scope);
        String cancelled = "FROM non_delivery d WHERE d.status = 'ACTIVE' AND d.planned_day BETWEEN ?1 AND ?2"
                + unitFilter("d.unit_code", units, 3);
        String areas = "(SELECT DISTINCT a.client_id, n.life_area FROM " + CURRENT_NEEDS + " WHERE " + IN_FORCE
                + " AND " + COUNTED + " AND a.client_id IN (SELECT d.client_id " + cancelled + "))";
        String perUnit = "(SELECT d.client_id, d.unit_code, COUNT(*) AS cancellations " + cancelled
                + " GROUP BY d.client_id, d.unit_code)";
        String perClient = "(SELECT d.client_id, COUNT(*) AS cancellations " + cancelled + " GROUP BY d.client_id)";
        String cells = "SELECT k.unit_code, i.life_area, COUNT(*), SUM(k.cancellations) FROM " + areas + " i JOIN "
                + perUnit + " k ON k.client_id = i.client_id GROUP BY k.unit_code, i.life_area";
        String unitTotals = "SELECT d.unit_code, NULL, COUNT(DISTINCT d.client_id), COUNT(*) " + cancelled
                + " GROUP BY d.unit_code";
        String areaTotals = "SELECT NULL, i.life_area, COUNT(*), SUM(k.cancellations) FROM " + areas + " i JOIN "
                + perClient + " k ON k.client_id = i.client_id GROUP BY i.life_area";
        String total = "SELECT NULL, NULL, COUNT(DISTINCT d.client_id), COUNT(*) " + cancelled;
        return tx.read(em -> {
            List<UnitAreaCount> rows = new ArrayList<>();
            for (String sql : List.of(cells, unitTotals, areaTotals, total)) {
                for (Object row : bind(em.createNativeQuery(sql), from, to, units).getResultList()) {
                    Object[] c = (Object[]) row;
                    rows.add(new UnitAreaCount(c[0] == null ? null : c[0].toString().trim(),
                            c[1] == null ? null : c[1].toString(), ((Number) c[2]).longValue(),
                            c[3] == null ? 0 : ((Number) c[3]).longValue()));
                }
            }
            return rows;
        });
    }

    /** @return {@code AND column IN (?first, …)} for the units, or nothing for every unit */
    private static String unitFilter(String column, List<String> units, int first) {
        if (units.isEmpty()) {
            return "";
        }
        StringBuilder in = new StringBuilder(" AND ").append(column).append(" IN (");
        for (int i = 0; i < units.size(); i++) {
            in.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return in.append(')').toString();
    }

    private static Query bind(Query query, LocalDate from, LocalDate to, List<String> units) {
        query.setParameter(1, Days.of(from)).setParameter(2, Days.of(to));
        int i = 3;
        for (String unit : units) {
            query.setParameter(i++, unit);
        }
        return query;
    }
}
