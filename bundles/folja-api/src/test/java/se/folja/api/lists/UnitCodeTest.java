package se.folja.api.lists;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitCodeTest {

    @Test
    void realUnitCodesAreAccepted() {
        for (String code : new String[] {"BS-1", "BOSTOD_NORR", "HT.NORR", "4711", "A", "HEMTJANST-OST_2",
                "X".repeat(40)}) {
            assertTrue(UnitCode.isValid(code), code);
        }
    }

    @Test
    void codesThatAreNotSafeInRolesUrlsAndFilesAreRefused() {
        for (String code : new String[] {null, "", "bs-1", "BS 1", "-BS", "BS-", ".", "..", "_A", "BÖ", "BS/1",
                "BS,1", "BS;1", "X".repeat(41), "BS\u00001", "BS\t1"}) {
            assertFalse(UnitCode.isValid(code), String.valueOf(code));
        }
    }
}
