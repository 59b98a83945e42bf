package se.folja.store.internal.nondelivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRevision;
import se.folja.api.nondelivery.GrantRevisionKind;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.Clients;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.JpqlFilter;
import se.folja.store.internal.entity.Days;
import se.folja.store.internal.entity.GrantEntity;
import se.folja.store.internal.entity.GrantRevisionEntity;
import se.folja.store.spi.GrantStore;

/**
 * Grants in JPA, tables {@code grant_decision} and {@code grant_decision_revision}: a grant and its revision are
 * written in one transaction.
 */
@Component(service = GrantStore.class)
public final class JpaGrantStore implements GrantStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaGrantStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public Grant insert(Grant grant) {
        return tx.writeRetryingOnce("the grant could not be stored", em -> {
            GrantEntity entity = GrantEntity.of(grant, Clients.findOrCreate(em, grant.client()));
            em.persist(entity);
            em.flush();
            Grant stored = entity.toRecord();
            em.persist(GrantRevisionEntity.of(stored, entity.client(), GrantRevisionKind.CREATED));
            em.flush();
            return stored;
        });
    }

    @Override
    public Optional<Grant> find(long id) {
        return tx.read(em -> Optional.ofNullable(em.find(GrantEntity.class, id)).map(GrantEntity::toRecord));
    }

    @Override
    public Grant end(long id, long expectedVersion, LocalDate validTo, String changedBy, Instant changedAt) {
        return change(id, expectedVersion, GrantRevisionKind.ENDED,
                entity -> entity.end(validTo, changedBy, changedAt));
    }

    @Override
    public Grant annul(long id, long expectedVersion, String reason, String changedBy, Instant changedAt) {
        return change(id, expectedVersion, GrantRevisionKind.ANNULLED,
                entity -> entity.annul(reason, changedBy, changedAt));
    }

    /** One change of a grant at {@code expectedVersion}, and its revision, in one transaction. */
    private Grant change(long id, long expectedVersion, GrantRevisionKind kind,
            Consumer<GrantEntity> change) {
        return tx.write("grant " + id + " was changed by someone else", em -> {
            GrantEntity entity = em.find(GrantEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("grant", Long.toString(id));
            }
            if (entity.version() != expectedVersion) {
                throw new ConflictException("Grant " + id + " is at version " + entity.version() + ", not "
                        + expectedVersion + ": someone else changed it. Read it again and retry.");
            }
            if (!entity.toRecord().active()) {
                throw new ConflictException("Grant " + id + " is annulled; it cannot be changed");
            }
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            change.accept(entity);
            em.flush();
            Grant stored = entity.toRecord();
            em.persist(GrantRevisionEntity.of(stored, entity.client(), kind));
            em.flush();
            return stored;
        });
    }

    @Override
    public List<GrantRevision> history(long id) {
        return tx.read(em -> em.createQuery("select r from GrantRevisionEntity r where r.grantId = :id"
                        + " order by r.revision", GrantRevisionEntity.class)
                .setParameter("id", id).getResultList().stream().map(GrantRevisionEntity::toRecord).toList());
    }

    @Override
    public Page<Grant> search(GrantQuery query, UnitScope scope) {
        return tx.read(em -> {
            JpqlFilter filter = filter(em, scope, query.client(), query.interventionType(), query.from(),
                    query.to(), query.includeAnnulled());
            if (filter == null) {
                return new Page<>(List.of(), 0, query.offset(), query.limit());
            }
            long total = filter.bind(em.createQuery("select count(g) from GrantEntity g" + filter.where(), Long.class))
                    .getSingleResult();
            List<Grant> items = total == 0 ? List.of()
                    : filter.bind(em.createQuery("select g from GrantEntity g" + filter.where()
                                    + " order by g.unit, g.client.pin, g.validFrom, g.id", GrantEntity.class))
                            .setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList().stream()
                            .map(GrantEntity::toRecord).toList();
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    @Override
    public List<Grant> validIn(WeekQuery query, UnitScope scope) {
        return tx.read(em -> {
            JpqlFilter filter = filter(em, scope, query.client(), query.interventionType(),
                    query.from().monday(), query.to().sunday(), false);
            if (filter == null) {
                return List.<Grant>of();
            }
            return filter.bind(em.createQuery("select g from GrantEntity g" + filter.where()
                            + " order by g.id", GrantEntity.class))
                    .getResultList().stream().map(GrantEntity::toRecord).toList();
        });
    }

    /**
     * Grants of the units, client and type that are valid on at least one day of [from, to]; active ones only unless
     * annulled ones are included.
     */
    private static JpqlFilter filter(EntityManager em, UnitScope scope, PersonalIdentityNumber client,
            String type, LocalDate from, LocalDate to, boolean includeAnnulled) {
        JpqlFilter filter = new JpqlFilter();
        if (!includeAnnulled) {
            filter.add("g.status = :active", "active", GrantStatus.ACTIVE.name());
        }
        filter.units("g.unit", scope);
        if (type != null) {
            filter.add("g.interventionType = :type", "type", type);
        }
        if (to != null) {
            filter.add("g.validFrom <= :to", "to", Days.of(to));
        }
        if (from != null) {
            filter.add("(g.validTo is null or g.validTo >= :from)", "from", Days.of(from));
        }
        if (client != null) {
            Long clientId = Clients.find(em, client.digits());
            if (clientId == null) {
                return null;
            }
            filter.add("g.client.id = :client", "client", clientId);
        }
        return filter;
    }
}
