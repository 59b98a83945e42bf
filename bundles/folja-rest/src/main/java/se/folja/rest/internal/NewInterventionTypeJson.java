package se.folja.rest.internal;

/** The body of {@code POST /admin/intervention-types}. */
public record NewInterventionTypeJson(String code, String labelSv, String labelEn) {
}
