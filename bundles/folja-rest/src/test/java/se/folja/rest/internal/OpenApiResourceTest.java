package se.folja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;

import se.folja.rest.internal.catalogue.InterventionTypeAdminResource;
import se.folja.rest.internal.catalogue.InterventionTypeResource;
import se.folja.rest.internal.catalogue.ReasonAdminResource;
import se.folja.rest.internal.catalogue.ReasonCodeResource;
import se.folja.rest.internal.catalogue.UnitAdminResource;
import se.folja.rest.internal.catalogue.UnitResource;
import se.folja.rest.internal.nondelivery.GrantResource;
import se.folja.rest.internal.nondelivery.NonDeliveryResource;
import se.folja.rest.internal.nondelivery.PendingEntryResource;
import se.folja.rest.internal.nondelivery.RegistrationImportResource;
import se.folja.rest.internal.nondelivery.WeekViewResource;
import se.folja.rest.internal.nondelivery.WriteBackAdminResource;
import se.folja.rest.internal.security.SessionResource;

class OpenApiResourceTest {

    private static OpenAPI api;

    @BeforeAll
    static void describe() {
        api = OpenApiResource.describe(Set.of(ReasonCodeResource.class, ReasonAdminResource.class,
                InterventionTypeResource.class, InterventionTypeAdminResource.class, UnitResource.class,
                UnitAdminResource.class, NonDeliveryResource.class, GrantResource.class, WeekViewResource.class,
                PendingEntryResource.class, WriteBackAdminResource.class, RegistrationImportResource.class));
    }

    @Test
    void describesTheImportOfHistoryAndTheAnnulmentOfGrants() {
        assertNotNull(path("/non-deliveries/import").getPost());
        assertNotNull(path("/grants/{id}/annul").getPost());
        assertNotNull(path("/grants/{id}/history").getGet());
    }

    private static PathItem path(String path) {
        PathItem item = api.getPaths().get(path);
        assertNotNull(item, path + " in " + api.getPaths().keySet());
        return item;
    }

    @Test
    void describesTheDropdown() {
        PathItem dropdown = path("/reason-codes");
        assertNotNull(dropdown.getGet());
        assertNull(dropdown.getPost());
    }

    @Test
    void describesTheAdministration() {
        PathItem list = path("/admin/reason-codes");
        assertNotNull(list.getGet());
        assertNotNull(list.getPost());

        PathItem one = path("/admin/reason-codes/{code}");
        assertNotNull(one.getGet());
        assertNotNull(one.getPatch());

        assertNotNull(path("/admin/reason-codes/{code}/history").getGet());
        assertNotNull(path("/admin/reason-codes/{code}/retire").getPost());
    }

    @Test
    void eachPathOffersExactlyItsMethods() {
        Set<PathItem.HttpMethod> get = Set.of(PathItem.HttpMethod.GET);
        Set<PathItem.HttpMethod> post = Set.of(PathItem.HttpMethod.POST);
        Set<PathItem.HttpMethod> getPost = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.POST);
        Set<PathItem.HttpMethod> getPatch = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.PATCH);
        Map<String, Set<PathItem.HttpMethod>> expected = new TreeMap<>();
        expected.put("/reason-codes", get);
        expected.put("/admin/reason-codes", getPost);
        expected.put("/admin/reason-codes/{code}", getPatch);
        expected.put("/admin/reason-codes/{code}/history", get);
        expected.put("/admin/reason-codes/{code}/retire", post);
        expected.put("/admin/reason-codes/{code}/reactivate", post);
        for (String list : List.of("intervention-types", "units")) {
            expected.put("/" + list, get);
            expected.put("/admin/" + list, getPost);
            expected.put("/admin/" + list + "/{code}", getPatch);
            expected.put("/admin/" + list + "/{code}/retire", post);
            expected.put("/admin/" + list + "/{code}/reactivate", post);
        }
        expected.put("/non-deliveries", getPost);
        expected.put("/non-deliveries/{id}", getPatch);
        expected.put("/non-deliveries/{id}/history", get);
        expected.put("/non-deliveries/{id}/annul", post);
        expected.put("/non-deliveries/{id}/write-backs", get);
        expected.put("/grants", getPost);
        expected.put("/non-deliveries/search", post);
        expected.put("/grants/search", post);
        expected.put("/week-view/clients/search", post);
        expected.put("/grants/{id}", get);
        expected.put("/grants/{id}/end", post);
        expected.put("/grants/{id}/annul", post);
        expected.put("/grants/{id}/history", get);
        expected.put("/non-deliveries/import", post);
        expected.put("/week-view/clients", get);
        expected.put("/week-view/units", get);
        expected.put("/pending-entries", get);
        expected.put("/admin/write-backs", get);
        Map<String, Set<PathItem.HttpMethod>> described = new TreeMap<>();
        api.getPaths().forEach((path, item) -> described.put(path, item.readOperationsMap().keySet()));

        assertEquals(expected, described);
    }

    @Test
    void anEditNeedsIfMatch() {
        for (String path : List.of("/admin/reason-codes/{code}", "/admin/units/{code}", "/non-deliveries/{id}")) {
            assertTrue(path(path).getPatch().getParameters().stream()
                    .anyMatch(p -> "If-Match".equals(p.getName()) && "header".equals(p.getIn())
                            && Boolean.TRUE.equals(p.getRequired())), path);
        }
        assertTrue(path("/non-deliveries/{id}/annul").getPost().getParameters().stream()
                .anyMatch(p -> "If-Match".equals(p.getName())));
    }

    @Test
    void describesTheRegistrationAndTheSearchFilters() {
        Schema<?> registration = api.getComponents().getSchemas().get("NonDeliveryRequestJson");
        assertNotNull(registration, "schemas: " + api.getComponents().getSchemas().keySet());
        assertTrue(registration.getProperties().keySet().containsAll(Set.of("journalEntryId", "client", "unit",
                "interventionType", "plannedStart", "reasonCode", "comment")), registration.getProperties().keySet()
                .toString());
        Set<String> filters = new java.util.TreeSet<>();
        path("/non-deliveries").getGet().getParameters().forEach(p -> filters.add(p.getName()));
        assertEquals(new java.util.TreeSet<>(List.of("from", "to", "unit", "reason", "initiator", "interventionType",
                "includeAnnulled", "sort", "offset", "limit")), filters, "a personnummer is never offered in the address");
        for (String path : List.of("/non-deliveries", "/grants", "/week-view/clients")) {
            assertTrue(path(path).getGet().getParameters().stream().noneMatch(p -> "client".equals(p.getName())),
                    path);
        }
        for (String body : List.of("NonDeliverySearchJson", "GrantSearchJson", "ClientWeekSearchJson")) {
            Schema<?> search = api.getComponents().getSchemas().get(body);
            assertNotNull(search, body);
            assertTrue(search.getProperties().containsKey("client"), body);
        }
    }

    @Test
    void everyOperationNeedsBasicAuth() {
        SecurityScheme scheme = api.getComponents().getSecuritySchemes().get(OpenApiResource.BASIC_AUTH);
        assertNotNull(scheme);
        assertEquals(SecurityScheme.Type.HTTP, scheme.getType());
        assertEquals("basic", scheme.getScheme());
        assertTrue(api.getSecurity().stream().anyMatch(r -> r.containsKey("basicAuth")));
    }

    @Test
    void theSessionCookieIsTheOtherWayInAndTheSessionIsDescribed() {
        SecurityScheme cookie = api.getComponents().getSecuritySchemes().get(OpenApiResource.SESSION_COOKIE);
        assertEquals(SecurityScheme.Type.APIKEY, cookie.getType());
        assertEquals(SecurityScheme.In.COOKIE, cookie.getIn());
        assertEquals("FOLJA_SESSION", cookie.getName());
        assertTrue(api.getSecurity().stream().anyMatch(r -> r.containsKey(OpenApiResource.SESSION_COOKIE)
                && !r.containsKey(OpenApiResource.BASIC_AUTH)), "either one, not both");
        OpenAPI withSession = OpenApiResource.describe(Set.of(SessionResource.class));
        assertNotNull(withSession.getPaths().get("/session").getGet());
        assertTrue(withSession.getComponents().getSchemas().get("Session").getProperties().keySet()
                .containsAll(Set.of("user", "roles", "csrfToken")));
    }

    @Test
    void servesUnderTheApplicationBase() {
        assertEquals("/folja/api/v1", api.getServers().get(0).getUrl());
    }

    @Test
    void describesTheDropdownEntry() {
        Schema<?> option = api.getComponents().getSchemas().get("ReasonOptionJson");
        assertNotNull(option, "schemas: " + api.getComponents().getSchemas().keySet());
        assertTrue(option.getProperties().keySet().containsAll(Set.of("code", "label", "initiator")),
                option.getProperties().keySet().toString());
    }
}
