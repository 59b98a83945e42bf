package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;

/** The follow-up endpoints in the OpenAPI document: each path with exactly its methods, If-Match where needed. */
class FollowUpOpenApiTest {

    private static final OpenAPI API = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI())
            .readAllResources(true)).read(Set.of(FollowUpTemplateResource.class, FollowUpTemplateAdminResource.class,
                    EnablementResource.class, EnablementAdminResource.class, EnrolmentResource.class,
                    ProposalResource.class, DueOccasionResource.class, ResponseResource.class));

    @Test
    void eachPathOffersExactlyItsMethods() {
        Set<PathItem.HttpMethod> get = Set.of(PathItem.HttpMethod.GET);
        Set<PathItem.HttpMethod> post = Set.of(PathItem.HttpMethod.POST);
        Map<String, Set<PathItem.HttpMethod>> expected = new TreeMap<>(Map.of(
                "/followup-templates", get,
                "/followup-templates/{code}", get,
                "/followup-templates/{code}/versions", get,
                "/followup-templates/{code}/versions/{version}", get,
                "/admin/followup-templates", post,
                "/followup-enablements", get,
                "/followup-enablements/{id}", get,
                "/followup-enablements/{id}/history", get,
                "/admin/followup-enablements", post,
                "/admin/followup-enablements/{id}", Set.of(PathItem.HttpMethod.PATCH)));
        expected.put("/admin/followup-enablements/{id}/disable", post);
        expected.put("/enrolments", Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.POST));
        expected.put("/enrolments/{id}", get);
        expected.put("/enrolments/{id}/history", get);
        expected.put("/enrolments/{id}/end", post);
        expected.put("/enrolments/{id}/assign", post);
        expected.put("/enrolments/{id}/annul", post);
        expected.put("/enrolments/{id}/responses", post);
        expected.put("/followup-proposals", get);
        expected.put("/occasions/due", get);
        expected.put("/responses", get);
        expected.put("/responses/{id}", Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.PUT));
        expected.put("/responses/{id}/history", get);
        expected.put("/responses/{id}/entered-in-error", post);
        Map<String, Set<PathItem.HttpMethod>> described = new TreeMap<>();
        API.getPaths().forEach((path, item) -> described.put(path, item.readOperationsMap().keySet()));

        assertEquals(expected, described);
    }

    @Test
    void changesAndDisablementsNeedIfMatch() {
        for (var operation : java.util.List.of(API.getPaths().get("/admin/followup-enablements/{id}").getPatch(),
                API.getPaths().get("/admin/followup-enablements/{id}/disable").getPost(),
                API.getPaths().get("/enrolments/{id}/end").getPost(),
                API.getPaths().get("/enrolments/{id}/assign").getPost(),
                API.getPaths().get("/enrolments/{id}/annul").getPost(),
                API.getPaths().get("/responses/{id}").getPut(),
                API.getPaths().get("/responses/{id}/entered-in-error").getPost())) {
            assertTrue(operation.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName())
                    && "header".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())), operation.getSummary());
        }
    }

    @Test
    void theBodiesAndAnswersAreDescribed() {
        Map<String, Schema> schemas = API.getComponents().getSchemas();
        assertEquals(Set.of("template", "version", "unit", "from", "to"),
                schemas.get("EnablementRequestJson").getProperties().keySet());
        assertEquals(Set.of("version", "from", "to"), schemas.get("EnablementEditJson").getProperties().keySet());
        assertTrue(schemas.get("TemplateVersionJson").getProperties().keySet().containsAll(Set.of("code", "version",
                "title", "origin", "sha256", "size", "storedBy", "storedAt")));
        assertTrue(schemas.get("EnablementJson").getProperties().keySet().containsAll(Set.of("id", "template",
                "version", "unit", "from", "to", "status", "source", "revision")));
        assertNotNull(API.getPaths().get("/admin/followup-templates").getPost().getResponses().get("413"));
        assertNotNull(API.getPaths().get("/admin/followup-enablements").getPost().getResponses().get("409"));
        assertEquals(Set.of("template", "unit", "client", "grant", "start", "responsible"),
                schemas.get("EnrolmentRequestJson").getProperties().keySet());
        assertEquals(Set.of("occasion", "sequence", "role", "answeredOn", "questionnaireResponse"),
                schemas.get("ResponseRequestJson").getProperties().keySet());
        assertEquals(Set.of("answeredOn", "questionnaireResponse"),
                schemas.get("ResponseCorrectionJson").getProperties().keySet());
        assertEquals("#/components/schemas/ResponseRequestJson", API.getPaths().get("/enrolments/{id}/responses")
                .getPost().getRequestBody().getContent().get("application/json").getSchema().get$ref());
        assertTrue(schemas.get("ResponseJson").getProperties().keySet().containsAll(Set.of("id", "enrolment",
                "questionnaire", "occasion", "sequence", "role", "answeredOn", "answers", "status", "revision")));
        assertEquals(Set.of("valueBoolean", "valueCoding", "valueInteger", "valueDecimal", "valueDate",
                "valueString"), schemas.get("AnswerValueJson").getProperties().keySet());
        for (String path : List.of("/enrolments/{id}/responses", "/responses/{id}")) {
            var operation = API.getPaths().get(path).readOperations().stream()
                    .filter(o -> o.getResponses().containsKey("413")).findFirst();
            assertTrue(operation.isPresent(), path + " says a body past 1 MB is 413");
        }
    }
}
