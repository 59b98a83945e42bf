package se.folja.api.followup;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.ValidationException;

/**
 * Reads and validates a follow-up template's JSON document: Följa's envelope and the supported subset of FHIR R4
 * Questionnaire ({@code docs/followup-templates.md}). All or nothing: a document with any error gives no
 * template.
 *
 * @since 1.0.0
 */
@ProviderType
public interface FollowUpTemplateReader {

    /** The most errors one {@link ValidationException} reports; reading stops there. */
    int MAX_ERRORS = 100;

    /**
     * @param json the document, UTF-8 JSON, not null
     * @return the template and the document's exact bytes
     * @throws ValidationException with every error found (at most {@link #MAX_ERRORS}), each naming the JSON path
     *     of the offending property, e.g. {@code $.respondents[0].questionnaire.item[2].answerOption[1].valueCoding.code},
     *     and the rule it breaks; {@code $} when the document is not a JSON object
     */
    TemplateDocument read(byte[] json);
}
