package se.folja.rest.internal.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;

/** The FHIR endpoints in the OpenAPI document, under their own tag. */
class FhirOpenApiTest {

    @Test
    void everyFhirOperationIsDescribedUnderTheTagFhirTerminology() {
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true))
                .read(Set.of(FhirTerminologyResource.class));

        List<String> paths = List.of("/fhir/CodeSystem", "/fhir/CodeSystem/{id}", "/fhir/ValueSet",
                "/fhir/ValueSet/{id}", "/fhir/ValueSet/{id}/$expand", "/fhir/ValueSet/$expand");
        assertEquals(Set.copyOf(paths), api.getPaths().keySet());
        for (String path : paths) {
            Operation get = api.getPaths().get(path).getGet();
            assertNotNull(get, path);
            assertEquals(List.of("FHIR terminology"), get.getTags(), path);
        }
        assertEquals("FHIR terminology", api.getTags().get(0).getName());
        assertTrue(api.getPaths().get("/fhir/ValueSet/{id}/$expand").getGet().getParameters().stream()
                .anyMatch(p -> p.getName().equals("displayLanguage")));
    }
}
