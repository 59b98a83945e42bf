package se.folja.store.internal.entity;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import se.folja.api.export.ExportRecord;

/** One export in the audit; written once. */
@Entity
@Table(name = "export_audit")
public class ExportAuditEntity {

    @Id
    @SequenceGenerator(name = "export_audit_seq", sequenceName = "export_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_audit_seq")
    @Column(name = "id")
    private long id;

    @Column(name = "exported_by", nullable = false, length = 100)
    private String exportedBy;

    @Column(name = "exported_at", nullable = false)
    private long exportedAt;

    @Column(name = "export_kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "parameters", nullable = false, length = 2000)
    private String parameters;

    @Column(name = "row_count", nullable = false)
    private long rows;

    @Column(name = "suppression_k", nullable = false)
    private int suppressionK;

    protected ExportAuditEntity() {
        // for JPA
    }

    public static ExportAuditEntity of(ExportRecord r) {
        ExportAuditEntity entity = new ExportAuditEntity();
        entity.exportedBy = r.exportedBy();
        entity.exportedAt = r.exportedAt().toEpochMilli();
        entity.kind = r.kind();
        entity.parameters = r.parameters().length() > 2000 ? r.parameters().substring(0, 2000) : r.parameters();
        entity.rows = r.rows();
        entity.suppressionK = r.suppressionK();
        return entity;
    }

    public ExportRecord toRecord() {
        return new ExportRecord(id, exportedBy, Instant.ofEpochMilli(exportedAt), kind, parameters, rows,
                suppressionK);
    }
}
