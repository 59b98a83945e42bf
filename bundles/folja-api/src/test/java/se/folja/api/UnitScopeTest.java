package se.folja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UnitScopeTest {

    private static final Actor STAFF = new Actor("staff", Set.of("BS1", "BS2"), false);
    private static final Actor STATISTICIAN = new Actor("stats", Set.of(), true);
    private static final Actor NOBODY = new Actor("admin");

    @Test
    void aUserWhoNamesNoUnitReachesTheirOwnEveryUnitOrNone() {
        assertEquals(new UnitScope.Units(Set.of("BS1", "BS2")), STAFF.unitScope(Set.of()));
        assertEquals(UnitScope.EVERY, STATISTICIAN.unitScope(null));
        assertEquals(UnitScope.NONE, NOBODY.unitScope(Set.of()));
        assertTrue(NOBODY.unitScope(Set.of()).reachesNone());
        assertFalse(UnitScope.EVERY.reachesNone());
    }

    @Test
    void namedUnitsMustBeReachable() {
        assertEquals(new UnitScope.Units(Set.of("BS1")), STAFF.unitScope(Set.of("BS1")));
        assertEquals(new UnitScope.Units(Set.of("X")), STATISTICIAN.unitScope(Set.of("X")));
        assertThrows(ForbiddenException.class, () -> STAFF.unitScope(Set.of("BS3")));
    }

    @Test
    void onlyMembersReadAMembersView() {
        assertEquals(new UnitScope.Units(Set.of("BS2")), STAFF.memberScope(Set.of("BS2")));
        assertEquals(UnitScope.NONE, NOBODY.memberScope(Set.of()));
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> STATISTICIAN.memberScope(Set.of()));
        assertEquals(Actor.MEMBERS_ONLY, e.getMessage());
        assertThrows(ForbiddenException.class, () -> STATISTICIAN.memberScope(Set.of("BS1")));
    }

    @Test
    void exactCountsOnlyForMembersOfEveryUnitInScope() {
        assertTrue(STAFF.memberOfAll(STAFF.unitScope(Set.of())));
        assertFalse(STATISTICIAN.memberOfAll(UnitScope.EVERY));
        assertFalse(STATISTICIAN.memberOfAll(STATISTICIAN.unitScope(Set.of("BS1"))));
        assertFalse(NOBODY.memberOfAll(UnitScope.NONE));
    }

    @Test
    void aScopeSaysWhichUnitsItIncludes() {
        assertTrue(UnitScope.EVERY.includes("BS9"));
        assertFalse(UnitScope.NONE.includes("BS1"));
        assertTrue(UnitScope.of(Set.of("BS1")).includes("BS1"));
        assertFalse(UnitScope.of(Set.of("BS1")).includes("BS2"));
        assertThrows(IllegalArgumentException.class, () -> new UnitScope.Units(Set.of()));
    }
}
