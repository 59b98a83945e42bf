package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.store.spi.EnablementStore;

/**
 * One revision of an enablement: what the change did, and the whole enablement as the change left it, with who
 * made it and when. Rows are only ever inserted.
 */
@Entity
@Table(name = "followup_enablement_revision")
@IdClass(EnablementRevisionEntity.Key.class)
public class EnablementRevisionEntity {

    @Id
    @Column(name = "enablement_id")
    private long enablementId;

    @Id
    @Column(name = "revision")
    private long revision;

    @Column(name = "kind", nullable = false, length = 16)
    private String kind;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unit;

    @Column(name = "valid_from", nullable = false)
    private int validFrom;

    @Column(name = "valid_to")
    private Integer validTo;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "source", nullable = false, length = 16)
    private String source;

    @Column(name = "configuration_pid", length = 200)
    private String configuration;

    @Column(name = "changed_by", nullable = false, length = 250)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected EnablementRevisionEntity() {
        // for JPA
    }

    /** The revision that records {@code state} (its id and revision) as made by {@code kind}. */
    public static EnablementRevisionEntity of(Enablement state, EnablementChangeKind kind) {
        EnablementRevisionEntity entity = new EnablementRevisionEntity();
        entity.enablementId = state.id();
        entity.revision = state.revision();
        entity.kind = kind.name();
        entity.templateCode = state.templateCode();
        entity.templateVersion = state.templateVersion();
        entity.unit = state.unit();
        entity.validFrom = Days.of(state.from());
        entity.validTo = Days.ofNullable(state.to());
        entity.status = state.status().name();
        entity.source = state.source().name();
        entity.configuration = state.configuration();
        entity.changedBy = state.changedBy();
        entity.changedAt = state.changedAt().toEpochMilli();
        return entity;
    }

    public EnablementStore.Revision toRecord() {
        Enablement state = new Enablement(enablementId, templateCode, templateVersion, unit, Days.toDate(validFrom),
                Days.toDateOrNull(validTo), EnablementStatus.valueOf(status), EnablementSource.valueOf(source),
                configuration, revision, changedBy, Instant.ofEpochMilli(changedAt));
        return new EnablementStore.Revision(EnablementChangeKind.valueOf(kind), state);
    }

    /** Composite primary key: enablement and revision. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private long enablementId;
        private long revision;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && enablementId == key.enablementId && revision == key.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(enablementId, revision);
        }
    }
}
