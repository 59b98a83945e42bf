package se.folja.store.internal.ibic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMapping;
import se.folja.store.internal.StoreTestSupport;

/** What {@link JpaTermMappingStore} promises: versions stored whole, one after the other, readable forever. */
abstract class TermMappingStoreContract extends StoreTestSupport {

    private static final Instant T1 = Instant.parse("2026-03-02T08:00:00.123Z");
    private static final TermMapping STADNING = new TermMapping(TermKind.NEED_LABEL, "Städning", "d640", "D6", "rest");
    private static final TermMapping TRYGGHET = new TermMapping(TermKind.NEED_LABEL, "Otrygghet", null, "TRYGGHET",
            "config:se.folja.ibic.term~a");

    private JpaTermMappingStore store;

    @BeforeEach
    void createStore() {
        store = new JpaTermMappingStore(jpa(), null);
    }

    private static MappingVersionInfo info(long version, String term, int terms) {
        return new MappingVersionInfo(version, "2021.1", "PUT NEED_LABEL", term, "admin", T1, terms);
    }

    @Test
    void versionsFollowEachOtherAndEachCanBeReadBack() {
        assertEquals(Optional.empty(), store.current());
        MappingVersion first = store.append(info(1, "Städning", 1), List.of(STADNING));
        MappingVersion second = store.append(info(2, "Otrygghet", 2), List.of(TRYGGHET, STADNING));

        assertEquals(Optional.of(second.info()), store.current().map(MappingVersion::info));
        assertEquals(List.of(TRYGGHET, STADNING), store.current().orElseThrow().terms(), "by kind, then term");
        assertEquals(Optional.of(first), store.find(1));
        assertEquals(Optional.empty(), store.find(3));
        assertEquals(List.of(second.info(), first.info()), store.versions());
    }

    @Test
    void aVersionThatIsNotTheNextIsAConflictAndStoresNothing() {
        store.append(info(1, "Städning", 1), List.of(STADNING));
        assertThrows(ConflictException.class, () -> store.append(info(1, "Otrygghet", 1), List.of(TRYGGHET)));
        assertThrows(ConflictException.class, () -> store.append(info(3, "Otrygghet", 1), List.of(TRYGGHET)));
        assertEquals(1, store.versions().size());
        assertEquals(List.of(STADNING), store.current().orElseThrow().terms());
    }
}
