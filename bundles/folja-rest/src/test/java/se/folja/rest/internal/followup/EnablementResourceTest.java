package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.folja.rest.internal.followup.Doubles.caller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import se.folja.api.ValidationException;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.security.Roles;

/** Reading enablements: the query the service gets, the ETag, the history, and whose login names are shown. */
class EnablementResourceTest {

    private static final Enablement ENABLED = EnablementAdminResourceTest.ENABLED;
    private static final Enablement CHANGED = new Enablement(7, "ORS", 1, "BOSTOD_NORR", LocalDate.of(2026, 11, 1),
            LocalDate.of(2027, 6, 30), EnablementStatus.ENABLED, EnablementSource.SHELL, null, 4, "karaf-admin",
            Instant.parse("2026-11-05T10:00:00Z"));

    private final Doubles.EnablementsDouble enablements = new Doubles.EnablementsDouble();
    private final EnablementResource resource = new EnablementResource(enablements);

    @Test
    void theListAsksForTheUnitsTemplateAndEndedOnesAsGiven() {
        resource.list(List.of("BOSTOD_NORR,BOSTOD_SODER", "BOSTOD_VAST"), " ORS ", "true",
                caller("admin", Roles.ADMIN));
        resource.list(null, "", null, caller("staff", Roles.STAFF));

        assertEquals(List.of(new EnablementQuery(Set.of("BOSTOD_NORR", "BOSTOD_SODER", "BOSTOD_VAST"), "ORS", true),
                new EnablementQuery(Set.of(), null, false)), enablements.calls);
        assertEquals("includeEnded", assertThrows(ValidationException.class, () -> resource.list(List.of(), null,
                "ja", caller("admin", Roles.ADMIN))).errors().get(0).field());
    }

    @Test
    void anEnablementCarriesItsRevisionAsETagAndItsAuthorForAdministratorsOnly() throws Exception {
        enablements.answer = ENABLED;

        Response forAdmin = resource.read("7", caller("admin", Roles.ADMIN));
        Response forStaff = resource.read("7", caller("staff", Roles.STAFF));

        assertEquals("3", forAdmin.getEntityTag().getValue());
        assertEquals("admin", ((EnablementJson) forAdmin.getEntity()).changedBy());
        EnablementJson staffs = (EnablementJson) forStaff.getEntity();
        assertNull(staffs.changedBy());
        assertEquals("{\"id\":7,\"template\":\"ORS\",\"version\":1,\"unit\":\"BOSTOD_NORR\",\"from\":\"2026-11-01\","
                + "\"status\":\"ENABLED\",\"source\":\"REST\",\"revision\":3,\"changedAt\":\"2026-11-01T09:00:00Z\"}",
                JsonProvider.MAPPER.writeValueAsString(staffs));
        assertEquals("id", assertThrows(ValidationException.class, () -> resource.read("0",
                caller("admin", Roles.ADMIN))).errors().get(0).field());
    }

    @Test
    void theHistoryGivesEachChangesKindTimeBeforeAndAfter() throws Exception {
        enablements.changes = List.of(new EnablementChange(EnablementChangeKind.ENABLED, null, ENABLED),
                new EnablementChange(EnablementChangeKind.CHANGED, ENABLED, CHANGED));

        List<EnablementChangeJson> forAdmin = resource.history("7", caller("admin", Roles.ADMIN));
        List<EnablementChangeJson> forStatistician = resource.history("7", caller("statistician",
                Roles.STATISTICIAN));

        assertEquals(List.of(EnablementChangeKind.ENABLED, EnablementChangeKind.CHANGED),
                forAdmin.stream().map(EnablementChangeJson::kind).toList());
        assertNull(forAdmin.get(0).before());
        EnablementChangeJson change = forAdmin.get(1);
        assertEquals(4, change.revision());
        assertEquals("karaf-admin", change.changedBy());
        assertEquals(Instant.parse("2026-11-05T10:00:00Z"), change.changedAt());
        assertNull(change.before().to());
        assertEquals(LocalDate.of(2027, 6, 30), change.after().to());
        assertEquals(EnablementSource.SHELL, change.after().source());
        String json = JsonProvider.MAPPER.writeValueAsString(forStatistician);
        assertFalse(json.contains("admin"), json);
    }
}
