package se.folja.export.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export component's configuration as the exports use it, replaced whole when the configuration changes: a
 * request reads one consistent set.
 *
 * @param k the smallest count shown, 1–100
 * @param pseudonyms the keyed pseudonyms, null if no valid key is configured (record exports are refused)
 * @param keyId the key's name, written into every record export
 */
record ExportSettings(int k, Pseudonyms pseudonyms, String keyId) {

    private static final Logger LOG = LoggerFactory.getLogger(ExportSettings.class);

    static ExportSettings of(ExportConfig config) {
        int k = Math.max(1, Math.min(100, config.suppression_k()));
        String key = config.pseudonym_key();
        Pseudonyms made = null;
        if (key != null && !key.isBlank()) {
            try {
                made = new Pseudonyms(key);
            } catch (IllegalArgumentException e) {
                LOG.warn("Record exports are refused: {}", e.getMessage());
            }
        }
        String keyId = config.pseudonym_keyId() == null || config.pseudonym_keyId().isBlank() ? "1"
                : config.pseudonym_keyId().strip();
        return new ExportSettings(k, made, keyId);
    }
}
