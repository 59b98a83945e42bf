package se.folja.store.internal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.UnitScope;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseChangeKind;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.JpqlFilter;
import se.folja.store.internal.entity.AnswerColumns;
import se.folja.store.internal.entity.AnswerEntity;
import se.folja.store.internal.entity.AnswerRevisionEntity;
import se.folja.store.internal.entity.Days;
import se.folja.store.internal.entity.EnrolmentEntity;
import se.folja.store.internal.entity.FollowUpResponseEntity;
import se.folja.store.internal.entity.FollowUpResponseRevisionEntity;
import se.folja.store.spi.ResponseStore;

/**
 * Responses in JPA: {@code followup_response} with its current answers as rows of {@code followup_answer} (what the
 * export reads with SQL), and every revision whole in {@code followup_response_revision} with its answers in
 * {@code followup_answer_revision}, all written in one transaction. One completed response per enrolment, occasion,
 * sequence and role is held by the unique {@code completed_key}; the store looks for the completed one first, so
 * that a refusal names it, and a response that loses a race on the key is tried once more and then refused the same
 * way. A response's unit, client and template version are its enrolment's.
 */
@Component(service = ResponseStore.class)
public final class JpaResponseStore implements ResponseStore {

    /**
     * The most ids bound in one {@code IN} list: EclipseLink binds each element as a parameter, and PostgreSQL's JDBC
     * driver refuses a statement with more than 65,535 (SQLState 22023).
     */
    static final int IDS_PER_QUERY = 500;

    private static final String COMPLETED = ResponseStatus.COMPLETED.name();

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaResponseStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public FollowUpResponse insert(FollowUpResponse response) {
        checkColumns(response.answers());
        return tx.writeRetryingOnce("the occasion was answered by that role at the same time", em -> {
            EnrolmentEntity enrolment = em.find(EnrolmentEntity.class, response.enrolmentId());
            if (enrolment == null) {
                throw new NotFoundException("enrolment", Long.toString(response.enrolmentId()));
            }
            if (response.status() == ResponseStatus.COMPLETED) {
                refuseSecondCompleted(em, FollowUpResponseEntity.completedKey(enrolment.id(), response.occasion(),
                        response.sequence(), response.role()), null);
            }
            FollowUpResponseEntity entity = FollowUpResponseEntity.of(response, enrolment);
            em.persist(entity);
            em.flush();
            return written(em, entity, response.answers(), ResponseChangeKind.SUBMITTED);
        });
    }

    @Override
    public FollowUpResponse update(FollowUpResponse response, long expectedRevision, ResponseChangeKind kind) {
        checkColumns(response.answers());
        long id = response.id();
        return tx.write("response " + id + " was changed by someone else", em -> {
            FollowUpResponseEntity entity = em.find(FollowUpResponseEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("response", Long.toString(id));
            }
            if (entity.revision() != expectedRevision) {
                throw new ConflictException("Response " + id + " is at revision " + entity.revision() + ", not "
                        + expectedRevision + ": someone else changed it. Read it again and retry.");
            }
            FollowUpResponse current = entity.toRecord(List.of());
            if (response.status() == ResponseStatus.COMPLETED && entity.completedKey() == null) {
                refuseSecondCompleted(em, FollowUpResponseEntity.completedKey(current.enrolmentId(),
                        current.occasion(), current.sequence(), current.role()), id);
            }
            entity.change(response);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            // the row is updated (and locked) before its answers are replaced
            em.flush();
            em.createQuery("delete from AnswerEntity a where a.responseId = :id").setParameter("id", id)
                    .executeUpdate();
            return written(em, entity, response.answers(), kind);
        });
    }

    /** Writes the answers and the revision of the response just written; @return it as stored */
    private static FollowUpResponse written(EntityManager em, FollowUpResponseEntity entity, List<Answer> answers,
            ResponseChangeKind kind) {
        List<AnswerEntity> rows = AnswerEntity.of(entity.id(), answers);
        rows.forEach(em::persist);
        FollowUpResponse stored = entity.toRecord(AnswerColumns.answers(rows));
        em.persist(FollowUpResponseRevisionEntity.of(stored, entity.client(), kind));
        // the revision's row before its answers' rows, which refer to it
        em.flush();
        AnswerRevisionEntity.of(stored.id(), stored.revision(), answers).forEach(em::persist);
        em.flush();
        return stored;
    }

    private static void refuseSecondCompleted(EntityManager em, String key, Long self) {
        List<Long> completed = em.createQuery("select r.id from FollowUpResponseEntity r where r.completedKey = :key",
                Long.class).setParameter("key", key).getResultList();
        for (Long other : completed) {
            if (!other.equals(self)) {
                throw new ConflictException("The occasion is answered for that role already (response " + other
                        + ")");
            }
        }
    }

    /**
     * Refuses what the answer columns cannot hold exactly: a decimal with more than 10 places or 28 digits before
     * the point, a code system longer than the column. The reader bounds everything else.
     */
    private static void checkColumns(List<Answer> answers) {
        ValidationException.Builder errors = ValidationException.builder();
        for (Answer answer : answers) {
            String field = "item[" + answer.linkId() + "]";
            for (AnswerValue value : answer.values()) {
                if (value instanceof AnswerValue.OfDecimal decimal && !AnswerColumns.fitsExactly(decimal.value())
                        && !errors.has(field)) {
                    errors.add(field, "must have at most " + AnswerColumns.DECIMAL_SCALE + " decimal places and "
                            + AnswerColumns.DECIMAL_INTEGER_DIGITS + " digits before the decimal point");
                }
                if (value instanceof AnswerValue.OfCoding coding && coding.value().system() != null
                        && coding.value().system().length() > AnswerColumns.LONGEST_SYSTEM && !errors.has(field)) {
                    errors.add(field, "has a code system longer than " + AnswerColumns.LONGEST_SYSTEM
                            + " characters");
                }
            }
        }
        errors.throwIfAny();
    }

    @Override
    public Optional<FollowUpResponse> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(FollowUpResponseEntity.class, id))
                .map(r -> r.toRecord(AnswerColumns.answers(em.createQuery("select a from AnswerEntity a"
                        + " where a.responseId = :id order by a.ordinal, a.valueOrdinal", AnswerEntity.class)
                        .setParameter("id", id).getResultList()))));
    }

    @Override
    public Page<FollowUpResponse> find(UnitScope scope, Long enrolment, String templateCode, String occasion,
            RespondentRole role, LocalDate from, LocalDate to, boolean includeEnteredInError, int offset,
            int limit) {
        Page<FollowUpResponse> none = new Page<>(List.of(), 0, offset, limit);
        if (scope.reachesNone()) {
            return none;
        }
        return tx.read(em -> {
            JpqlFilter filter = new JpqlFilter().units("r.unit", scope);
            if (enrolment != null) {
                filter.add("r.enrolmentId = :enrolment", "enrolment", enrolment);
            }
            if (templateCode != null) {
                filter.add("r.templateCode = :template", "template", templateCode);
            }
            if (occasion != null) {
                filter.add("r.occasion = :occasion", "occasion", occasion);
            }
            if (role != null) {
                filter.add("r.role = :role", "role", role.name());
            }
            if (from != null) {
                filter.add("r.answeredOn >= :from", "from", Days.of(from));
            }
            if (to != null) {
                filter.add("r.answeredOn <= :to", "to", Days.of(to));
            }
            if (!includeEnteredInError) {
                filter.add("r.status = :completed", "completed", COMPLETED);
            }
            long total = filter.bind(em.createQuery("select count(r) from FollowUpResponseEntity r"
                    + filter.where(), Long.class)).getSingleResult();
            if (total == 0) {
                return new Page<FollowUpResponse>(List.of(), 0, offset, limit);
            }
            List<FollowUpResponseEntity> page = filter.bind(em.createQuery("select r from FollowUpResponseEntity r"
                            + filter.where() + " order by r.answeredOn desc, r.id", FollowUpResponseEntity.class))
                    .setFirstResult(offset).setMaxResults(limit).getResultList();
            Map<Long, List<AnswerEntity>> rows = new HashMap<>();
            for (List<Long> ids : chunks(page.stream().map(FollowUpResponseEntity::id).toList())) {
                for (AnswerEntity row : em.createQuery("select a from AnswerEntity a where a.responseId in :ids"
                                + " order by a.responseId, a.ordinal, a.valueOrdinal", AnswerEntity.class)
                        .setParameter("ids", ids).getResultList()) {
                    rows.computeIfAbsent(row.responseId(), k -> new ArrayList<>()).add(row);
                }
            }
            List<FollowUpResponse> items = page.stream()
                    .map(r -> r.toRecord(AnswerColumns.answers(rows.getOrDefault(r.id(), List.of())))).toList();
            return new Page<>(items, total, offset, limit);
        });
    }

    @Override
    public Set<Answered> answered(Collection<Long> enrolmentIds) {
        List<Long> ids = List.copyOf(new TreeSet<>(enrolmentIds));
        if (ids.isEmpty()) {
            return Set.of();
        }
        return tx.read(em -> {
            Set<Answered> answered = new HashSet<>();
            for (List<Long> chunk : chunks(ids)) {
                for (Object[] row : em.createQuery("select r.enrolmentId, r.occasion, r.sequence, r.role"
                                + " from FollowUpResponseEntity r where r.status = :completed"
                                + " and r.enrolmentId in :ids", Object[].class)
                        .setParameter("completed", COMPLETED).setParameter("ids", chunk).getResultList()) {
                    answered.add(new Answered(((Number) row[0]).longValue(), (String) row[1],
                            ((Number) row[2]).intValue(), RespondentRole.valueOf((String) row[3])));
                }
            }
            return Set.copyOf(answered);
        });
    }

    /** @return the ids in lists of at most {@link #IDS_PER_QUERY} */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)));
        }
        return chunks;
    }

    @Override
    public List<ResponseRevision> revisions(long id) {
        return tx.read(em -> {
            Map<Long, List<AnswerRevisionEntity>> rows = new HashMap<>();
            for (AnswerRevisionEntity row : em.createQuery("select a from AnswerRevisionEntity a"
                            + " where a.responseId = :id order by a.revision, a.ordinal, a.valueOrdinal",
                    AnswerRevisionEntity.class).setParameter("id", id).getResultList()) {
                rows.computeIfAbsent(row.revision(), k -> new ArrayList<>()).add(row);
            }
            return em.createQuery("select r from FollowUpResponseRevisionEntity r where r.responseId = :id"
                            + " order by r.revision", FollowUpResponseRevisionEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(r -> r.toRecord(AnswerColumns.answers(rows.getOrDefault(r.revision(), List.of()))))
                    .toList();
        });
    }
}
