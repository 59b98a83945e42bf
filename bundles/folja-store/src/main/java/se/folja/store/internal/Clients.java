package se.folja.store.internal;

import java.util.List;

import javax.persistence.EntityManager;

import se.folja.api.ConflictException;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.store.internal.entity.ClientEntity;

/**
 * The client rows, found or made by number. A client is made in a transaction of its own, before the change
 * that needs it, so that two first registrations of the same new client at once do not fail each other: the
 * loser of the race reads the winner's row.
 */
final class Clients {

    private final JpaTransactions tx;

    Clients(JpaTransactions tx) {
        this.tx = tx;
    }

    /** @return the id of the client with that number, made now if there was none */
    long idOf(PersonalIdentityNumber number) {
        Long found = tx.read(em -> find(em, number.digits()));
        if (found != null) {
            return found;
        }
        try {
            return tx.write("client exists already", em -> {
                ClientEntity client = ClientEntity.of(number);
                em.persist(client);
                em.flush();
                return client.id();
            });
        } catch (ConflictException lostRace) {
            Long winner = tx.read(em -> find(em, number.digits()));
            if (winner == null) {
                throw lostRace;
            }
            return winner;
        }
    }

    /** @return the id of the client with that number, or null if there is none */
    Long existing(PersonalIdentityNumber number) {
        return tx.read(em -> find(em, number.digits()));
    }

    static Long find(EntityManager em, String digits) {
        List<Long> ids = em.createQuery("select c.id from ClientEntity c where c.pin = :pin", Long.class)
                .setParameter("pin", digits).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }
}
