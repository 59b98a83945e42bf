package se.folja.store.internal.followup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.FollowUpTemplateEntity;
import se.folja.store.spi.FollowUpTemplateStore;

/**
 * Follow-up template versions in JPA, table {@code followup_template}: a row per version with the document's bytes.
 * Lists read every column but the document; only {@link #document} reads it.
 */
@Component(service = FollowUpTemplateStore.class)
public final class JpaFollowUpTemplateStore implements FollowUpTemplateStore {

    private static final String SELECT_INFO = "select " + FollowUpTemplateEntity.INFO
            + " from FollowUpTemplateEntity t";

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaFollowUpTemplateStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    /**
     * Two transactions storing a version of one code at once both see the same highest version and insert the
     * same next one: the second insert violates the primary key (or, for the same document, the unique SHA-256 of
     * the code) and becomes a {@code ConflictException}; nothing of it is stored.
     */
    @Override
    public TemplateUpload storeNext(String code, LocalizedText title, TemplateOrigin origin, String sha256,
            byte[] json, String storedBy, Instant storedAt) {
        return tx.write("a version of follow-up template '" + code + "' was stored at the same moment", em -> {
            List<TemplateVersionInfo> same = infos(em, " where t.code = :code and t.sha256 = :sha256",
                    "code", code, "sha256", sha256);
            if (!same.isEmpty()) {
                return new TemplateUpload(same.get(0), false);
            }
            Number latest = (Number) em.createQuery(
                            "select max(t.version) from FollowUpTemplateEntity t where t.code = :code")
                    .setParameter("code", code).getSingleResult();
            FollowUpTemplateEntity entity = FollowUpTemplateEntity.of(code,
                    latest == null ? 1 : latest.intValue() + 1, title, origin, sha256, json, storedBy, storedAt);
            em.persist(entity);
            em.flush();
            return new TemplateUpload(entity.toRecord(), true);
        });
    }

    @Override
    public List<TemplateVersionInfo> latest() {
        return tx.read(em -> infos(em, " where t.version = (select max(s.version) from FollowUpTemplateEntity s"
                + " where s.code = t.code) order by t.code"));
    }

    @Override
    public List<TemplateVersionInfo> versions(String code) {
        return tx.read(em -> infos(em, " where t.code = :code order by t.version", "code", code));
    }

    @Override
    public Optional<TemplateVersionInfo> find(String code, int version) {
        return tx.read(em -> infos(em, " where t.code = :code and t.version = :version", "code", code,
                "version", version).stream().findFirst());
    }

    @Override
    public Optional<byte[]> document(String code, int version) {
        return tx.read(em -> em.createQuery("select t.document from FollowUpTemplateEntity t"
                        + " where t.code = :code and t.version = :version", byte[].class)
                .setParameter("code", code).setParameter("version", version)
                .getResultList().stream().findFirst());
    }

    /**
     * @param where the rest of the query after {@code from FollowUpTemplateEntity t}
     * @param parameters names and values, alternately
     */
    private static List<TemplateVersionInfo> infos(EntityManager em, String where, Object... parameters) {
        var query = em.createQuery(SELECT_INFO + where, Object[].class);
        for (int i = 0; i < parameters.length; i += 2) {
            query.setParameter((String) parameters[i], parameters[i + 1]);
        }
        return query.getResultList().stream().map(FollowUpTemplateEntity::info).toList();
    }
}
