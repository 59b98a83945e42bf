package se.folja.store.internal.ibic;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermMapping;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.MappingVersionEntity;
import se.folja.store.internal.entity.TermMappingEntity;
import se.folja.store.spi.TermMappingStore;

/** Term-mapping versions in JPA, tables {@code ibic_mapping_version} and {@code ibic_term_mapping}. */
@Component(service = TermMappingStore.class)
public final class JpaTermMappingStore implements TermMappingStore {

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaTermMappingStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public Optional<MappingVersion> current() {
        return tx.read(em -> {
            List<Long> latest = em.createQuery("select max(v.version) from MappingVersionEntity v", Long.class)
                    .getResultList();
            Long version = latest.isEmpty() ? null : latest.get(0);
            return version == null ? Optional.<MappingVersion>empty() : load(em, version);
        });
    }

    @Override
    public Optional<MappingVersion> find(long version) {
        return tx.read(em -> load(em, version));
    }

    @Override
    public List<MappingVersionInfo> versions() {
        return tx.read(em -> em.createQuery("select v from MappingVersionEntity v order by v.version desc",
                MappingVersionEntity.class).getResultList().stream().map(MappingVersionEntity::toRecord).toList());
    }

    @Override
    public MappingVersion append(MappingVersionInfo info, List<TermMapping> terms) {
        return tx.write("the term mappings were changed by someone else", em -> {
            List<Long> latest = em.createQuery("select max(v.version) from MappingVersionEntity v", Long.class)
                    .getResultList();
            long current = latest.isEmpty() || latest.get(0) == null ? 0 : latest.get(0);
            if (info.version() != current + 1) {
                throw new ConflictException("The term mappings are at version " + current + ", not "
                        + (info.version() - 1) + ": someone else changed them. Read them again and retry.");
            }
            em.persist(MappingVersionEntity.of(info));
            em.flush();
            for (TermMapping term : terms) {
                em.persist(TermMappingEntity.of(info.version(), term));
            }
            em.flush();
            return new MappingVersion(info, terms);
        });
    }

    private static Optional<MappingVersion> load(EntityManager em, long version) {
        MappingVersionEntity entity = em.find(MappingVersionEntity.class, version);
        if (entity == null) {
            return Optional.empty();
        }
        List<TermMapping> terms = em.createQuery("select t from TermMappingEntity t where t.version = :version"
                        + " order by t.kind, t.term", TermMappingEntity.class)
                .setParameter("version", version).getResultList().stream().map(TermMappingEntity::toRecord).toList();
        return Optional.of(new MappingVersion(entity.toRecord(), terms));
    }
}
