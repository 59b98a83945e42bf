package se.folja.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.ibic.AreaKind;
import se.folja.api.ibic.IcfCode;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfMapping;
import se.folja.api.ibic.LifeArea;
import se.folja.api.ibic.MapOutcome;

class CommandsTest {

    @Test
    void theMapTableShowsEachCodesAreaOrItsError() {
        LifeArea hemliv = new LifeArea("D6", AreaKind.LIFE_AREA, "Hemliv", "Domestic life", List.of("d6"));
        List<MapOutcome> outcomes = List.of(
                new MapOutcome("D640", new IcfMapping(IcfCode.parse("d640"), hemliv, "2021.1", "Hushåll", null, true),
                        null),
                new MapOutcome("x1", null, "must start with an ICF component letter: b, s, d or e"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IbicMapCommand.table(outcomes, "2021.1").print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("d640"), text);
        assertTrue(text.contains("Hemliv / Domestic life"), text);
        assertTrue(text.contains("Hushåll"), text);
        assertTrue(text.contains("x1") && text.contains("must start with"), text);
        assertTrue(text.contains("(2021.1)"), text);
    }

    @Test
    void theFormatFollowsTheOptionOrTheExtension() {
        assertEquals(IcfCodeListFormat.CSV, IcfLoadCommand.format(null, Path.of("/tmp/icf.CSV")));
        assertEquals(IcfCodeListFormat.FHIR_JSON, IcfLoadCommand.format(null, Path.of("icf-codesystem.json")));
        assertEquals(IcfCodeListFormat.FHIR_JSON, IcfLoadCommand.format("fhir", Path.of("icf.txt")));
        assertEquals(IcfCodeListFormat.CSV, IcfLoadCommand.format("csv", Path.of("icf.json")));
        assertNull(IcfLoadCommand.format(null, Path.of("icf.txt")));
    }
}
