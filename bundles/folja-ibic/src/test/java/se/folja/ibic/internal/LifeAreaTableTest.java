package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.IcfCode;
import se.folja.api.ibic.IcfCodeEntry;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.LifeAreaSet;

/** The shipped table, against domain.md's table of IBIC life areas and against every code of the test list. */
class LifeAreaTableTest {

    private final LifeAreaSet current = ShippedLifeAreas.load().current();

    /** domain.md, "IBIC life areas": the nine areas are ICF's chapters d1–d9; b, s and e are related factors. */
    @ParameterizedTest
    @CsvSource({
            "d1, D1, Lärande och att tillämpa kunskap",
            "d2, D2, Allmänna uppgifter och krav",
            "d3, D3, Kommunikation",
            "d4, D4, Förflyttning",
            "d5, D5, Personlig vård",
            "d6, D6, Hemliv",
            "d7, D7, Mellanmänskliga interaktioner och relationer",
            "d8, D8, 'Utbildning, arbete, sysselsättning och ekonomiskt liv'",
            "d9, D9, 'Samhällsgemenskap, socialt och medborgerligt liv'",
            "b1, BODY_FUNCTIONS, Kroppsfunktioner",
            "b8, BODY_FUNCTIONS, Kroppsfunktioner",
            "s1, BODY_STRUCTURES, Kroppsstrukturer",
            "s8, BODY_STRUCTURES, Kroppsstrukturer",
            "e1, ENVIRONMENTAL_FACTORS, Omgivningsfaktorer",
            "e5, ENVIRONMENTAL_FACTORS, Omgivningsfaktorer"})
    void everyChapterMapsAsDomainSays(String chapter, String area, String labelSv) {
        LifeArea mapped = current.areaOf(IcfCode.parse(chapter));
        assertEquals(area, mapped.code());
        assertEquals(labelSv, mapped.labelSv());
    }

    @Test
    void everyCodeOfTheTestListMapsToExactlyOneAreaAndToItsChaptersArea() {
        List<IcfCodeEntry> codes = CsvCodeListReader.read(TestFiles.synthetic(), "test", 20000).codes();
        assertTrue(codes.size() > 300, "the synthetic list has every chapter and categories on every level");
        Map<Integer, Integer> levels = new HashMap<>();
        for (IcfCodeEntry entry : codes) {
            IcfCode code = IcfCode.parse(entry.code());
            levels.merge(code.level(), 1, Integer::sum);
            List<LifeArea> covering = current.areas().stream()
                    .filter(a -> a.icf().stream().anyMatch(code.code()::startsWith)).toList();
            assertEquals(1, covering.size(), code + " is covered by " + covering);
            assertEquals(current.areaOf(IcfCode.parse(code.chapterCode())), current.areaOf(code), code.code());
            String expected = switch (code.component()) {
                case ACTIVITIES_AND_PARTICIPATION -> "D" + code.chapter();
                case BODY_FUNCTIONS -> "BODY_FUNCTIONS";
                case BODY_STRUCTURES -> "BODY_STRUCTURES";
                case ENVIRONMENTAL_FACTORS -> "ENVIRONMENTAL_FACTORS";
            };
            assertEquals(expected, current.areaOf(code).code(), code.code());
        }
        assertEquals(30, levels.get(1), "every chapter of ICF: b1-8, s1-8, d1-9, e1-5");
        assertTrue(levels.get(2) > 0 && levels.get(3) > 0 && levels.get(4) > 0, levels.toString());
    }

    @Test
    void theSetHasNineLifeAreasIbicsTwoOwnAndThreeRelatedFactorGroups() {
        Map<AreaKind, List<String>> byKind = current.areas().stream().collect(Collectors.groupingBy(LifeArea::kind,
                Collectors.mapping(LifeArea::code, Collectors.toList())));
        assertEquals(List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"), byKind.get(AreaKind.LIFE_AREA));
        assertEquals(List.of("TRYGGHET", "NARSTAENDESTOD"), byKind.get(AreaKind.IBIC_AREA));
        assertEquals(List.of("BODY_FUNCTIONS", "BODY_STRUCTURES", "ENVIRONMENTAL_FACTORS"),
                byKind.get(AreaKind.RELATED_FACTORS));
        assertEquals("Känsla av trygghet", current.area("TRYGGHET").orElseThrow().labelSv());
        assertEquals("2021.1", current.version());
    }

    @Test
    void aLongerPrefixInALaterVersionMovesACategoryAndOnlyIt() throws IOException {
        LifeAreaSet set = ShippedLifeAreas.read(TestFiles.text(json("""
                {"code":"D5","kind":"LIFE_AREA","labelSv":"a","labelEn":"a","icf":["d5"]},
                {"code":"D6","kind":"LIFE_AREA","labelSv":"b","labelEn":"b","icf":["d6", "d570"]},
                {"code":"REST","kind":"RELATED_FACTORS","labelSv":"c","labelEn":"c","icf":["b","s","e","d1","d2","d3",
                 "d4","d7","d8","d9"]}"""))).current();
        assertEquals("D6", set.areaOf(IcfCode.parse("d5702")).code());
        assertEquals("D5", set.areaOf(IcfCode.parse("d560")).code());
    }

    @Test
    void aTableThatLeavesAChapterUncoveredIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ShippedLifeAreas.read(
                TestFiles.text(json("""
                {"code":"D","kind":"LIFE_AREA","labelSv":"a","labelEn":"a","icf":["d1","d2","d3","d4","d5","d6","d7",
                 "d8"]},
                {"code":"R","kind":"RELATED_FACTORS","labelSv":"c","labelEn":"c","icf":["b","s","e"]}"""))));
        assertTrue(e.getMessage().contains("d9"), e.getMessage());
    }

    @Test
    void aPrefixInTwoAreasOrAMalformedPrefixIsRefused() {
        assertThrows(IllegalStateException.class, () -> ShippedLifeAreas.read(TestFiles.text(json("""
                {"code":"A","kind":"LIFE_AREA","labelSv":"a","labelEn":"a","icf":["d","b","s","e"]},
                {"code":"B","kind":"LIFE_AREA","labelSv":"a","labelEn":"a","icf":["d6"]},
                {"code":"C","kind":"LIFE_AREA","labelSv":"a","labelEn":"a","icf":["d6"]}"""))));
        assertThrows(IllegalStateException.class, () -> ShippedLifeAreas.read(TestFiles.text(json("""
                {"code":"A","kind":"LIFE_AREA","labelSv":"a","labelEn":"a","icf":["d","b","s","e","x6"]}"""))));
        assertThrows(IllegalStateException.class, () -> ShippedLifeAreas.read(TestFiles.text(json("""
                {"code":"A","kind":"IBIC_AREA","labelSv":"a","labelEn":"a","icf":["d","b","s","e"]}"""))));
    }

    private static String json(String areas) {
        return "{\"versions\":[{\"version\":\"t\",\"source\":\"test\",\"areas\":[" + areas + "]}]}";
    }
}
