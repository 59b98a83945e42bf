package se.folja.api.reasons;

/**
 * A relabelling or reordering of an existing reason. A null field is left as it is. The initiator and
 * the code cannot be edited: they give the reason its meaning in history (retire it and add a new one).
 *
 * @param labelSv new Swedish label, or null
 * @param labelEn new English label, or null
 * @param sortOrder new position, or null
 * @since 1.0.0
 */
public record ReasonEdit(String labelSv, String labelEn, Integer sortOrder) {

    /** @return true if the edit changes nothing */
    public boolean isEmpty() {
        return labelSv == null && labelEn == null && sortOrder == null;
    }
}
