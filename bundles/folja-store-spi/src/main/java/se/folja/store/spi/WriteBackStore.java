package se.folja.store.spi;

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
     * Claims write-backs for one of several nodes that share the database, so that each is delivered by one node
     * at a time. As {@link #due}: the newest pending write-back of each journal entry, due at {@code now}, oldest
     * first; but only of entries none of whose pending write-backs is leased past {@code now}, and each one
     * returned is leased to {@code owner} until {@code leaseUntil}. Two nodes claiming at once never get
     * write-backs of the same journal entry, and no write-back of an entry is claimed while another of it is
     * leased, so a later change is never delivered before an earlier one that is still under way.
     * {@link #delivered}, {@link #retryLater} and {@link #rejected} end the lease; a node that stops without
     * them holds the write-back until {@code leaseUntil}, and then another node may claim it.
     *
     * @param owner the claiming node, at most 100 characters
     * @return the claimed write-backs, fewer than {@code limit} (or none) when others are held by other nodes
     * @since 1.1.0
     */
    List<WriteBack> claim(String owner, Instant now, Instant leaseUntil, int limit);

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
