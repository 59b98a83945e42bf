package se.folja.web.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import se.folja.api.session.BrowserSession;
import se.folja.api.session.BrowserSessions;

/** Browser sessions for the tests: one per cookie value given; every lookup is recorded. */
final class FakeSessions implements BrowserSessions {

    static final String STAFF = "staff-cookie";
    static final String ADMIN = "admin-cookie";
    static final String STATISTICIAN = "statistician-cookie";
    static final String BOTH = "staff-and-admin-cookie";
    static final String NOBODY = "no-folja-role-cookie";

    final Map<String, BrowserSession> sessions = new HashMap<>();
    final List<String> lookedUp = new CopyOnWriteArrayList<>();

    /**
     * The demo's people: staff, admin, statistician, someone with both staff and admin, and someone the realm knows
     * with no Följa role.
     */
    static FakeSessions demo() {
        FakeSessions fake = new FakeSessions();
        fake.sessions.put(STAFF, new BrowserSession("staff", Set.of("folja-staff", "folja-unit-BOSTOD_NORR"),
                "staff-csrf"));
        fake.sessions.put(ADMIN, new BrowserSession("admin", Set.of("folja-admin"), "admin-csrf"));
        fake.sessions.put(STATISTICIAN, new BrowserSession("statistician", Set.of("folja-statistician"),
                "statistician-csrf"));
        fake.sessions.put(BOTH, new BrowserSession("both", Set.of("folja-staff", "folja-admin"), "both-csrf"));
        fake.sessions.put(NOBODY, new BrowserSession("viewer", Set.of("viewer", "folja-unit-BOSTOD_NORR"),
                "viewer-csrf"));
        return fake;
    }

    @Override
    public Optional<BrowserSession> find(String cookieValue) {
        lookedUp.add(String.valueOf(cookieValue));
        return Optional.ofNullable(sessions.get(cookieValue));
    }
}
