package se.folja.api.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BrowserSessionTest {

    @Test
    void neitherTheUserNorTheTokenIsPrinted() {
        BrowserSession session = new BrowserSession("anna.andersson", Set.of("folja-staff"), "secret-token");

        String printed = session.toString();

        assertFalse(printed.contains("anna"), printed);
        assertFalse(printed.contains("secret-token"), printed);
        assertTrue(printed.contains("folja-staff"), printed);
    }

    @Test
    void theRolesAreTheOnesGrantedAtLoginWhateverHappensToTheSetLater() {
        Set<String> roles = new HashSet<>(Set.of("folja-staff"));
        BrowserSession session = new BrowserSession("staff", roles, "t");

        roles.add("folja-admin");

        assertTrue(session.hasRole("folja-staff"));
        assertFalse(session.hasRole("folja-admin"));
        assertEquals(Set.of("folja-staff"), session.roles());
    }

    @Test
    void everyPartIsRequired() {
        assertThrows(NullPointerException.class, () -> new BrowserSession(null, Set.of(), "t"));
        assertThrows(NullPointerException.class, () -> new BrowserSession("staff", null, "t"));
        assertThrows(NullPointerException.class, () -> new BrowserSession("staff", Set.of(), null));
    }
}
