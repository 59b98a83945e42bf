package se.folja.store.internal.entity;

import javax.persistence.Entity;
import javax.persistence.Table;

import se.folja.api.lists.ListItem;

/** A unit (<em>enhet</em>), e.g. a boendestöd group. */
@Entity
@Table(name = "unit")
public class UnitEntity extends ListItemEntity {

    protected UnitEntity() {
        // for JPA
    }

    public static UnitEntity fromRecord(ListItem item) {
        UnitEntity entity = new UnitEntity();
        entity.init(item);
        return entity;
    }
}
