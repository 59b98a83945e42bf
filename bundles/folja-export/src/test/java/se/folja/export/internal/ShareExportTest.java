package se.folja.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.export.AgeGroup;
import se.folja.api.export.ShareLine;
import se.folja.store.spi.FollowUpExportSource.AgeCount;

class ShareExportTest {

    private static final List<AgeGroup> DEFAULT = AgeGroup.parse(null, "ageGroups");

    private static List<String> show(List<ShareLine> lines) {
        return lines.stream().map(l -> l.ageGroup() + " " + l.measure() + " " + (l.count() == null ? "-"
                : l.count()) + "/" + (l.of() == null ? "-" : l.of()) + " " + (l.percent() == null ? "-"
                        : l.percent().toPlainString() + " %") + (l.suppressed() ? " suppressed" : "")).toList();
    }

    @Test
    void trosasSharesComeOutExactlyFromDataShapedThatWay() {
        // youth (13-20 at the start) 20 enrolments, 15 positive, 5 dropouts; adults 50: 35 positive, 18 dropouts
        List<AgeCount> counts = List.of(new AgeCount(15, 8, 2, 8, 6), new AgeCount(20, 12, 3, 12, 9),
                new AgeCount(21, 1, 0, 1, 1), new AgeCount(30, 24, 9, 24, 16), new AgeCount(64, 25, 9, 25, 18));
        assertEquals(List.of("0-20 positiveChange 15/20 75.0 %", "0-20 dropout 5/20 25.0 %",
                "21- positiveChange 35/50 70.0 %", "21- dropout 18/50 36.0 %",
                "TOTAL positiveChange 50/70 71.4 %", "TOTAL dropout 23/70 32.9 %"),
                show(ShareExport.lines(DEFAULT, counts, 5)));
    }

    @Test
    void positiveChangeIsAShareOfThoseWhoAnsweredAndDropoutOfAll() {
        List<AgeCount> counts = List.of(new AgeCount(30, 40, 10, 30, 15));
        assertEquals(List.of("0-20 positiveChange 0/0 -", "0-20 dropout 0/0 -", "21- positiveChange 15/30 50.0 %",
                "21- dropout 10/40 25.0 %", "TOTAL positiveChange 15/30 50.0 %", "TOTAL dropout 10/40 25.0 %"),
                show(ShareExport.lines(DEFAULT, counts, 5)));
    }

    @Test
    void aSmallCountSuppressesItsShareAndItsComplements() {
        // 6 youth answered, 4 positive: 4 and the 2 not positive are small; the adults' counts complement them
        List<AgeCount> counts = List.of(new AgeCount(17, 10, 5, 6, 4), new AgeCount(40, 30, 12, 30, 20));
        assertEquals(List.of("0-20 positiveChange -/6 - suppressed", "0-20 dropout 5/10 50.0 %",
                "21- positiveChange -/30 - suppressed", "21- dropout 12/30 40.0 %",
                "TOTAL positiveChange 24/36 66.7 %", "TOTAL dropout 17/40 42.5 %"),
                show(ShareExport.lines(DEFAULT, counts, 5)));
        // with k = 1 nothing is suppressed
        assertEquals("0-20 positiveChange 4/6 66.7 %", show(ShareExport.lines(DEFAULT, counts, 1)).get(0));
    }

    @Test
    void aSmallDenominatorSuppressesTheGroupsSharesAndAnAgeInNoGroupCountsNowhere() {
        List<AgeCount> counts = List.of(new AgeCount(12, 50, 5, 50, 5), new AgeCount(14, 3, 1, 3, 2),
                new AgeCount(25, 10, 5, 10, 5), new AgeCount(35, 10, 5, 10, 5));
        List<AgeGroup> groups = AgeGroup.parse("13-17,18-", "ageGroups");
        List<String> lines = show(ShareExport.lines(groups, counts, 5));
        assertEquals("13-17 positiveChange -/- - suppressed", lines.get(0));
        assertEquals("13-17 dropout -/- - suppressed", lines.get(1));
        assertEquals("TOTAL dropout 11/23 47.8 %", lines.get(5), "the twelve-year-olds are in no group");
    }
}
