package se.folja.rest.internal.catalogue;

/** The body that adds an item to a maintained list, e.g. {@code POST /admin/units}. */
public record NewListItemJson(String code, String labelSv, String labelEn) {
}
