package se.folja.store.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import se.folja.api.ConflictException;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;

/**
 * Persistence of follow-up template versions: a row per version with the document's exact bytes. A stored
 * version is never changed or removed.
 *
 * @since 1.1.0
 */
@ProviderType
public interface FollowUpTemplateStore {

    /**
     * In one transaction: returns the version of {@code code} whose document has {@code sha256} if there is one
     * (nothing stored, {@code created == false}); else stores the document as the code's next version (1 for a
     * new code).
     *
     * @param json the document's bytes, stored exactly
     * @throws ConflictException if another transaction stored a version of the code at the same moment (the
     *     caller may try again)
     */
    TemplateUpload storeNext(String code, LocalizedText title, TemplateOrigin origin, String sha256, byte[] json,
            String storedBy, Instant storedAt);

    /** @return the latest version of every code, by code */
    List<TemplateVersionInfo> latest();

    /** @return every version of a code, oldest first; empty if the code has none */
    List<TemplateVersionInfo> versions(String code);

    /** @return the version, if stored */
    Optional<TemplateVersionInfo> find(String code, int version);

    /** @return the version's document bytes, exactly as stored, if the version is stored */
    Optional<byte[]> document(String code, int version);
}
