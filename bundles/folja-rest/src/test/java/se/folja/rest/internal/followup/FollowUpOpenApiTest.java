package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                    EnablementResource.class, EnablementAdminResource.class));

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
        Map<String, Set<PathItem.HttpMethod>> described = new TreeMap<>();
        API.getPaths().forEach((path, item) -> described.put(path, item.readOperationsMap().keySet()));

        assertEquals(expected, described);
    }

    @Test
    void changesAndDisablementsNeedIfMatch() {
        for (var operation : java.util.List.of(API.getPaths().get("/admin/followup-enablements/{id}").getPatch(),
                API.getPaths().get("/admin/followup-enablements/{id}/disable").getPost())) {
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
    }
}
