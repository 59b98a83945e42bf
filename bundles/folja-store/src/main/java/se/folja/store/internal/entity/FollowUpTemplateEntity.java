package se.folja.store.internal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateVersionInfo;

/**
 * One stored version of a follow-up template (<em>uppföljningsmall</em>) with its document's exact bytes. Rows are
 * only ever inserted.
 *
 * <p>The document is a plain {@code byte[]}, not a {@code @Lob}: without {@code @Lob} EclipseLink binds it as a
 * byte string, {@code bytea} on PostgreSQL ({@code @Lob} would make it an OID large object there), {@code VARBINARY}
 * on H2. Lists of versions never read it: they select {@link #INFO} instead of the entity.
 */
@Entity
@Table(name = "followup_template")
@IdClass(FollowUpTemplateEntity.Key.class)
public class FollowUpTemplateEntity {

    /**
     * The columns of a {@link TemplateVersionInfo}, for a JPQL select of {@code FollowUpTemplateEntity t}: everything
     * but the document. Each result row becomes a record with {@link #info(Object[])}.
     */
    public static final String INFO = "t.code, t.version, t.titleSv, t.titleEn, t.origin, t.sha256, t.sizeBytes,"
            + " t.storedBy, t.storedAt";

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Id
    @Column(name = "version")
    private int version;

    @Column(name = "title_sv", nullable = false, length = 200)
    private String titleSv;

    @Column(name = "title_en", length = 200)
    private String titleEn;

    @Column(name = "origin", nullable = false, length = 16)
    private String origin;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "document", nullable = false)
    private byte[] document;

    @Column(name = "stored_by", nullable = false, length = 100)
    private String storedBy;

    /** Milliseconds since 1970-01-01T00:00Z (see {@link ReasonRevisionEntity}). */
    @Column(name = "stored_at", nullable = false)
    private long storedAt;

    protected FollowUpTemplateEntity() {
        // for JPA
    }

    /** Version {@code version} of {@code code}, holding {@code document} (not copied: the caller hands it over). */
    public static FollowUpTemplateEntity of(String code, int version, LocalizedText title, TemplateOrigin origin,
            String sha256, byte[] document, String storedBy, Instant storedAt) {
        FollowUpTemplateEntity entity = new FollowUpTemplateEntity();
        entity.code = code;
        entity.version = version;
        entity.titleSv = title.sv();
        entity.titleEn = title.en();
        entity.origin = origin.name();
        entity.sha256 = sha256;
        entity.sizeBytes = document.length;
        entity.document = document;
        entity.storedBy = storedBy;
        entity.storedAt = storedAt.toEpochMilli();
        return entity;
    }

    public TemplateVersionInfo toRecord() {
        return new TemplateVersionInfo(code, version, new LocalizedText(titleSv, titleEn),
                TemplateOrigin.valueOf(origin), sha256, sizeBytes, storedBy, Instant.ofEpochMilli(storedAt));
    }

    /** @return the record of a row selected as {@link #INFO} */
    public static TemplateVersionInfo info(Object[] row) {
        return new TemplateVersionInfo((String) row[0], ((Number) row[1]).intValue(),
                new LocalizedText((String) row[2], (String) row[3]), TemplateOrigin.valueOf((String) row[4]),
                (String) row[5], ((Number) row[6]).intValue(), (String) row[7],
                Instant.ofEpochMilli(((Number) row[8]).longValue()));
    }

    /** Composite primary key: code and version. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String code;
        private int version;

        public Key() {
            // for JPA
        }

        public Key(String code, int version) {
            this.code = code;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, version);
        }
    }
}
