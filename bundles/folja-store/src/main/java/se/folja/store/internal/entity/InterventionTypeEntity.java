package se.folja.store.internal.entity;

import javax.persistence.Entity;
import javax.persistence.Table;

import se.folja.api.lists.ListItem;

/** An intervention type (<em>insatstyp</em>). */
@Entity
@Table(name = "intervention_type")
public class InterventionTypeEntity extends ListItemEntity {

    protected InterventionTypeEntity() {
        // for JPA
    }

    public static InterventionTypeEntity fromRecord(ListItem item) {
        InterventionTypeEntity entity = new InterventionTypeEntity();
        entity.init(item);
        return entity;
    }
}
