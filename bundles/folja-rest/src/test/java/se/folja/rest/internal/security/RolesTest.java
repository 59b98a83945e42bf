package se.folja.rest.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Set;

import javax.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;

class RolesTest {

    @Test
    void staffBelongToTheUnitsTheirRolesName() {
        Actor actor = Roles.actor("anna", Set.of(Roles.STAFF, "folja-unit-BOSTOD_NORR", "folja-unit-BOSTOD_OST"));

        assertEquals("anna", actor.userName());
        assertEquals(Set.of("BOSTOD_NORR", "BOSTOD_OST"), actor.units());
        assertFalse(actor.everyUnit());
        assertTrue(actor.mayAccess("BOSTOD_NORR"));
        assertFalse(actor.mayAccess("BOSTOD_SODER"));
    }

    @Test
    void staffWithoutUnitRolesReachNoUnit() {
        Actor actor = Roles.actor("bo", Set.of(Roles.STAFF, "folja-unit-", "unit-BOSTOD_NORR", "viewer"));

        assertEquals(Set.of(), actor.units());
        assertFalse(actor.mayAccess("BOSTOD_NORR"));
    }

    @Test
    void administratorsAndStatisticiansReachEveryUnit() {
        assertTrue(Roles.actor("admin", Set.of(Roles.ADMIN)).mayAccess("BOSTOD_SODER"));
        assertTrue(Roles.actor("stat", Set.of(Roles.STATISTICIAN)).mayAccess("BOSTOD_SODER"));
    }

    @Test
    void theActorComesFromTheFiltersPrincipal() {
        Principal principal = new Roles.CallerPrincipal("anna", Set.of(Roles.STAFF, "folja-unit-BOSTOD_NORR"));
        SecurityContext security = new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };

        Actor actor = Roles.actor(security);

        assertEquals("anna", actor.userName());
        assertEquals(Set.of("BOSTOD_NORR"), actor.units());
        assertFalse(principal.toString().contains("anna"), "the login name stays out of toString");
    }
}
