package se.folja.store.internal.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.UnitScope;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementStatus;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.JpqlFilter;
import se.folja.store.internal.entity.Days;
import se.folja.store.internal.entity.EnablementEntity;
import se.folja.store.internal.entity.EnablementRevisionEntity;
import se.folja.store.internal.entity.UnitEntity;
import se.folja.store.spi.EnablementStore;

/**
 * Template enablements in JPA, tables {@code followup_enablement} and {@code followup_enablement_revision}: an
 * enablement and its revision are written in one transaction.
 *
 * <p>Whether another enablement of the template for the unit shares a day is a question about rows that may not
 * exist yet, which no constraint of either database answers and no row lock of the enablements serialises. Both
 * writes therefore lock the unit's row ({@code SELECT … FOR UPDATE}) before they look: two writes for one unit
 * take turns, and the second sees what the first committed.
 */
@Component(service = EnablementStore.class)
public final class JpaEnablementStore implements EnablementStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaEnablementStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public Enablement insert(Enablement enablement) {
        // a race lost to another insert can only be one for the same configuration: ids come from a sequence
        String conflict = enablement.configuration() == null ? "another enablement was stored at the same moment"
                : "an enablement of configuration '" + enablement.configuration() + "' was stored at the same moment";
        return tx.write(conflict, em -> {
            lockUnit(em, enablement.unit());
            requireTemplateVersion(em, enablement.templateCode(), enablement.templateVersion());
            refuseSecondFollower(em, enablement.configuration(), null);
            refuseOverlap(em, enablement, null);
            EnablementEntity entity = EnablementEntity.fromRecord(enablement);
            em.persist(entity);
            em.flush();
            Enablement stored = entity.toRecord();
            em.persist(EnablementRevisionEntity.of(stored, EnablementChangeKind.ENABLED));
            em.flush();
            return stored;
        });
    }

    /**
     * @throws IllegalArgumentException if {@code enablement} names another template code or unit than the stored
     *     one: those never change
     */
    @Override
    public Enablement update(Enablement enablement, long expectedRevision, EnablementChangeKind kind) {
        long id = enablement.id();
        return tx.write("enablement " + id + " was changed by someone else", em -> {
            EnablementEntity entity = em.find(EnablementEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("enablement", Long.toString(id));
            }
            if (!entity.templateCode().equals(enablement.templateCode()) || !entity.unit().equals(enablement.unit())) {
                throw new IllegalArgumentException("An enablement's template and unit never change (enablement "
                        + id + ")");
            }
            lockUnit(em, entity.unit());
            // as committed when the lock was granted: a change that committed meanwhile is seen, not overwritten
            em.refresh(entity);
            if (entity.revision() != expectedRevision) {
                throw new ConflictException("Enablement " + id + " is at revision " + entity.revision() + ", not "
                        + expectedRevision + ": someone else changed it. Read it again and retry.");
            }
            requireTemplateVersion(em, enablement.templateCode(), enablement.templateVersion());
            refuseSecondFollower(em, enablement.configuration(), id);
            refuseOverlap(em, enablement, id);
            // every update is a new revision, even one that leaves every column as it was
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            entity.apply(enablement);
            em.flush();
            Enablement stored = entity.toRecord();
            em.persist(EnablementRevisionEntity.of(stored, kind));
            em.flush();
            return stored;
        });
    }

    @Override
    public Optional<Enablement> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(EnablementEntity.class, id)).map(EnablementEntity::toRecord));
    }

    @Override
    public Optional<Enablement> findByConfiguration(String configuration) {
        return tx.read(em -> followers(em, configuration).stream().findFirst().map(EnablementEntity::toRecord));
    }

    @Override
    public List<Enablement> findConfigured() {
        return tx.read(em -> em.createQuery("select e from EnablementEntity e where e.configuration is not null"
                        + " order by e.id", EnablementEntity.class)
                .getResultList().stream().map(EnablementEntity::toRecord).toList());
    }

    /** A scope that reaches no unit finds nothing, without asking the database. */
    @Override
    public List<Enablement> find(UnitScope scope, String templateCode, LocalDate currentOrComingOn) {
        if (scope.reachesNone()) {
            return List.of();
        }
        return tx.read(em -> {
            JpqlFilter filter = new JpqlFilter().units("e.unit", scope);
            if (templateCode != null) {
                filter.add("e.templateCode = :template", "template", templateCode);
            }
            if (currentOrComingOn != null) {
                filter.add("e.status = :enabled", "enabled", EnablementStatus.ENABLED.name())
                        .add("(e.validTo is null or e.validTo >= :day)", "day", Days.of(currentOrComingOn));
            }
            return filter.bind(em.createQuery("select e from EnablementEntity e" + filter.where()
                            + " order by e.unit, e.templateCode, e.validFrom, e.id", EnablementEntity.class))
                    .getResultList().stream().map(EnablementEntity::toRecord).toList();
        });
    }

    @Override
    public List<Revision> revisions(long id) {
        return tx.read(em -> em.createQuery("select r from EnablementRevisionEntity r where r.enablementId = :id"
                        + " order by r.revision", EnablementRevisionEntity.class)
                .setParameter("id", id).getResultList().stream().map(EnablementRevisionEntity::toRecord).toList());
    }

    /** Locks the unit's row until the transaction ends: the writes of one unit's enablements take turns. */
    private static void lockUnit(EntityManager em, String unit) {
        if (em.find(UnitEntity.class, unit, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new NotFoundException("unit", unit);
        }
    }

    /** Counts instead of finding the entity: that would read the document. */
    private static void requireTemplateVersion(EntityManager em, String code, int version) {
        long stored = em.createQuery("select count(t) from FollowUpTemplateEntity t"
                        + " where t.code = :code and t.version = :version", Long.class)
                .setParameter("code", code).setParameter("version", version).getSingleResult();
        if (stored == 0) {
            throw new NotFoundException("version " + version + " of follow-up template", code);
        }
    }

    /** A configuration is followed by one enablement at most (the unique key says so too, after the fact). */
    private static void refuseSecondFollower(EntityManager em, String configuration, Long self) {
        if (configuration == null) {
            return;
        }
        for (EnablementEntity follower : followers(em, configuration)) {
            if (self == null || follower.id() != self) {
                throw new ConflictException("Enablement " + follower.id() + " follows configuration '"
                        + configuration + "' already");
            }
        }
    }

    private static List<EnablementEntity> followers(EntityManager em, String configuration) {
        return em.createQuery("select e from EnablementEntity e where e.configuration = :configuration",
                EnablementEntity.class).setParameter("configuration", configuration).getResultList();
    }

    /**
     * Refuses an enabled state that shares a day with another enabled enablement of the template for the unit; a
     * disabled state shares none. Periods include both their days; no last day is open-ended.
     *
     * @param self the id of the enablement being changed, which its own stored state does not overlap; null for a
     *     new one
     */
    private static void refuseOverlap(EntityManager em, Enablement state, Long self) {
        if (state.status() != EnablementStatus.ENABLED) {
            return;
        }
        JpqlFilter filter = new JpqlFilter()
                .add("e.unit = :unit", "unit", state.unit())
                .add("e.templateCode = :template", "template", state.templateCode())
                .add("e.status = :enabled", "enabled", EnablementStatus.ENABLED.name())
                .add("(e.validTo is null or e.validTo >= :from)", "from", Days.of(state.from()));
        if (state.to() != null) {
            filter.add("e.validFrom <= :to", "to", Days.of(state.to()));
        }
        if (self != null) {
            filter.add("e.id <> :self", "self", self);
        }
        List<EnablementEntity> overlapping = filter.bind(em.createQuery("select e from EnablementEntity e"
                        + filter.where() + " order by e.validFrom, e.id", EnablementEntity.class))
                .setMaxResults(1).getResultList();
        if (!overlapping.isEmpty()) {
            Enablement other = overlapping.get(0).toRecord();
            throw new ConflictException("Template " + other.templateCode() + " is already enabled for that unit from "
                    + other.from() + (other.to() == null ? ", with no last day" : " to " + other.to())
                    + " (enablement " + other.id() + ")");
        }
    }
}
