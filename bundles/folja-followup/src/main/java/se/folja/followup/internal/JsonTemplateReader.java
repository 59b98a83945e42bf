package se.folja.followup.internal;

import java.io.IOException;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplateReader;
import se.folja.api.followup.TemplateDocument;

/**
 * Reads a follow-up template's JSON document as a tree (every property is looked at: an unknown one is refused)
 * and validates it whole: every error found, up to {@link FollowUpTemplateReader#MAX_ERRORS}, in one
 * {@link ValidationException}; a template only when there is none. Strict JSON: a duplicate property or anything
 * after the document is refused; decimals are read exactly.
 */
@Component(service = FollowUpTemplateReader.class)
public final class JsonTemplateReader implements FollowUpTemplateReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Activate
    public JsonTemplateReader() {
        // no settings, no services
    }

    @Override
    public TemplateDocument read(byte[] json) {
        Objects.requireNonNull(json, "json");
        JsonNode root = parse(json);
        Errors errors = new Errors();
        FollowUpTemplate template = new TemplateParser(errors).parse(root);
        errors.throwIfAny();
        return new TemplateDocument(template, json);
    }

    /** @return the document's JSON tree; strict: duplicate keys and trailing data are refused */
    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the document: give the place only
            JsonLocation at = e.getLocation();
            throw ValidationException.of("$", "is not well-formed JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw ValidationException.of("$", "could not be read as JSON");
        }
    }
}
