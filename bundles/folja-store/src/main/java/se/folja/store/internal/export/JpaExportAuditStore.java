package se.folja.store.internal.export;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.Page;
import se.folja.api.export.ExportRecord;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.ExportAuditEntity;
import se.folja.store.spi.ExportAuditStore;

/** The export audit in JPA, table {@code export_audit}. */
@Component(service = ExportAuditStore.class)
public final class JpaExportAuditStore implements ExportAuditStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaExportAuditStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public ExportRecord insert(ExportRecord record) {
        return tx.write("the export could not be recorded", em -> {
            ExportAuditEntity entity = ExportAuditEntity.of(record);
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public Page<ExportRecord> list(int offset, int limit) {
        return tx.read(em -> {
            long total = em.createQuery("select count(e) from ExportAuditEntity e", Long.class).getSingleResult();
            List<ExportRecord> items = em.createQuery("select e from ExportAuditEntity e order by e.exportedAt desc,"
                            + " e.id desc", ExportAuditEntity.class).setFirstResult(offset).setMaxResults(limit)
                    .getResultList().stream().map(ExportAuditEntity::toRecord).toList();
            return new Page<>(items, total, offset, limit);
        });
    }
}
