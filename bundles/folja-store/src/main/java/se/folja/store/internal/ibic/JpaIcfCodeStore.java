package se.folja.store.internal.ibic;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.IcfCodeEntity;
import se.folja.store.internal.entity.IcfCodeListEntity;
import se.folja.store.spi.IcfCodeStore;

/** The ICF code list in JPA, tables {@code icf_code_list} and {@code icf_code}. */
@Component(service = IcfCodeStore.class)
public final class JpaIcfCodeStore implements IcfCodeStore {

    private static final int FLUSH_EVERY = 500;

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaIcfCodeStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    @Override
    public IcfCodeListInfo replace(String name, String version, List<IcfCodeEntry> codes, String loadedBy,
            Instant loadedAt) {
        return tx.write("another ICF code list was loaded at the same time", em -> {
            em.createQuery("delete from IcfCodeEntity c").executeUpdate();
            IcfCodeListEntity list = IcfCodeListEntity.of(name, version, codes.size(), loadedBy, loadedAt);
            em.persist(list);
            em.flush();
            int n = 0;
            for (IcfCodeEntry entry : codes) {
                em.persist(IcfCodeEntity.of(entry, list.id()));
                if (++n % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
            em.flush();
            return list.toRecord();
        });
    }

    @Override
    public Optional<IcfCodeListInfo> current() {
        return tx.read(em -> em.createQuery("select l from IcfCodeListEntity l order by l.id desc",
                IcfCodeListEntity.class).setMaxResults(1).getResultList().stream().findFirst()
                .map(IcfCodeListEntity::toRecord));
    }

    @Override
    public List<IcfCodeEntry> codes() {
        return tx.read(em -> em.createQuery("select c from IcfCodeEntity c order by c.code", IcfCodeEntity.class)
                .getResultList().stream().map(IcfCodeEntity::toRecord).toList());
    }
}
