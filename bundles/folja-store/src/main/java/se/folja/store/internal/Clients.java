package se.folja.store.internal;

import java.util.List;

import javax.persistence.EntityManager;

import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.entity.ClientEntity;

/**
 * The client rows, found or made by number inside the transaction that needs them, so that a client row never
 * outlives a failed change. Two first registrations of the same new client at once: one loses on the unique
 * number and is retried by {@link JpaTransactions#writeRetryingOnce}, and then finds the winner's row.
 */
public final class Clients {

    private Clients() {
    }

    /** @return the client with that number, made (and flushed) now if there was none */
    public static ClientEntity findOrCreate(EntityManager em, PersonalIdentityNumber number) {
        List<ClientEntity> found = em.createQuery("select c from ClientEntity c where c.pin = :pin", ClientEntity.class)
                .setParameter("pin", number.digits()).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        ClientEntity client = ClientEntity.of(number);
        em.persist(client);
        em.flush();
        return client;
    }

    /** @return the id of the client with that number, or null if there is none */
    public static Long find(EntityManager em, String digits) {
        List<Long> ids = em.createQuery("select c.id from ClientEntity c where c.pin = :pin", Long.class)
                .setParameter("pin", digits).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
