package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.api.ibic.IcfMapping;
import se.folja.api.ibic.MapOutcome;

class TableLifeAreaMapperTest {

    private final MemoryIcfCodeStore store = new MemoryIcfCodeStore();
    private final CodeListService lists = new CodeListService(store, TestFiles.config(30, 20000),
            Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC));
    private final TableLifeAreaMapper mapper = new TableLifeAreaMapper(ShippedLifeAreas.load(), lists);

    @Test
    void withoutACodeListAnyStructurallyValidCodeMapsWithoutTitles() {
        IcfMapping mapping = mapper.map("icf", "D6409");
        assertEquals("d6409", mapping.code().code());
        assertEquals("D6", mapping.area().code());
        assertEquals("Hemliv", mapping.area().labelSv());
        assertEquals("2021.1", mapping.lifeAreasVersion());
        assertNull(mapping.listed());
        assertNull(mapping.titleSv());
    }

    @Test
    void aStructurallyBadCodeIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> mapper.map("icf", "d64"));
        assertEquals("icf", e.errors().get(0).field());
    }

    @Test
    void onceAListIsLoadedCodesMustExistAndCarryTheirTitles() {
        IcfCodeListInfo info = lists.load(IcfCodeListFormat.CSV, TestFiles.synthetic(), "Syntetisk",
                new Actor("admin"));
        assertEquals(395, info.codes());
        assertEquals("admin", info.loadedBy());
        IcfMapping mapping = mapper.map("icf", "d640");
        assertEquals("Syntetisk kategori d640", mapping.titleSv());
        assertEquals("Synthetic category d640", mapping.titleEn());
        assertEquals(Boolean.TRUE, mapping.listed());
        ValidationException e = assertThrows(ValidationException.class, () -> mapper.map("needs[0].icf", "d6409"));
        assertEquals("needs[0].icf", e.errors().get(0).field());
        assertEquals(TableLifeAreaMapper.NOT_LISTED, e.errors().get(0).message());
    }

    @Test
    void aBatchMapsEveryCodeAndNamesTheBadOnesWithoutStopping() {
        lists.load(IcfCodeListFormat.CSV, TestFiles.text("code,title_sv\nd640,Hushåll\nb152,Känslor\n"), null,
                new Actor("admin"));
        List<MapOutcome> outcomes = mapper.mapAll(List.of("d640", "x1", "B152", "d650"));
        assertEquals(List.of("d640", "x1", "B152", "d650"), outcomes.stream().map(MapOutcome::input).toList());
        assertEquals("D6", outcomes.get(0).mapping().area().code());
        assertNull(outcomes.get(1).mapping());
        assertTrue(outcomes.get(1).error().startsWith("must start with"));
        assertEquals("BODY_FUNCTIONS", outcomes.get(2).mapping().area().code());
        assertEquals(TableLifeAreaMapper.NOT_LISTED, outcomes.get(3).error());
    }

    @Test
    void aFailedLoadKeepsThePreviousList() {
        lists.load(IcfCodeListFormat.CSV, TestFiles.text("code\nd640\n"), null, new Actor("admin"));
        assertThrows(ValidationException.class, () -> lists.load(IcfCodeListFormat.CSV,
                TestFiles.text("code\nd650\nd65\n"), null, new Actor("admin")));
        assertEquals(1, lists.current().orElseThrow().codes());
        assertEquals("D6", mapper.map("icf", "d640").area().code());
    }

    @Test
    void theCodeListIsReadFromTheStoreOncePerCacheAge() {
        lists.load(IcfCodeListFormat.CSV, TestFiles.text("code\nd640\n"), null, new Actor("admin"));
        int before = store.reads;
        mapper.mapAll(List.of("d640", "d640", "d640"));
        mapper.map("icf", "d640");
        assertEquals(1, store.reads - before);
    }

    @Test
    void versionsCanBeReadBackAndAnUnknownOneIsNotFound() {
        assertEquals(List.of("2021.1"), mapper.versions());
        assertEquals(mapper.lifeAreas(), mapper.lifeAreas("2021.1"));
        assertThrows(NotFoundException.class, () -> mapper.lifeAreas("1999"));
    }
}
