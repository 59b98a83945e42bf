package se.folja.rest.internal.catalogue;

import java.time.Instant;

import se.folja.api.lists.ListItem;

/** An item of a maintained list (intervention type, unit) as administrators see it. */
public record ListItemJson(
        String code, String labelSv, String labelEn, boolean active, long version, String changedBy,
        Instant changedAt) {

    static ListItemJson of(ListItem item) {
        return new ListItemJson(item.code(), item.labelSv(), item.labelEn(), item.active(), item.version(),
                item.changedBy(), item.changedAt());
    }
}
