package se.folja.store.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.interventions.InterventionType;
import se.folja.api.store.InterventionTypeStore;
import se.folja.store.internal.entity.InterventionTypeEntity;

/** Intervention types in JPA, table {@code intervention_type}. */
@Component(service = InterventionTypeStore.class)
public final class JpaInterventionTypeStore implements InterventionTypeStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaInterventionTypeStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference SchemaMigration schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public List<InterventionType> findAll() {
        return tx.read(em -> em.createQuery(
                        "select t from InterventionTypeEntity t order by t.labelSv, t.code", InterventionTypeEntity.class)
                .getResultList().stream().map(InterventionTypeEntity::toRecord).toList());
    }

    @Override
    public Optional<InterventionType> find(String code) {
        return tx.read(em -> Optional.ofNullable(em.find(InterventionTypeEntity.class, code))
                .map(InterventionTypeEntity::toRecord));
    }

    @Override
    public InterventionType insert(InterventionType type) {
        return tx.write("intervention type '" + type.code() + "' exists already", em -> {
            if (em.find(InterventionTypeEntity.class, type.code()) != null) {
                throw new ConflictException("Intervention type '" + type.code() + "' exists already");
            }
            InterventionTypeEntity entity = InterventionTypeEntity.fromRecord(type);
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public InterventionType update(InterventionType type, long expectedVersion) {
        return tx.write("intervention type '" + type.code() + "' was changed by someone else", em -> {
            InterventionTypeEntity entity = em.find(InterventionTypeEntity.class, type.code());
            if (entity == null) {
                throw new NotFoundException("intervention type", type.code());
            }
            if (entity.version() != expectedVersion) {
                throw new ConflictException("Intervention type '" + type.code() + "' is at version " + entity.version()
                        + ", not " + expectedVersion + ": someone else changed it. Read it again and retry.");
            }
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            entity.apply(type);
            em.flush();
            return entity.toRecord();
        });
    }
}
