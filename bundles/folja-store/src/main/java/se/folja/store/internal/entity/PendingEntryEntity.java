package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import se.folja.api.Dates;
import se.folja.api.nondelivery.PendingEntry;

/** A host journal entry under "Ej genomförda insatser", awaiting a reason until it is resolved. */
@Entity
@Table(name = "pending_entry")
public class PendingEntryEntity {

    @Id
    @Column(name = "journal_entry_id", length = 100)
    private String journalEntryId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "client_id")
    private ClientEntity client;

    @Column(name = "planned_start")
    private Long plannedStart;

    @Column(name = "received_at", nullable = false)
    private long receivedAt;

    /** When a registration took the entry; null while it awaits a reason. */
    @Column(name = "resolved_at")
    private Long resolvedAt;

    protected PendingEntryEntity() {
        // for JPA
    }

    public static PendingEntryEntity of(PendingEntry entry, ClientEntity client) {
        PendingEntryEntity entity = new PendingEntryEntity();
        entity.journalEntryId = entry.journalEntryId();
        entity.unit = entry.unit();
        entity.client = client;
        entity.plannedStart = entry.plannedStart() == null ? null : entry.plannedStart().toInstant().toEpochMilli();
        entity.receivedAt = entry.receivedAt().toEpochMilli();
        return entity;
    }

    public void resolve(Instant at) {
        if (resolvedAt == null) {
            resolvedAt = at.toEpochMilli();
        }
    }

    public PendingEntry toRecord() {
        return new PendingEntry(journalEntryId, unit, client == null ? null : client.number(),
                plannedStart == null ? null
                        : Instant.ofEpochMilli(plannedStart).atZone(Dates.ZONE).toOffsetDateTime(),
                Instant.ofEpochMilli(receivedAt));
    }
}
