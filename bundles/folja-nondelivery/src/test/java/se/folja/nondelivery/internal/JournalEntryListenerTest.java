package se.folja.nondelivery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import se.folja.api.nondelivery.PendingEntry;
import se.folja.journal.spi.JournalEvents;

class JournalEntryListenerTest {

    private final Fakes.Pending store = new Fakes.Pending();
    private final JournalEntryListener listener = new JournalEntryListener(store,
            Clock.fixed(Fakes.T0, ZoneOffset.UTC));

    private static Event event(String heading, String entry, String unit, String client, String start) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(JournalEvents.HEADING, heading);
        if (entry != null) {
            properties.put(JournalEvents.ENTRY_ID, entry);
        }
        if (unit != null) {
            properties.put(JournalEvents.UNIT, unit);
        }
        if (client != null) {
            properties.put(JournalEvents.CLIENT, client);
        }
        if (start != null) {
            properties.put(JournalEvents.PLANNED_START, start);
        }
        return new Event(JournalEvents.ENTRY_CREATED, properties);
    }

    @Test
    void anEntryUnderTheHeadingAwaitsAReason() {
        listener.handleEvent(event(JournalEvents.NON_DELIVERY_HEADING, "J-1", "NORR", Fakes.ANNA,
                "2026-03-02T09:30+01:00"));

        PendingEntry entry = store.entries.get("J-1");
        assertEquals("NORR", entry.unit());
        assertEquals("199503159825", entry.client().digits());
        assertEquals("2026-03-02T09:30+01:00", entry.plannedStart().toString());
        assertEquals(Fakes.T0, entry.receivedAt());
    }

    @Test
    void anEntryOfAUnitWithAHyphenatedCodeAwaitsAReason() {
        listener.handleEvent(event(JournalEvents.NON_DELIVERY_HEADING, "J-5", "BS-1", null, null));

        assertEquals("BS-1", store.entries.get("J-5").unit());
    }

    @Test
    void otherHeadingsAndEventsWithoutEntryOrUnitAreIgnored() {
        listener.handleEvent(event("Social dokumentation", "J-2", "NORR", null, null));
        listener.handleEvent(event(JournalEvents.NON_DELIVERY_HEADING, null, "NORR", null, null));
        listener.handleEvent(event(JournalEvents.NON_DELIVERY_HEADING, "J-3", "norr", null, null));

        assertTrue(store.entries.isEmpty());
    }

    @Test
    void anInvalidClientOrStartIsDroppedAndTheEntryStillAwaits() {
        listener.handleEvent(event(JournalEvents.NON_DELIVERY_HEADING, "J-4", "NORR", "19950315-9826", "i morgon"));

        PendingEntry entry = store.entries.get("J-4");
        assertNull(entry.client());
        assertNull(entry.plannedStart());
    }
}
