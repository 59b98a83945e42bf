package se.folja.reasons.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.interventions.InterventionType;
import se.folja.api.store.InterventionTypeStore;

class CatalogueInterventionTypeServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00.123456Z");
    private static final Actor ADMIN = new Actor("admin");

    private final Store store = new Store();
    private CatalogueInterventionTypeService types;

    @BeforeEach
    void seeded() {
        types = new CatalogueInterventionTypeService(store, Clock.fixed(NOW, ZoneOffset.UTC));
        store.insert(new InterventionType("BOENDESTOD", "Boendestöd", "Housing support", true, 1, "system", NOW));
        store.insert(new InterventionType("BEHANDLING", "Behandling", "Treatment", true, 1, "system", NOW));
        store.writes = 0;
    }

    @Test
    void anAdministratorAddsATypeWhoAndWhenAreKept() {
        InterventionType created = types.create("HEMTJANST_SOCIAL_SAMVARO", " Hemtjänst, social samvaro ",
                "Home care, social company", ADMIN);
        assertEquals("Hemtjänst, social samvaro", created.labelSv());
        assertEquals(1, created.version());
        assertEquals("admin", created.changedBy());
        assertEquals(Instant.parse("2026-11-23T10:00:00.123Z"), created.changedAt());
        assertEquals(List.of("BEHANDLING", "BOENDESTOD", "HEMTJANST_SOCIAL_SAMVARO"),
                types.activeTypes().stream().map(InterventionType::code).toList());
    }

    @Test
    void invalidFieldsAreAllNamedAndNothingIsStored() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> types.create("boendestöd", "", "Two\nlines", ADMIN));
        assertEquals(List.of("code", "labelSv", "labelEn"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, store.writes);
        assertEquals(List.of("body"), assertThrows(ValidationException.class,
                () -> types.relabel("BOENDESTOD", 1, null, null, ADMIN)).errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aRetiredTypeLeavesTheChoiceButStaysReadable() {
        InterventionType retired = types.setActive("BEHANDLING", 1, false, ADMIN);
        assertFalse(retired.active());
        assertEquals(2, retired.version());
        assertEquals(List.of("BOENDESTOD"), types.activeTypes().stream().map(InterventionType::code).toList());
        assertEquals("Behandling", types.type("BEHANDLING").labelSv());
        assertEquals(retired, types.setActive("BEHANDLING", 2, false, ADMIN), "retiring twice changes nothing");
        assertEquals(3, types.setActive("BEHANDLING", 2, true, ADMIN).version());
    }

    @Test
    void aRelabellingNeedsTheCurrentVersion() {
        assertEquals("Boendestöd (socialpsykiatri)",
                types.relabel("BOENDESTOD", 1, "Boendestöd (socialpsykiatri)", null, ADMIN).labelSv());
        assertThrows(ConflictException.class, () -> types.relabel("BOENDESTOD", 1, "Boendestöd", null, ADMIN));
        assertThrows(ConflictException.class, () -> types.create("BOENDESTOD", "Dubblett", "Duplicate", ADMIN));
        assertThrows(NotFoundException.class, () -> types.relabel("OKAND", 1, "x", null, ADMIN));
        assertThrows(NotFoundException.class, () -> types.type("OKAND"));
    }

    /** The store contract in memory. */
    private static final class Store implements InterventionTypeStore {
        private final Map<String, InterventionType> types = new LinkedHashMap<>();
        int writes;

        @Override
        public List<InterventionType> findAll() {
            List<InterventionType> all = new ArrayList<>(types.values());
            all.sort(Comparator.comparing(InterventionType::labelSv).thenComparing(InterventionType::code));
            return all;
        }

        @Override
        public Optional<InterventionType> find(String code) {
            return Optional.ofNullable(types.get(code));
        }

        @Override
        public InterventionType insert(InterventionType type) {
            if (types.containsKey(type.code())) {
                throw new ConflictException("exists");
            }
            InterventionType stored = new InterventionType(type.code(), type.labelSv(), type.labelEn(), type.active(),
                    1, type.changedBy(), type.changedAt());
            types.put(type.code(), stored);
            writes++;
            return stored;
        }

        @Override
        public InterventionType update(InterventionType type, long expectedVersion) {
            InterventionType current = types.get(type.code());
            if (current == null) {
                throw new NotFoundException("intervention type", type.code());
            }
            if (current.version() != expectedVersion) {
                throw new ConflictException("stale");
            }
            InterventionType stored = new InterventionType(type.code(), type.labelSv(), type.labelEn(), type.active(),
                    current.version() + 1, type.changedBy(), type.changedAt());
            types.put(type.code(), stored);
            writes++;
            return stored;
        }
    }
}
