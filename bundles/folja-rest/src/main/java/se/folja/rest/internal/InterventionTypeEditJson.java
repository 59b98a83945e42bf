package se.folja.rest.internal;

/** The body of {@code PATCH /admin/intervention-types/{code}}: the labels to change; absent ones stay. */
public record InterventionTypeEditJson(String labelSv, String labelEn) {
}
