package se.folja.rest.internal.catalogue;

import se.folja.api.reasons.ReasonEdit;

/** The body of {@code PATCH /admin/reason-codes/{code}}: the fields to change; absent fields stay. */
public record ReasonEditJson(String labelSv, String labelEn, Integer sortOrder) {

    ReasonEdit toEdit() {
        return new ReasonEdit(labelSv, labelEn, sortOrder);
    }
}
