package se.folja.ibic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCodeEntry;

class CodeListReadersTest {

    @Test
    void csvWithAByteOrderMarkSemicolonsAndQuotesIsRead() {
        ParsedCodeList list = CsvCodeListReader.read(TestFiles.text(
                "\uFEFFCode;Title_SV;title_en\nD640;\"Hushåll; syntetiskt\";Household\n\nd6;Kapitel;\n"), "Egen", 100);
        assertEquals(List.of(new IcfCodeEntry("d640", "Hushåll; syntetiskt", "Household"),
                new IcfCodeEntry("d6", "Kapitel", null)), list.codes());
        assertEquals("Egen", list.name());
    }

    @Test
    void csvWithOnlyACodeColumnOrATitleColumnIsRead() {
        assertEquals(List.of(new IcfCodeEntry("b152", null, null)),
                CsvCodeListReader.read(TestFiles.text("code\nb152\n"), "x", 100).codes());
        assertEquals(List.of(new IcfCodeEntry("b152", "T", null)),
                CsvCodeListReader.read(TestFiles.text("code,title\nb152,T\n"), "x", 100).codes());
    }

    @Test
    void everyBadRowIsNamedByItsLine() {
        ValidationException e = assertThrows(ValidationException.class, () -> CsvCodeListReader.read(TestFiles.text(
                "code,title_sv\nd640,A\nd64,B\nd640,C\nx1,D\nd650," + "x".repeat(501) + "\n"), "x", 100));
        assertEquals(List.of("code (line 3)", "code (line 4)", "code (line 5)", "title_sv (line 6)"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("appears twice", e.errors().get(1).message());
    }

    @Test
    void aFileWithoutCodesOrWithoutACodeColumnOrNotUtf8IsRefused() {
        assertField("content", () -> CsvCodeListReader.read(TestFiles.text(""), "x", 100));
        assertField("content", () -> CsvCodeListReader.read(TestFiles.text("code,title_sv\n"), "x", 100));
        assertField("content", () -> CsvCodeListReader.read(TestFiles.text("kod,titel\nd6,a\n"), "x", 100));
        assertField("content", () -> CsvCodeListReader.read(new ByteArrayInputStream(
                new byte[] {'c', 'o', 'd', 'e', '\n', 'd', '6', (byte) 0xE5, '\n'}), "x", 100));
        assertField("content", () -> CsvCodeListReader.read(TestFiles.text("code,title_sv\nd6,\"open\n"), "x", 100));
        assertField("content", () -> CsvCodeListReader.read(TestFiles.text("code\nd1\nd2\nd3\n"), "x", 2));
    }

    @Test
    void aFhirCodeSystemWithNestedConceptsAndDesignationsIsRead() {
        ParsedCodeList list = FhirCodeListReader.read(TestFiles.text("""
                {"resourceType":"CodeSystem","name":"SynthICF","title":"Syntetisk ICF","version":"2017-t",
                 "language":"sv","concept":[
                  {"code":"d6","display":"Kapitel sex","concept":[
                    {"code":"d640","display":"Hushåll","designation":[{"language":"en","value":"Household"}],
                     "concept":[{"code":"d6400","display":"Tvätt"}]}]},
                  {"code":"e310","display":"Familj"}]}"""), "fallback", 100);
        assertEquals("Syntetisk ICF", list.name());
        assertEquals("2017-t", list.version());
        assertEquals(List.of(new IcfCodeEntry("d6", "Kapitel sex", null),
                new IcfCodeEntry("d640", "Hushåll", "Household"), new IcfCodeEntry("d6400", "Tvätt", null),
                new IcfCodeEntry("e310", "Familj", null)), list.codes());
    }

    @Test
    void anEnglishCodeSystemGivesEnglishDisplays() {
        ParsedCodeList list = FhirCodeListReader.read(TestFiles.text("""
                {"resourceType":"CodeSystem","language":"en-GB","concept":[{"code":"d6","display":"Six",
                 "designation":[{"language":"sv-SE","value":"Sex"}]}]}"""), "fallback", 100);
        assertEquals(List.of(new IcfCodeEntry("d6", "Sex", "Six")), list.codes());
        assertEquals("fallback", list.name());
        assertNull(list.version());
    }

    @Test
    void aBadFhirConceptIsNamedByItsPath() {
        ValidationException e = assertThrows(ValidationException.class, () -> FhirCodeListReader.read(
                TestFiles.text("""
                {"resourceType":"CodeSystem","concept":[{"code":"d6","concept":[{"code":"d6x"},{"code":"d6"}]}]}"""),
                "x", 100));
        assertEquals(List.of("concept[0].concept[0].code", "concept[0].concept[1].code"),
                e.errors().stream().map(FieldError::field).toList());
        assertField("resourceType", () -> FhirCodeListReader.read(TestFiles.text("{\"resourceType\":\"ValueSet\"}"),
                "x", 100));
        assertField("content", () -> FhirCodeListReader.read(TestFiles.text("{\"resourceType\":"), "x", 100));
        assertField("content", () -> FhirCodeListReader.read(TestFiles.text("[1]"), "x", 100));
        assertField("concept", () -> FhirCodeListReader.read(TestFiles.text(
                "{\"resourceType\":\"CodeSystem\",\"concept\":[]}"), "x", 100));
    }

    private static void assertField(String field, Runnable read) {
        ValidationException e = assertThrows(ValidationException.class, read::run);
        assertEquals(field, e.errors().get(0).field(), e.getMessage());
    }
}
