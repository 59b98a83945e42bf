package se.folja.rest.internal.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.rest.internal.problem.ProblemJson;

/** The FHIR endpoints' media type, and their errors as OperationOutcomes. */
class FhirTest {

    @Test
    void fhirJsonIsTheDefaultAndPlainJsonIsAnsweredWhenPreferredByName() {
        assertEquals(Fhir.MEDIA_TYPE_TYPE, Fhir.mediaType(List.of()));
        assertEquals(Fhir.MEDIA_TYPE_TYPE, Fhir.mediaType(List.of(MediaType.WILDCARD_TYPE)));
        assertEquals(Fhir.MEDIA_TYPE_TYPE, Fhir.mediaType(List.of(MediaType.valueOf("application/fhir+json"))));
        assertEquals(Fhir.MEDIA_TYPE_TYPE, Fhir.mediaType(List.of(MediaType.valueOf("application/*"))));
        assertEquals(MediaType.APPLICATION_JSON_TYPE, Fhir.mediaType(List.of(MediaType.APPLICATION_JSON_TYPE,
                MediaType.WILDCARD_TYPE)));
        assertEquals(Fhir.MEDIA_TYPE_TYPE, Fhir.mediaType(List.of(MediaType.valueOf("application/fhir+json"),
                MediaType.APPLICATION_JSON_TYPE)));
    }

    @Test
    void onlyPathsBelowFhirAreFhirPaths() {
        assertTrue(Fhir.isFhirPath("fhir/ValueSet/reason-codes"));
        assertTrue(Fhir.isFhirPath("/fhir/CodeSystem"));
        assertTrue(Fhir.isFhirPath("fhir"));
        assertFalse(Fhir.isFhirPath("fhirs"));
        assertFalse(Fhir.isFhirPath("reason-codes"));
        assertFalse(Fhir.isFhirPath(null));
    }

    @Test
    void aProblemBelowFhirIsRewrittenAsAnOperationOutcomeAndElsewhereLeftAlone() {
        ProblemJson problem = new ProblemJson("urn:folja:problem:not-found", "Not found", 404, "No ValueSet 'x'", null);
        Response fhir = new Response(problem);
        Response other = new Response(problem);

        new OperationOutcomeFilter().filter(request("fhir/ValueSet/x"), fhir.context());
        new OperationOutcomeFilter().filter(request("reason-codes/x"), other.context());

        ObjectNode outcome = (ObjectNode) fhir.entity;
        assertEquals("OperationOutcome", outcome.path("resourceType").asText());
        assertEquals("not-found", outcome.path("issue").get(0).path("code").asText());
        assertEquals(Fhir.MEDIA_TYPE, fhir.headers.getFirst("Content-Type"));
        assertSame(problem, other.entity);
        assertFalse(other.headers.containsKey("Content-Type"));
    }

    private static ContainerRequestContext request(String path) {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(FhirTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> method.getName().equals("getPath") ? path : null);
        return (ContainerRequestContext) Proxy.newProxyInstance(FhirTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> method.getName().equals("getUriInfo") ? uri : null);
    }

    /** A response whose entity and headers the filter may change. */
    private static final class Response {
        Object entity;
        final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        Response(Object entity) {
            this.entity = entity;
        }

        ContainerResponseContext context() {
            return (ContainerResponseContext) Proxy.newProxyInstance(FhirTest.class.getClassLoader(),
                    new Class<?>[] {ContainerResponseContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getEntity" -> entity;
                        case "getHeaders" -> headers;
                        case "setEntity" -> {
                            entity = args[0];
                            yield null;
                        }
                        default -> null;
                    });
        }
    }
}
