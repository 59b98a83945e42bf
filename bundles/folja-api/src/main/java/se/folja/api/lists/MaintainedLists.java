package se.folja.api.lists;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * The lists administrators maintain (intervention types, units). Codes and labels follow the reason
 * catalogue's rules; every change raises the item's version, and a stale version is refused.
 *
 * @since 1.0.0
 */
@ProviderType
public interface MaintainedLists {

    /** @return the active items of a list, by Swedish label */
    List<ListItem> active(ListKind kind);

    /** @return every item of a list, retired ones included, by Swedish label */
    List<ListItem> all(ListKind kind);

    /**
     * @return the item, active or retired
     * @throws NotFoundException if the list has none with that code
     */
    ListItem item(ListKind kind, String code);

    /**
     * Adds an item at version 1.
     *
     * @throws ValidationException naming every invalid field ({@code code}, {@code labelSv}, {@code labelEn})
     * @throws ConflictException if the code exists already in that list
     */
    ListItem create(ListKind kind, String code, String labelSv, String labelEn, Actor actor);

    /**
     * Relabels an item; a null label stays as it is.
     *
     * @throws ValidationException naming every invalid field, or {@code body} if both labels are null
     * @throws NotFoundException if there is no such item
     * @throws ConflictException if the item changed since {@code expectedVersion}
     */
    ListItem relabel(ListKind kind, String code, long expectedVersion, String labelSv, String labelEn, Actor actor);

    /**
     * Retires ({@code active == false}) or reactivates an item. Setting the state it has changes nothing.
     *
     * @throws NotFoundException if there is no such item
     * @throws ConflictException if the item changed since {@code expectedVersion}
     */
    ListItem setActive(ListKind kind, String code, long expectedVersion, boolean active, Actor actor);
}
