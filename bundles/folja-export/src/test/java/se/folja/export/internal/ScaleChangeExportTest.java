package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.folja.api.export.ScaleChangeLine;

/** The scale-change table's suppression: the outcomes as a table with every total, recovered as a part of improved. */
class ScaleChangeExportTest {

    /** improved, no change, deteriorated, not classified, recovered */
    private static long[] c(long... counts) {
        return counts;
    }

    private static List<String> show(List<ScaleChangeLine> lines) {
        return lines.stream().map(l -> l.group() + " " + l.outcome() + " " + (l.enrolments() == null ? "-"
                : l.enrolments()) + "/" + (l.of() == null ? "-" : l.of()) + (l.percent() == null ? ""
                        : " " + l.percent().toPlainString() + " %")).toList();
    }

    @Test
    void withoutGroupsTheOutcomesAreAListWithItsTotal() {
        assertEquals(List.of("TOTAL RELIABLY_IMPROVED 20/50 40.0 %", "TOTAL NO_RELIABLE_CHANGE 20/50 40.0 %",
                "TOTAL RELIABLY_DETERIORATED 10/50 20.0 %", "TOTAL NOT_CLASSIFIED 0/50 0.0 %",
                "TOTAL RECOVERED 12/50 24.0 %"), show(ScaleChangeExport.lines(c(20, 20, 10, 0, 12), 5)));
        // 3 deteriorated: hidden, with the smallest other that counts someone
        assertEquals(List.of("TOTAL RELIABLY_IMPROVED 20/33 60.6 %", "TOTAL NO_RELIABLE_CHANGE -/33",
                "TOTAL RELIABLY_DETERIORATED -/33", "TOTAL NOT_CLASSIFIED 0/33 0.0 %",
                "TOTAL RECOVERED 12/33 36.4 %"), show(ScaleChangeExport.lines(c(20, 10, 3, 0, 12), 5)));
    }

    @Test
    void recoveredIsHiddenWhenItOrTheImprovedWhoDidNotRecoverAreFew() {
        assertEquals("TOTAL RECOVERED -/50", show(ScaleChangeExport.lines(c(20, 20, 10, 0, 4), 5)).get(4));
        assertEquals("TOTAL RECOVERED -/50", show(ScaleChangeExport.lines(c(20, 20, 10, 0, 17), 5)).get(4),
                "3 improved did not recover");
        assertEquals("TOTAL RECOVERED 20/50 40.0 %", show(ScaleChangeExport.lines(c(20, 20, 10, 0, 20), 5)).get(4));
        assertEquals("TOTAL RECOVERED -/7", show(ScaleChangeExport.lines(c(3, 4, 0, 0, 3), 5)).get(4),
                "the improved are hidden");
    }

    @Test
    void perGroupTheOutcomesAreATableAndRecoveredIsComplementedAcrossTheGroups() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        counts.put("0-17", c(10, 10, 5, 0, 2));
        counts.put("18-", c(30, 20, 10, 0, 20));
        List<String> lines = show(ScaleChangeExport.lines(counts, 5));
        assertEquals(List.of("0-17 RELIABLY_IMPROVED 10/25 40.0 %", "0-17 NO_RELIABLE_CHANGE 10/25 40.0 %",
                "0-17 RELIABLY_DETERIORATED 5/25 20.0 %", "0-17 NOT_CLASSIFIED 0/25 0.0 %",
                "0-17 RECOVERED -/25",
                "18- RELIABLY_IMPROVED 30/60 50.0 %", "18- NO_RELIABLE_CHANGE 20/60 33.3 %",
                "18- RELIABLY_DETERIORATED 10/60 16.7 %", "18- NOT_CLASSIFIED 0/60 0.0 %",
                "18- RECOVERED 20/60 33.3 %",
                "TOTAL RELIABLY_IMPROVED 40/85 47.1 %", "TOTAL NO_RELIABLE_CHANGE 30/85 35.3 %",
                "TOTAL RELIABLY_DETERIORATED 15/85 17.6 %", "TOTAL NOT_CLASSIFIED 0/85 0.0 %",
                "TOTAL RECOVERED -/85"), lines, "the youths' 2 recovered would follow from the total's 22");
    }

    @Test
    void aSmallGroupIsHiddenWithItsComplements() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        counts.put("NORR", c(2, 1, 0, 0, 1));
        counts.put("SODER", c(30, 20, 10, 0, 20));
        counts.put("VASTER", c(10, 12, 9, 0, 5));
        List<String> lines = show(ScaleChangeExport.lines(counts, 5));
        assertEquals(List.of("NORR RELIABLY_IMPROVED -/-", "NORR NO_RELIABLE_CHANGE -/-",
                "NORR RELIABLY_DETERIORATED 0/-", "NORR NOT_CLASSIFIED 0/-", "NORR RECOVERED -/-"),
                lines.subList(0, 5));
        // NORR's 3 measured are hidden with another group's (VASTER's), and each hidden cell's column with another
        // group's cell; the recovered of both go with their improved
        assertEquals(List.of("VASTER RELIABLY_IMPROVED -/-", "VASTER NO_RELIABLE_CHANGE -/-",
                "VASTER RELIABLY_DETERIORATED 9/-", "VASTER NOT_CLASSIFIED 0/-", "VASTER RECOVERED -/-",
                "TOTAL RELIABLY_IMPROVED 42/94 44.7 %", "TOTAL NO_RELIABLE_CHANGE 33/94 35.1 %",
                "TOTAL RELIABLY_DETERIORATED 19/94 20.2 %", "TOTAL NOT_CLASSIFIED 0/94 0.0 %",
                "TOTAL RECOVERED 26/94 27.7 %"), lines.subList(10, 20));
        assertEquals("SODER RELIABLY_IMPROVED 30/60 50.0 %", lines.get(5));
    }
}
