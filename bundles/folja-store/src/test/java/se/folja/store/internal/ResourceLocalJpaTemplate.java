package se.folja.store.internal;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * A {@link JpaTemplate} over a RESOURCE_LOCAL {@link EntityManagerFactory}, for tests in Java SE. It behaves
 * like the Aries templates: one entity manager per outermost call and thread, closed at its end; a
 * transaction that this call began is committed when the work returns and rolled back when it throws (or
 * when the commit fails); work that throws inside a caller's transaction marks it rollback-only; a
 * {@link RuntimeException} is rethrown as it is, a checked one wrapped.
 */
public final class ResourceLocalJpaTemplate implements JpaTemplate {

    private final EntityManagerFactory emf;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public ResourceLocalJpaTemplate(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> work) {
        EntityManager outer = current.get();
        boolean inTransaction = outer != null && outer.getTransaction().isActive();
        switch (type) {
            case Mandatory:
                if (!inTransaction) {
                    throw new IllegalStateException("No transaction is active, but " + type + " requires one");
                }
                return joined(outer, work);
            case Never:
                if (inTransaction) {
                    throw new IllegalStateException("A transaction is active, but " + type + " forbids one");
                }
                return inNewEntityManager(false, work);
            case Supports:
                return inTransaction ? joined(outer, work) : inNewEntityManager(false, work);
            case NotSupported:
                return inNewEntityManager(false, work);
            case RequiresNew:
                return inNewEntityManager(true, work);
            case Required:
            default:
                return inTransaction ? joined(outer, work) : inNewEntityManager(true, work);
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer work) {
        txExpr(type, em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> work) {
        return txExpr(TransactionType.Required, work);
    }

    @Override
    public void tx(EmConsumer work) {
        tx(TransactionType.Required, work);
    }

    /** Runs inside the caller's transaction: a failure dooms it, the caller's template rolls it back. */
    private static <R> R joined(EntityManager em, EmFunction<R> work) {
        try {
            return work.apply(em);
        } catch (RuntimeException | Error e) {
            em.getTransaction().setRollbackOnly();
            throw e;
        }
    }

    private <R> R inNewEntityManager(boolean transactional, EmFunction<R> work) {
        EntityManager suspended = current.get();
        EntityManager em = emf.createEntityManager();
        current.set(em);
        EntityTransaction transaction = em.getTransaction();
        try {
            if (transactional) {
                transaction.begin();
            }
            R result = work.apply(em);
            if (transactional) {
                transaction.commit();
            }
            return result;
        } catch (Exception e) {
            rollback(transaction, e);
            throw e instanceof RuntimeException runtime
                    ? runtime
                    : new RuntimeException("Exception occured in transactional code", e);
        } catch (Error e) {
            rollback(transaction, e);
            throw e;
        } finally {
            em.close();
            if (suspended != null) {
                current.set(suspended);
            } else {
                current.remove();
            }
        }
    }

    private static void rollback(EntityTransaction transaction, Throwable cause) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
