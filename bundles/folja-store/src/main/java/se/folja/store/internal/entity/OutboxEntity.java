package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import se.folja.api.nondelivery.WriteBack;
import se.folja.api.nondelivery.WriteBackAction;
import se.folja.api.nondelivery.WriteBackState;

/** A write-back of a reason to the host journal, waiting in (or delivered from) the outbox. */
@Entity
@Table(name = "journal_outbox")
public class OutboxEntity {

    @Id
    @SequenceGenerator(name = "journal_outbox_seq", sequenceName = "journal_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_outbox_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "non_delivery_id", nullable = false)
    private long nonDeliveryId;

    @Column(name = "journal_entry_id", nullable = false, length = 100)
    private String journalEntryId;

    @Column(name = "action", nullable = false, length = 16)
    private String action;

    @Column(name = "reason_code", length = 40)
    private String reasonCode;

    @Column(name = "state", nullable = false, length = 16)
    private String state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private long nextAttemptAt;

    @Column(name = "delivered_at")
    private Long deliveredAt;

    @Column(name = "last_error", length = 200)
    private String lastError;

    /** The node delivering this write-back, while its lease lasts. */
    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    /** Until when (epoch milliseconds) {@link #claimedBy} holds this write-back. */
    @Column(name = "lease_until")
    private Long leaseUntil;

    protected OutboxEntity() {
        // for JPA
    }

    /** A pending write-back, due at once. */
    public static OutboxEntity pending(long nonDeliveryId, String journalEntryId, WriteBackAction action,
            String reasonCode, Instant at) {
        OutboxEntity entity = new OutboxEntity();
        entity.nonDeliveryId = nonDeliveryId;
        entity.journalEntryId = journalEntryId;
        entity.action = action.name();
        entity.reasonCode = action == WriteBackAction.SET_REASON ? reasonCode : null;
        entity.state = WriteBackState.PENDING.name();
        entity.createdAt = at.toEpochMilli();
        entity.nextAttemptAt = entity.createdAt;
        return entity;
    }

    /** This row was delivered: one attempt more. */
    public void delivered(Instant at) {
        attempts++;
        superseded(at);
    }

    /** A newer row for the same entry was delivered: this one needs no attempt of its own. */
    public void superseded(Instant at) {
        state = WriteBackState.DELIVERED.name();
        deliveredAt = at.toEpochMilli();
        released();
    }

    public void retryLater(int newAttempts, Instant next, String error) {
        attempts = newAttempts;
        nextAttemptAt = next.toEpochMilli();
        lastError = shortened(error);
        released();
    }

    public void rejected(int newAttempts, String error) {
        state = WriteBackState.REJECTED.name();
        attempts = newAttempts;
        lastError = shortened(error);
        released();
    }

    /** Leases this row to a node, which will deliver it. */
    public void leased(String owner, Instant until) {
        claimedBy = owner;
        leaseUntil = until.toEpochMilli();
    }

    /** The attempt has an outcome: no node holds this row any longer. */
    private void released() {
        claimedBy = null;
        leaseUntil = null;
    }

    /** @return whether the row is pending, due and held by no node at {@code now} (epoch milliseconds) */
    public boolean claimable(long now) {
        return WriteBackState.PENDING.name().equals(state) && nextAttemptAt <= now
                && (leaseUntil == null || leaseUntil <= now);
    }

    private static String shortened(String error) {
        return error == null || error.length() <= 200 ? error : error.substring(0, 200);
    }

    public WriteBack toRecord() {
        return new WriteBack(id, nonDeliveryId, journalEntryId, WriteBackAction.valueOf(action), reasonCode,
                WriteBackState.valueOf(state), attempts, Instant.ofEpochMilli(createdAt),
                Instant.ofEpochMilli(nextAttemptAt), deliveredAt == null ? null : Instant.ofEpochMilli(deliveredAt),
                lastError);
    }

    public String journalEntryId() {
        return journalEntryId;
    }

    public long id() {
        return id;
    }
}
