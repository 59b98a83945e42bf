package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

import se.folja.api.lists.ListItem;

/** The columns every administrator-maintained list shares; each list has its own table. */
@MappedSuperclass
public abstract class ListItemEntity {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "label_sv", nullable = false, length = 200)
    private String labelSv;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    /** Milliseconds since 1970-01-01T00:00Z (see {@link ReasonEntity}). */
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    protected ListItemEntity() {
        // for JPA
    }

    /** Sets the code and copies the rest of {@code item}. */
    protected void init(ListItem item) {
        code = item.code();
        apply(item);
    }

    /** Copies labels, state and change stamp. */
    public void apply(ListItem item) {
        labelSv = item.labelSv();
        labelEn = item.labelEn();
        active = item.active();
        changedBy = item.changedBy();
        changedAt = item.changedAt().toEpochMilli();
    }

    public ListItem toRecord() {
        return new ListItem(code, labelSv, labelEn, active, version, changedBy, Instant.ofEpochMilli(changedAt));
    }

    public long version() {
        return version;
    }
}
