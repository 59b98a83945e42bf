package se.folja.store.spi;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;

/**
 * Persistence of the administrator-maintained lists, one table per list.
 *
 * @since 1.0.0
 */
@ProviderType
public interface ListStore {

    /** @return every item of the list by Swedish label, then code */
    List<ListItem> findAll(ListKind kind);

    /** @return the item with that code, if any */
    Optional<ListItem> find(ListKind kind, String code);

    /**
     * Stores a new item at version 1; the given version is ignored.
     *
     * @throws ConflictException if the code exists already
     */
    ListItem insert(ListKind kind, ListItem item);

    /**
     * Replaces labels, state and change stamp, provided the stored version is still {@code expectedVersion};
     * the stored version then grows by one.
     *
     * @throws NotFoundException if there is no such item
     * @throws ConflictException if the stored version differs or another transaction changed it first
     */
    ListItem update(ListKind kind, ListItem item, long expectedVersion);
}
