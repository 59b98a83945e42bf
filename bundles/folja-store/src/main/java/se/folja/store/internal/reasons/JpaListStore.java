package se.folja.store.internal.reasons;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.store.internal.CurrentSchema;
import se.folja.store.internal.JpaTransactions;
import se.folja.store.internal.entity.InterventionTypeEntity;
import se.folja.store.internal.entity.ListItemEntity;
import se.folja.store.internal.entity.UnitEntity;
import se.folja.store.spi.ListStore;

/** The maintained lists in JPA: tables {@code intervention_type} and {@code unit}. */
@Component(service = ListStore.class)
public final class JpaListStore implements ListStore {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final JpaTransactions tx;

    /**
     * @param schema referenced only so that this component starts after the schema migration
     */
    @Activate
    public JpaListStore(
            @Reference(target = "(osgi.unit.name=folja)") JpaTemplate jpa,
            @Reference CurrentSchema schema) {
        this.tx = new JpaTransactions(jpa);
    }

    /** The entity class of a list, and how a record becomes one. */
    private record Table(Class<? extends ListItemEntity> type, Function<ListItem, ListItemEntity> fromRecord) {
    }

    private static Table table(ListKind kind) {
        return switch (kind) {
            case INTERVENTION_TYPE -> new Table(InterventionTypeEntity.class, InterventionTypeEntity::fromRecord);
            case UNIT -> new Table(UnitEntity.class, UnitEntity::fromRecord);
        };
    }

    /**
     * Sorted here, not by the database: the order of Å, Ä and Ö depends on the database's collation (H2 and a
     * PostgreSQL in the C locale put Ä before Å), and lists are short.
     */
    @Override
    public List<ListItem> findAll(ListKind kind) {
        Class<? extends ListItemEntity> type = table(kind).type();
        List<ListItem> items = tx.read(em -> em.createQuery("select t from " + type.getSimpleName() + " t", type)
                .getResultList().stream().map(ListItemEntity::toRecord).toList());
        Collator swedish = Collator.getInstance(SWEDISH);
        return items.stream()
                .sorted(Comparator.comparing(ListItem::labelSv, swedish).thenComparing(ListItem::code))
                .toList();
    }

    @Override
    public Optional<ListItem> find(ListKind kind, String code) {
        return tx.read(em -> Optional.ofNullable(em.find(table(kind).type(), code)).map(ListItemEntity::toRecord));
    }

    @Override
    public ListItem insert(ListKind kind, ListItem item) {
        Table table = table(kind);
        return tx.write(kind.noun() + " '" + item.code() + "' exists already", em -> {
            if (em.find(table.type(), item.code()) != null) {
                throw new ConflictException(capitalised(kind) + " '" + item.code() + "' exists already");
            }
            ListItemEntity entity = table.fromRecord().apply(item);
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    @Override
    public ListItem update(ListKind kind, ListItem item, long expectedVersion) {
        Table table = table(kind);
        return tx.write(kind.noun() + " '" + item.code() + "' was changed by someone else", em -> {
            ListItemEntity entity = em.find(table.type(), item.code());
            if (entity == null) {
                throw new NotFoundException(kind.noun(), item.code());
            }
            if (entity.version() != expectedVersion) {
                throw new ConflictException(capitalised(kind) + " '" + item.code() + "' is at version "
                        + entity.version() + ", not " + expectedVersion
                        + ": someone else changed it. Read it again and retry.");
            }
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            entity.apply(item);
            em.flush();
            return entity.toRecord();
        });
    }

    private static String capitalised(ListKind kind) {
        return Character.toUpperCase(kind.noun().charAt(0)) + kind.noun().substring(1);
    }
}
