package se.folja.api.followup;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * The stored follow-up templates: versioned data, uploaded by administrators or shipped in a bundle. Every
 * document is read and validated ({@link FollowUpTemplateReader}) before it is stored, and is handed back exactly
 * as stored. A version is never changed or removed once stored, so answers given to it keep their meaning.
 *
 * <p>Whether the caller may upload is decided where the request arrives (the administrator's role); reading is
 * open to every role of Följa.
 *
 * @since 1.1.0
 */
@ProviderType
public interface FollowUpTemplates {

    /** The largest document accepted, in bytes. */
    int MAX_DOCUMENT_BYTES = 1024 * 1024;

    /**
     * Stores a document as the next version of its code, unless a version of that code holds exactly these bytes
     * already (then that version is returned and nothing is stored).
     *
     * @param json the document, UTF-8 JSON
     * @param origin {@link TemplateOrigin#UPLOADED} for an administrator's upload
     * @throws ValidationException naming the JSON path and the rule of every error (at most
     *     {@link FollowUpTemplateReader#MAX_ERRORS}); also for an intervention type the catalogue does not hold,
     *     or a document larger than {@link #MAX_DOCUMENT_BYTES} ({@code $}); nothing is stored
     */
    TemplateUpload store(byte[] json, TemplateOrigin origin, Actor actor);

    /** @return the latest version of every template, by code */
    List<TemplateVersionInfo> latest();

    /**
     * @return every version of a template, oldest first
     * @throws NotFoundException if no template has that code
     */
    List<TemplateVersionInfo> versions(String code);

    /**
     * @return the latest version of a template with its document
     * @throws NotFoundException if no template has that code
     */
    StoredTemplate latest(String code);

    /**
     * @return one version of a template with its document
     * @throws NotFoundException if the template or that version of it does not exist
     */
    StoredTemplate version(String code, int version);
}
