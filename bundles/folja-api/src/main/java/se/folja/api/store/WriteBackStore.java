package se.folja.api.store;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Page;
import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackState;

/**
 * The outbox of write-backs to the host journal. Rows are written by {@link NonDeliveryStore} in the
 * transaction of the change that causes them.
 *
 * @since 1.0.0
 */
@ProviderType
public interface WriteBackStore {

    /**
     * @return pending write-backs due at {@code now}, oldest first; for a journal entry with several pending
     *     rows, only the newest is returned (it supersedes the others)
     */
    List<WriteBack> due(Instant now, int limit);

    /**
     * Marks the write-back delivered, and every older pending one for the same journal entry with it.
     */
    void delivered(long id, Instant at);

    /** Records a failed attempt: the attempts so far, when to try again, and the failure's type. */
    void retryLater(long id, int attempts, Instant nextAttemptAt, String errorType);

    /** Marks the write-back rejected for good, with the refusal's type. */
    void rejected(long id, int attempts, String errorType);

    /** @return the write-backs of one registration, oldest first */
    List<WriteBack> forNonDelivery(long nonDeliveryId);

    /**
     * @param state only those in this state, or null for all
     * @return newest first
     */
    Page<WriteBack> list(WriteBackState state, int offset, int limit);
}
