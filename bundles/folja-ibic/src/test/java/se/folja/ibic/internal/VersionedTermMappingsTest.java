package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.MappingVersionInfo;
import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMapping;
import se.folja.api.ibic.TermMappings;
import se.folja.store.spi.TermMappingStore;

class VersionedTermMappingsTest {

    static final Actor ADMIN = new Actor("admin");

    private final Fakes.TermStore store = new Fakes.TermStore();
    private final CodeListService codeLists = new CodeListService(new MemoryIcfCodeStore(), TestFiles.config(0, 100),
            Clock.fixed(Fakes.T0, ZoneOffset.UTC));
    private final VersionedTermMappings mappings = new VersionedTermMappings(store,
            new TableLifeAreaMapper(ShippedLifeAreas.load(), codeLists), new Fakes.Lists(), TestFiles.config(30, 100),
            Clock.fixed(Fakes.T0, ZoneOffset.UTC));

    @Test
    void beforeAnyChangeTheMappingIsVersionZeroAndEmpty() {
        assertEquals(0, mappings.current().info().version());
        assertEquals(List.of(), mappings.current().terms());
        assertEquals(mappings.current(), mappings.version(0));
        assertThrows(NotFoundException.class, () -> mappings.version(1));
    }

    @Test
    void everyChangeMakesAVersionAndEveryVersionCanBeReadBack() {
        MappingVersion v1 = mappings.put(TermKind.NEED_LABEL, " Städning ", "D640", null, null, TermMappings.REST,
                ADMIN);
        assertEquals(1, v1.info().version());
        assertEquals(List.of(new TermMapping(TermKind.NEED_LABEL, "Städning", "d640", "D6", "rest")), v1.terms());
        assertEquals("admin", v1.info().changedBy());
        assertEquals("PUT NEED_LABEL", v1.info().change());

        assertEquals(v1, mappings.put(TermKind.NEED_LABEL, "Städning", "d640", null, 1L, TermMappings.REST, ADMIN),
                "the same mapping again is no change");
        MappingVersion v2 = mappings.put(TermKind.NEED_LABEL, "Otrygghet", null, "TRYGGHET", 1L, TermMappings.REST,
                ADMIN);
        MappingVersion v3 = mappings.put(TermKind.INTERVENTION_TYPE, "BOENDESTOD", "d6", null, null,
                TermMappings.REST, ADMIN);
        MappingVersion v4 = mappings.remove(TermKind.NEED_LABEL, "Städning", 3L, ADMIN);
        assertEquals(4, v4.info().version());
        assertEquals(List.of("BOENDESTOD", "Otrygghet"), v4.terms().stream().map(TermMapping::term).toList());
        assertEquals(v1, mappings.version(1));
        assertEquals(v2.terms(), mappings.version(2).terms());
        assertEquals(3, v3.terms().size());
        assertEquals(List.of(4L, 3L, 2L, 1L), mappings.versions().stream().map(i -> i.version()).toList());
        assertEquals(Optional.empty(), mappings.resolve(TermKind.NEED_LABEL, "Städning"));
        assertEquals("TRYGGHET", mappings.resolve(TermKind.NEED_LABEL, "Otrygghet").orElseThrow().lifeArea());
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsAConflict() {
        mappings.put(TermKind.NEED_LABEL, "Städning", "d640", null, null, TermMappings.REST, ADMIN);
        assertThrows(ConflictException.class, () -> mappings.put(TermKind.NEED_LABEL, "Tvätt", "d6400", null, 0L,
                TermMappings.REST, ADMIN));
        assertThrows(ConflictException.class, () -> mappings.remove(TermKind.NEED_LABEL, "Städning", 0L, ADMIN));
        assertThrows(NotFoundException.class, () -> mappings.remove(TermKind.NEED_LABEL, "Tvätt", null, ADMIN));
        assertEquals(1, store.versions.size());
    }

    @Test
    void badMappingsAreRefusedNamingTheField() {
        assertEquals(List.of("term", "icf"), fields(() -> mappings.put(TermKind.NEED_LABEL, " ", null, null, null,
                TermMappings.REST, ADMIN)));
        assertEquals(List.of("lifeArea"), fields(() -> mappings.put(TermKind.NEED_LABEL, "A", "d640", "D6", null,
                TermMappings.REST, ADMIN)));
        assertEquals(List.of("icf"), fields(() -> mappings.put(TermKind.NEED_LABEL, "A", "d64", null, null,
                TermMappings.REST, ADMIN)));
        assertEquals(List.of("lifeArea"), fields(() -> mappings.put(TermKind.NEED_LABEL, "A", null,
                "BODY_FUNCTIONS", null, TermMappings.REST, ADMIN)));
        assertEquals(List.of("lifeArea"), fields(() -> mappings.put(TermKind.NEED_LABEL, "A", null, "D10", null,
                TermMappings.REST, ADMIN)));
        assertEquals(List.of("term"), fields(() -> mappings.put(TermKind.INTERVENTION_TYPE, "OKAND", "d6", null,
                null, TermMappings.REST, ADMIN)));
        assertEquals(List.of("term"), fields(() -> mappings.put(TermKind.NEED_LABEL, "x".repeat(101), "d6", null,
                null, TermMappings.REST, ADMIN)));
        assertEquals(List.of("kind"), fields(() -> mappings.put(null, "A", "d6", null, null, TermMappings.REST,
                ADMIN)));
        assertTrue(store.versions.isEmpty());
    }

    @Test
    void aConfigurationOwnsOneTermAndItsDeletionRemovesIt() {
        String source = "config:se.folja.ibic.term~stadning";
        mappings.put(TermKind.NEED_LABEL, "Städning", "d640", null, null, source, new Actor(source));
        mappings.put(TermKind.NEED_LABEL, "Tvätt", "d6400", null, null, TermMappings.REST, ADMIN);
        MappingVersion renamed = mappings.put(TermKind.NEED_LABEL, "Städa", "d640", null, null, source,
                new Actor(source));
        assertEquals(List.of("Städa", "Tvätt"), renamed.terms().stream().map(TermMapping::term).toList(),
                "the configuration's earlier term goes when it names another");
        assertEquals(source, renamed.info().changedBy());
        mappings.removeSource(source, new Actor(source));
        assertEquals(List.of("Tvätt"), mappings.current().terms().stream().map(TermMapping::term).toList());
        mappings.removeSource(source, new Actor(source));
        assertEquals(4, store.versions.size(), "removing nothing makes no version");
    }

    @Test
    void aReadThatAChangeOnThisNodeOvertookIsNeverKept() {
        OvertakenStore overtaken = new OvertakenStore(store);
        VersionedTermMappings cached = new VersionedTermMappings(overtaken,
                new TableLifeAreaMapper(ShippedLifeAreas.load(), codeLists), new Fakes.Lists(),
                TestFiles.config(30, 100), Clock.fixed(Fakes.T0, ZoneOffset.UTC));
        // the read starts before the change and ends after it
        overtaken.afterNextRead = () -> cached.put(TermKind.NEED_LABEL, "Städning", "d640", null, null,
                TermMappings.REST, ADMIN);

        assertEquals(0, cached.current().info().version(), "what was read, given once");

        assertEquals(1, cached.current().info().version(), "the change is seen at once");
        assertEquals("D6", cached.resolve(TermKind.NEED_LABEL, "Städning").orElseThrow().lifeArea());
    }

    @Test
    void aChangeOnAnotherNodeIsSeenWithinTheCacheAge() {
        MovingClock clock = new MovingClock();
        VersionedTermMappings node = node(clock);
        VersionedTermMappings otherNode = node(clock);
        assertEquals(0, otherNode.current().info().version(), "the other node keeps version 0 from now");

        node.put(TermKind.NEED_LABEL, "Städning", "d640", null, null, TermMappings.REST, ADMIN);
        assertEquals(1, node.current().info().version(), "this node sees its change at once");
        clock.advance(Duration.ofSeconds(30).minusMillis(1));
        assertEquals(0, otherNode.current().info().version(), "the other node may keep its read for the age");
        clock.advance(Duration.ofMillis(1));
        assertEquals(1, otherNode.current().info().version(), "and no longer");
        assertTrue(otherNode.resolve(TermKind.NEED_LABEL, "Städning").isPresent());
    }

    private VersionedTermMappings node(Clock clock) {
        return new VersionedTermMappings(store, new TableLifeAreaMapper(ShippedLifeAreas.load(), codeLists),
                new Fakes.Lists(), TestFiles.config(30, 100), clock);
    }

    /** The store, with a hook that runs once just after the next read of the current version. */
    private static final class OvertakenStore implements TermMappingStore {
        private final TermMappingStore store;
        Runnable afterNextRead;

        OvertakenStore(TermMappingStore store) {
            this.store = store;
        }

        @Override
        public Optional<MappingVersion> current() {
            Optional<MappingVersion> read = store.current();
            Runnable after = afterNextRead;
            afterNextRead = null;
            if (after != null) {
                after.run();
            }
            return read;
        }

        @Override
        public Optional<MappingVersion> find(long version) {
            return store.find(version);
        }

        @Override
        public List<MappingVersionInfo> versions() {
            return store.versions();
        }

        @Override
        public MappingVersion append(MappingVersionInfo info, List<TermMapping> terms) {
            return store.append(info, terms);
        }
    }

    static List<String> fields(Runnable change) {
        return assertThrows(ValidationException.class, change::run).errors().stream().map(FieldError::field)
                .toList();
    }
}
