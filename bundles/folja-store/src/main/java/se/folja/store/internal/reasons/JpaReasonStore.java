package se.folja.store.internal.reasons;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.reasons.ChangeKind;
import se.folja.api.reasons.ReasonChange;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.ReasonEntity;
import se.folja.store.internal.entity.ReasonRevisionEntity;
import se.folja.store.spi.ReasonStore;

/** The reason catalogue in JPA: current state in {@code reason_code}, history in {@code reason_code_revision}. */
@Component(service = ReasonStore.class)
public final class JpaReasonStore implements ReasonStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaReasonStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public List<ReasonCode> findAll() {
        return tx.read(em -> em.createQuery(
                        "select r from ReasonEntity r order by r.sortOrder, r.code", ReasonEntity.class)
                .getResultList().stream().map(ReasonEntity::toRecord).toList());
    }

    @Override
    public Optional<ReasonCode> find(String code) {
        return tx.read(em -> Optional.ofNullable(em.find(ReasonEntity.class, code)).map(ReasonEntity::toRecord));
    }

    @Override
    public ReasonCode insert(ReasonCode reason, String changedBy, Instant changedAt) {
        return tx.write("reason code '" + reason.code() + "' exists already", em -> {
            if (em.find(ReasonEntity.class, reason.code()) != null) {
                throw new ConflictException("Reason code '" + reason.code() + "' exists already");
            }
            ReasonEntity entity = ReasonEntity.fromRecord(stamped(reason, changedAt));
            em.persist(entity);
            em.flush();
            ReasonCode stored = entity.toRecord();
            em.persist(ReasonRevisionEntity.of(stored, ChangeKind.CREATED, changedBy));
            em.flush();
            return stored;
        });
    }

    @Override
    public ReasonCode update(
            ReasonCode reason, long expectedVersion, ChangeKind kind, String changedBy, Instant changedAt) {
        return tx.write("reason code '" + reason.code() + "' was changed by someone else", em -> {
            ReasonEntity entity = em.find(ReasonEntity.class, reason.code());
            if (entity == null) {
                throw new NotFoundException("reason code", reason.code());
            }
            if (entity.version() != expectedVersion) {
                throw new ConflictException("Reason code '" + reason.code() + "' is at version " + entity.version()
                        + ", not " + expectedVersion + ": someone else changed it. Read it again and retry.");
            }
            // every update is a new version with its own revision, even one that leaves every column as it was
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            entity.apply(stamped(reason, changedAt));
            em.flush();
            ReasonCode stored = entity.toRecord();
            em.persist(ReasonRevisionEntity.of(stored, kind, changedBy));
            em.flush();
            return stored;
        });
    }

    @Override
    public List<ReasonChange> history(String code) {
        return tx.read(em -> {
            List<ReasonRevisionEntity> revisions = em.createQuery(
                            "select r from ReasonRevisionEntity r where r.code = :code order by r.revision",
                            ReasonRevisionEntity.class)
                    .setParameter("code", code)
                    .getResultList();
            List<ReasonChange> changes = new ArrayList<>(revisions.size());
            ReasonCode before = null;
            for (ReasonRevisionEntity revision : revisions) {
                ReasonCode after = revision.snapshot();
                changes.add(new ReasonChange(revision.revision(), revision.kind(), revision.changedBy(),
                        after.changedAt(), before, after));
                before = after;
            }
            return changes;
        });
    }

    private static ReasonCode stamped(ReasonCode reason, Instant changedAt) {
        return new ReasonCode(reason.code(), reason.labelSv(), reason.labelEn(), reason.initiator(),
                reason.sortOrder(), reason.active(), reason.version(), changedAt);
    }
}
