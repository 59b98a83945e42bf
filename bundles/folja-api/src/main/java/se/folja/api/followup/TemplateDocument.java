package se.folja.api.followup;

import java.util.Arrays;
import java.util.Objects;

/**
 * A follow-up template read from its JSON document, with the document's exact bytes (kept, and handed back on
 * download, exactly as uploaded).
 *
 * @param template the template, never null
 * @param json the document as read, UTF-8; a copy is kept and a copy returned
 * @since 1.0.0
 */
public record TemplateDocument(FollowUpTemplate template, byte[] json) {

    public TemplateDocument {
        Objects.requireNonNull(template, "template");
        json = json.clone();
    }

    /** @return a copy of the document's bytes */
    @Override
    public byte[] json() {
        return json.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TemplateDocument other && template.equals(other.template)
                && Arrays.equals(json, other.json);
    }

    @Override
    public int hashCode() {
        return 31 * template.hashCode() + Arrays.hashCode(json);
    }

    /** Gives the template's codes and the document's size, never its text. */
    @Override
    public String toString() {
        return "TemplateDocument[" + template + ", " + json.length + " bytes]";
    }
}
