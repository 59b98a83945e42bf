package se.folja.rest.internal.fhir;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.rest.internal.json.JsonProvider;

/**
 * A stored template's questionnaire for one respondent role as a plain FHIR R4 {@code Questionnaire}: the
 * questionnaire exactly as the template document holds it, with Följa's identity put on it — {@code id}
 * ({@code <code>-v<version>-<role>}, a template code's {@code _} written {@code .} since FHIR ids have none),
 * canonical {@code url} ({@code https://folja.se/fhir/Questionnaire/<code>-<role>}, the same for every version),
 * {@code version} (the template version), {@code meta.lastUpdated} (when the version was stored), and a title
 * when the document gives none. An {@code id}, {@code url} or {@code version} in the document is replaced.
 */
final class QuestionnaireJson {

    static final String URL_PREFIX = FollowUpValueSets.QUESTIONNAIRE_URL_PREFIX;

    private static final Pattern ID = Pattern.compile("([A-Z0-9.\\-]{2,40})-v([1-9][0-9]{0,8})-(caseofficer|provider|client)");
    private static final Set<String> REPLACED = Set.of("resourceType", "id", "meta", "url", "version");

    private QuestionnaireJson() {
    }

    /** A questionnaire named by its id: a template version and a respondent role. */
    record Ref(String code, int version, RespondentRole role) {
    }

    /** @return the role as it is written in ids and urls */
    static String token(RespondentRole role) {
        return FollowUpValueSets.roleToken(role);
    }

    /** @return the FHIR id of a template version's questionnaire for a role */
    static String id(String code, int version, RespondentRole role) {
        return code.replace('_', '.') + "-v" + version + "-" + token(role);
    }

    /** @return the canonical url of a template's questionnaire for a role, the same for all its versions */
    static String url(String code, RespondentRole role) {
        return FollowUpValueSets.questionnaireUrl(code, role);
    }

    /** @return the template version and role an id names, or empty if it is not an id Följa gives */
    static Optional<Ref> parse(String id) {
        Matcher m = id == null ? null : ID.matcher(id);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        RespondentRole role = switch (m.group(3)) {
            case "caseofficer" -> RespondentRole.CASE_OFFICER;
            case "provider" -> RespondentRole.PROVIDER;
            default -> RespondentRole.CLIENT;
        };
        return Optional.of(new Ref(m.group(1).replace('.', '_'), Integer.parseInt(m.group(2)), role));
    }

    /**
     * @return the template code and role a canonical url names, as {@code Ref} with version 0, or empty if it is
     *     not one of Följa's questionnaire urls
     */
    static Optional<Ref> parseUrl(String url) {
        if (url == null || !url.startsWith(URL_PREFIX)) {
            return Optional.empty();
        }
        String rest = url.substring(URL_PREFIX.length());
        int dash = rest.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        return parse(rest.substring(0, dash) + "-v1" + rest.substring(dash))
                .map(ref -> new Ref(ref.code(), 0, ref.role()));
    }

    /**
     * @return the questionnaire of {@code role} in the stored template, or empty if the template does not ask
     *     that role
     */
    static Optional<ObjectNode> questionnaire(StoredTemplate stored, RespondentRole role) {
        JsonNode document;
        try {
            document = JsonProvider.MAPPER.readTree(stored.document().json());
        } catch (IOException e) {
            throw new IllegalStateException("a stored template is JSON: it was read when it was stored", e);
        }
        for (JsonNode respondent : document.path("respondents")) {
            if (role.name().equals(respondent.path("role").asText())) {
                return Optional.of(render(stored.info(), role, (ObjectNode) respondent.path("questionnaire")));
            }
        }
        return Optional.empty();
    }

    private static ObjectNode render(TemplateVersionInfo info, RespondentRole role, ObjectNode source) {
        ObjectNode q = JsonProvider.MAPPER.createObjectNode().put("resourceType", "Questionnaire");
        q.put("id", id(info.code(), info.version(), role));
        q.putObject("meta").put("lastUpdated", TerminologyJson.dateTime(info.storedAt()));
        q.put("url", url(info.code(), role));
        q.put("version", Integer.toString(info.version()));
        if (!source.has("title")) {
            q.put("title", info.title().sv() + " – " + roleLabel(role));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = source.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!REPLACED.contains(field.getKey())) {
                q.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return q;
    }

    /** @return the role's Swedish name */
    static String roleLabel(RespondentRole role) {
        return switch (role) {
            case CASE_OFFICER -> "handläggare";
            case PROVIDER -> "utförare";
            case CLIENT -> "brukare";
        };
    }
}
