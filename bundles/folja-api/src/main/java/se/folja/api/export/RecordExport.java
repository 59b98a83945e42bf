package se.folja.api.export;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The metadata of a record export, known before its first row: what, with which parameters, when, which key made
 * the pseudonyms, and the versions used.
 *
 * @param kind e.g. {@code non-deliveries}
 * @param parameters the request's parameters, in order
 * @param generatedAt when
 * @param pseudonymKeyId the identifier of the key that made the pseudonyms (never the key)
 * @param versions the versions of the data, e.g. {@code lifeAreas → 2021.1}
 * @since 1.0.0
 */
public record RecordExport(String kind, Map<String, String> parameters, Instant generatedAt, String pseudonymKeyId,
        Map<String, String> versions) {

    public RecordExport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(pseudonymKeyId, "pseudonymKeyId");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }
}
