package se.folja.rest.internal.catalogue;

/** The body that relabels an item of a maintained list: the labels to change; absent ones stay. */
public record ListItemEditJson(String labelSv, String labelEn) {
}
