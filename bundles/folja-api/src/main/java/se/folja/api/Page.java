package se.folja.api;

import java.util.List;
import java.util.Objects;

/**
 * One page of a longer result.
 *
 * @param items the items on this page, at most {@code limit}
 * @param total how many items the whole result has
 * @param offset how many items precede this page
 * @param limit the most items a page holds
 * @param <T> the item type
 * @since 1.0.0
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
