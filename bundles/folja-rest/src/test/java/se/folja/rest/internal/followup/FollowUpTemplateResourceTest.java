package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.rest.internal.followup.Doubles.BASE;
import static se.folja.rest.internal.followup.Doubles.caller;
import static se.folja.rest.internal.followup.Doubles.get;
import static se.folja.rest.internal.followup.Doubles.sha256;
import static se.folja.rest.internal.followup.Doubles.stored;
import static se.folja.rest.internal.followup.Doubles.uri;
import static se.folja.rest.internal.followup.Doubles.utf8;

import java.util.List;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.security.Roles;

/** Reading the stored templates: the list, the versions, and each document exactly as stored. */
class FollowUpTemplateResourceTest {

    /** A document as an administrator might write it: its own spacing, key order and non-ASCII text. */
    private static final byte[] ORS_V1 = utf8("{\n  \"resourceType\" : \"FoljaFollowUpTemplate\",\t\"code\":\"ORS\","
            + " \"title\": {\"sv\": \"Skattning av mående – ORS\"}   }\r\n");
    private static final byte[] ORS_V2 = utf8("{\"code\":\"ORS\",\"title\":{\"sv\":\"Hälsa\"}}");

    private final Doubles.Templates templates = new Doubles.Templates();
    private final FollowUpTemplateResource resource = new FollowUpTemplateResource(templates);

    FollowUpTemplateResourceTest() {
        templates.stored.add(stored("ORS", 1, ORS_V1));
        templates.stored.add(stored("ORS", 2, ORS_V2));
    }

    @Test
    void aDocumentIsServedByteForByteWithItsSha256AsAStrongETagAndItsVersionNamed() {
        Response response = resource.version("ORS", "1", get(), uri());

        assertEquals(200, response.getStatus());
        assertArrayEquals(ORS_V1, (byte[]) response.getEntity());
        assertEquals("application/json", response.getMediaType().toString());
        EntityTag tag = response.getEntityTag();
        assertEquals(sha256(ORS_V1), tag.getValue());
        assertFalse(tag.isWeak());
        String cache = response.getHeaderString("Cache-Control");
        assertTrue(cache.contains("private") && cache.contains("no-cache"), cache);
        assertEquals(BASE + "followup-templates/ORS/versions/1", response.getHeaderString("Content-Location"));
    }

    @Test
    void theLatestDocumentIsTheNewestVersionAndSaysWhichItIs() {
        Response response = resource.latest("ORS", get(), uri());

        assertArrayEquals(ORS_V2, (byte[]) response.getEntity());
        assertEquals(sha256(ORS_V2), response.getEntityTag().getValue());
        assertEquals(BASE + "followup-templates/ORS/versions/2", response.getHeaderString("Content-Location"));
    }

    @Test
    void aClientHoldingTheDocumentGets304AndOneHoldingAnOlderVersionGetsTheNewOne() {
        Response unchanged = resource.latest("ORS", get("If-None-Match", "\"" + sha256(ORS_V2) + "\""), uri());
        assertEquals(304, unchanged.getStatus());
        assertNull(unchanged.getEntity());
        assertEquals(sha256(ORS_V2), unchanged.getEntityTag().getValue());

        Response newer = resource.latest("ORS", get("If-None-Match", "\"" + sha256(ORS_V1) + "\""), uri());
        assertEquals(200, newer.getStatus());
        assertArrayEquals(ORS_V2, (byte[]) newer.getEntity());
    }

    @Test
    void aVersionThatIsNotAVersionsNumberIsRefusedNamingVersion() {
        for (String bad : List.of("x", "0", "-1", "1.0", "01", " 1", "1234567890", "")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> resource.version("ORS", bad, get(), uri()), bad);
            assertEquals("version", e.errors().get(0).field(), bad);
        }
        assertEquals(123456789, FollowUpTemplateResource.versionNumber("123456789"));
    }

    @Test
    void anUnknownCodeOrVersionIsTheServicesNotFound() {
        assertThrows(NotFoundException.class, () -> resource.latest("NOPE", get(), uri()));
        assertThrows(NotFoundException.class, () -> resource.version("ORS", "3", get(), uri()));
        assertThrows(NotFoundException.class, () -> resource.versions("NOPE", caller("admin", Roles.ADMIN)));
    }

    @Test
    void theListNamesWhoStoredAVersionToAdministratorsOnly() throws Exception {
        List<TemplateVersionJson> forAdmin = resource.list(caller("admin", Roles.ADMIN));
        List<TemplateVersionJson> forStaff = resource.list(caller("staff", Roles.STAFF));
        List<TemplateVersionJson> forStatistician = resource.versions("ORS",
                caller("statistician", Roles.STATISTICIAN));

        assertEquals("anna", forAdmin.get(0).storedBy());
        assertNull(forStaff.get(0).storedBy());
        assertNull(forStatistician.get(1).storedBy());
        String json = JsonProvider.MAPPER.writeValueAsString(forStaff.get(0));
        assertFalse(json.contains("storedBy"), json);
        assertFalse(json.contains("anna"), json);
        assertEquals("{\"code\":\"ORS\",\"version\":1,\"title\":{\"sv\":\"Skattning ORS\",\"en\":\"Rating ORS\"},"
                + "\"origin\":\"UPLOADED\",\"sha256\":\"" + sha256(ORS_V1) + "\",\"size\":" + ORS_V1.length
                + ",\"storedAt\":\"2026-11-02T08:15:00Z\"}", json);
        assertEquals(List.of(1, 2), forStatistician.stream().map(TemplateVersionJson::version).toList());
    }
}
