package se.folja.rest.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.folja.api.FieldError;
import se.folja.api.IsoWeek;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.NonDeliverySort;

class ParamsTest {

    @Test
    void goodValuesAreTyped() {
        Params params = new Params();

        assertEquals(LocalDate.of(2026, 9, 1), params.date("from", "2026-09-01"));
        assertEquals(new IsoWeek(2026, 53), params.week("to", "2026-W53", true));
        assertEquals(20, params.integer("limit", "20", 50));
        assertEquals(NonDeliverySort.PLANNED_START_DESC, params.enumValue("sort", "planned_start_desc",
                NonDeliverySort.class));
        assertEquals("199001012385", params.client("client", "19900101-2385").digits());
        params.check();
    }

    @Test
    void absentValuesFallBack() {
        Params params = new Params();

        assertNull(params.date("from", null));
        assertNull(params.week("from", " ", false));
        assertEquals(50, params.integer("limit", null, 50));
        assertEquals(false, params.bool("includeAnnulled", "", false));
        params.check();
    }

    @Test
    void everyBadParameterIsNamedAtOnceWithoutRepeatingItsValue() {
        Params params = new Params();
        params.date("from", "2026-13-01");
        params.week("to", "2026-W54", true);
        params.integer("limit", "ten", 50);
        params.enumValue("initiator", "BOTH", se.folja.api.reasons.Initiator.class);
        params.bool("includeAnnulled", "yes", false);
        params.client("client", "19900101-2384");

        ValidationException e = assertThrows(ValidationException.class, params::check);

        assertEquals(List.of("from", "to", "limit", "initiator", "includeAnnulled", "client"),
                e.errors().stream().map(FieldError::field).toList());
        String messages = e.errors().stream().map(FieldError::message).collect(Collectors.joining(" | "));
        assertFalse(messages.contains("19900101"), messages);
        assertFalse(messages.contains("ten"), messages);
    }

    @Test
    void aRequiredWeekMustBeGiven() {
        Params params = new Params();
        params.week("from", null, true);

        assertEquals("from", assertThrows(ValidationException.class, params::check).errors().get(0).field());
    }

    @Test
    void codesComeRepeatedOrCommaSeparated() {
        assertEquals(Set.of("BOSTOD_NORR", "BOSTOD_OST", "BOSTOD_VAST"),
                Params.codes(List.of("BOSTOD_NORR, BOSTOD_OST", "BOSTOD_VAST", " ")));
        assertEquals(Set.of(), Params.codes(null));
    }
}
