package se.folja.api.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One respondent role's questions: the part of a FHIR R4 {@code Questionnaire} Följa supports. Informational
 * properties the format accepts but Följa does not use ({@code description}, {@code publisher}, {@code copyright},
 * {@code date}) stay in the template's document only.
 *
 * @param id the resource's id, or null
 * @param url the canonical URL, or null
 * @param name the computer-friendly name, or null
 * @param title the human-friendly title, or null
 * @param status the publication status, never null
 * @param language {@code sv} or {@code en}, or null
 * @param items the top-level items in order, at least one
 * @since 1.0.0
 */
public record Questionnaire(String id, String url, String name, String title, QuestionnaireStatus status,
        String language, List<Item> items) {

    public Questionnaire {
        Objects.requireNonNull(status, "status");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a questionnaire has at least one item");
        }
    }

    /** @return every item, children right after their group (document order), never null */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        collect(items, all);
        return all;
    }

    /**
     * @param linkId an item's linkId, may be null
     * @return the item with that linkId at any depth, or empty
     */
    public Optional<Item> item(String linkId) {
        return allItems().stream().filter(i -> i.linkId().equals(linkId)).findFirst();
    }

    private static void collect(List<Item> items, List<Item> all) {
        for (Item item : items) {
            all.add(item);
            collect(item.items(), all);
        }
    }

    /** Gives the id and item count, never a text. */
    @Override
    public String toString() {
        return "Questionnaire[id=" + id + ", " + status + ", items=" + items.size() + "]";
    }
}
