package se.folja.store.internal.ibic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.store.internal.StoreTestSupport;

/** What {@link JpaIcfCodeStore} promises: a load replaces every code at once, and every load is recorded. */
abstract class IcfCodeStoreContract extends StoreTestSupport {

    private static final Instant T1 = Instant.parse("2026-03-02T08:00:00.123Z");
    private static final Instant T2 = Instant.parse("2026-03-03T08:00:00.456Z");

    private JpaIcfCodeStore store;

    @BeforeEach
    void createStore() {
        store = new JpaIcfCodeStore(jpa(), null);
    }

    @Test
    void noListUntilOneIsLoaded() {
        assertEquals(Optional.empty(), store.current());
        assertEquals(List.of(), store.codes());
    }

    @Test
    void aLoadReplacesEveryCodeAndIsRecorded() {
        IcfCodeListInfo first = store.replace("Syntetisk", "1", List.of(new IcfCodeEntry("d640", "Hushåll", "Home"),
                new IcfCodeEntry("d6", "Kapitel", null)), "admin", T1);
        assertEquals(new IcfCodeListInfo(first.id(), "Syntetisk", "1", 2, "admin", T1), first);
        assertEquals(List.of(new IcfCodeEntry("d6", "Kapitel", null), new IcfCodeEntry("d640", "Hushåll", "Home")),
                store.codes());

        List<IcfCodeEntry> many = new java.util.ArrayList<>();
        for (int i = 100; i < 1300; i++) {
            many.add(new IcfCodeEntry("b" + i, "T" + i, null));
        }
        IcfCodeListInfo second = store.replace("Större", null, many, "admin2", T2);
        assertEquals(Optional.of(second), store.current());
        assertEquals(1200, store.codes().size());
        assertEquals(new IcfCodeEntry("b100", "T100", null), store.codes().get(0));
        assertEquals(first.id() + 1, second.id());
    }

    @Test
    void aFailedLoadLeavesThePreviousListWhole() {
        store.replace("Första", null, List.of(new IcfCodeEntry("d640", "Hushåll", null)), "admin", T1);
        assertThrows(RuntimeException.class, () -> store.replace("Trasig", null,
                List.of(new IcfCodeEntry("d650", "a", null), new IcfCodeEntry("d650", "b", null)), "admin", T2));
        assertEquals("Första", store.current().orElseThrow().name());
        assertEquals(List.of(new IcfCodeEntry("d640", "Hushåll", null)), store.codes());
    }
}
