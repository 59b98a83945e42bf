package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.journal.spi.JournalEvents;
import se.folja.journal.spi.JournalUnavailableException;
import se.folja.journal.spi.UnknownEntryException;

class ReferenceJournalTest {

    @TempDir
    Path data;

    private final List<Event> posted = new ArrayList<>();
    private final List<Event> sent = new ArrayList<>();
    private final EventAdmin events = new EventAdmin() {
        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            sent.add(event);
        }
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneOffset.UTC);

    private static ReferenceJournalConfig available(boolean available) {
        return new ReferenceJournalConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReferenceJournalConfig.class;
            }

            @Override
            public boolean available() {
                return available;
            }
        };
    }

    private ReferenceJournal journal() throws Exception {
        return new ReferenceJournal(events, data.resolve("journal.tsv"), clock, available(true));
    }

    private static JournalUser staffOf(String... units) {
        return new JournalUser(List.of(units)::contains, false);
    }

    @Test
    void staffReadAndWriteOnlyTheirUnitsEntriesAndAnAdministratorReadsThemWithoutClientsOrTexts() throws Exception {
        ReferenceJournal journal = journal();
        JournalUser north = staffOf("BOSTOD_NORR");
        JournalUser west = staffOf("BOSTOD_VAST");
        JournalUser admin = new JournalUser(unit -> false, true);
        String northern = journal.write("BOSTOD_NORR", "199503159825", JournalEvents.NON_DELIVERY_HEADING,
                "2026-11-16T10:00+01:00", "Hemma hos Anna", north).id();
        String western = journal.write("BOSTOD_VAST", "199607049914", JournalEvents.NON_DELIVERY_HEADING, null, "",
                west).id();

        assertEquals(List.of(northern), ids(journal.entries(north, null, null)));
        assertEquals("199503159825", journal.entry(northern, north).client());
        assertEquals(List.of(western), ids(journal.entries(west, null, null)));
        assertThrows(ForbiddenException.class, () -> journal.entry(northern, west));
        assertThrows(ForbiddenException.class, () -> journal.entries(west, "BOSTOD_NORR", null));
        assertThrows(NotFoundException.class, () -> journal.entry("J-9", west));
        assertThrows(ForbiddenException.class, () -> journal.write("BOSTOD_NORR", null,
                JournalEvents.NON_DELIVERY_HEADING, null, "", west));
        assertThrows(ForbiddenException.class, () -> journal.write("BOSTOD_NORR", null,
                JournalEvents.NON_DELIVERY_HEADING, null, "", admin), "an administrator writes no journal");
        assertEquals(2, journal.entries().size());

        assertEquals(List.of(northern, western), ids(journal.entries(admin, null, null)));
        assertEquals(List.of(), journal.entries(admin, null, null).stream().filter(e -> e.client() != null)
                .toList(), "no personnummer for an administrator");
        assertNull(journal.entry(northern, admin).client());
        assertNull(journal.entry(northern, admin).text(), "no free text for an administrator");
        assertEquals("Hemma hos Anna", journal.entry(northern, north).text());
        assertEquals(List.of(northern), ids(journal.entries(admin, "BOSTOD_NORR", null)));
        JournalUser adminOfWest = new JournalUser("BOSTOD_VAST"::equals, true);
        assertEquals("199607049914", journal.entry(western, adminOfWest).client());
        assertNull(journal.entry(northern, adminOfWest).client());
    }

    @Test
    void theDemoMunicipalitysEntriesAreAnnouncedBeforeTheyAreRegistered() throws Exception {
        JournalEntry entry = journal().writeAnnounced("BOSTOD_NORR", "199503159825",
                JournalEvents.NON_DELIVERY_HEADING, "2026-11-16T10:00+01:00", "");

        assertEquals(List.of(), posted);
        assertEquals(1, sent.size(), "sendEvent returns once Följa has handled the event");
        assertEquals(entry.id(), sent.get(0).getProperty(JournalEvents.ENTRY_ID));
    }

    private static List<String> ids(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::id).toList();
    }

    @Test
    void anEntryUnderTheHeadingPostsTheEventAHostPosts() throws Exception {
        JournalEntry entry = journal().write("BOSTOD_NORR", "199503159825", JournalEvents.NON_DELIVERY_HEADING,
                "2026-11-16T10:00+01:00", "Besöket\tblev inte av");

        assertEquals(1, posted.size());
        Event event = posted.get(0);
        assertEquals(JournalEvents.ENTRY_CREATED, event.getTopic());
        assertEquals(entry.id(), event.getProperty(JournalEvents.ENTRY_ID));
        assertEquals("BOSTOD_NORR", event.getProperty(JournalEvents.UNIT));
        assertEquals("199503159825", event.getProperty(JournalEvents.CLIENT));
        assertEquals("2026-11-16T10:00+01:00", event.getProperty(JournalEvents.PLANNED_START));
        assertEquals(JournalEvents.NON_DELIVERY_HEADING, event.getProperty(JournalEvents.HEADING));
        assertEquals("Besöket blev inte av", entry.text());
    }

    @Test
    void theReasonIsAKeywordThatIsReplacedAndCleared() throws Exception {
        ReferenceJournal journal = journal();
        String id = journal.write("BOSTOD_NORR", null, JournalEvents.NON_DELIVERY_HEADING, null, "").id();

        journal.setReason(id, "BORTREST", "Bortrest");
        journal.setReason(id, "MAENDE", "Mående");
        assertEquals(List.of("Orsak: Mående (MAENDE)"), journal.entry(id).keywords());
        journal.clearReason(id);
        assertEquals(List.of(), journal.entry(id).keywords());
        assertThrows(UnknownEntryException.class, () -> journal.setReason("J-9", "BORTREST", "Bortrest"));
    }

    @Test
    void aJournalThatIsDownRefusesWriteBacks() throws Exception {
        ReferenceJournal journal = journal();
        String id = journal.write("BOSTOD_NORR", null, JournalEvents.NON_DELIVERY_HEADING, null, "").id();

        journal.setAvailable(false);
        assertThrows(JournalUnavailableException.class, () -> journal.setReason(id, "BORTREST", "Bortrest"));
        journal.setAvailable(true);
        journal.setReason(id, "BORTREST", "Bortrest");
        assertEquals(List.of("Orsak: Bortrest (BORTREST)"), journal.entry(id).keywords());
    }

    @Test
    void entriesAndKeywordsSurviveARestart() throws Exception {
        ReferenceJournal before = journal();
        String first = before.write("BOSTOD_NORR", "199503159825", JournalEvents.NON_DELIVERY_HEADING,
                "2026-11-16T10:00+01:00", "Text").id();
        before.setReason(first, "BORTREST", "Bortrest");

        ReferenceJournal after = journal();
        assertEquals(before.entries(), after.entries());
        String second = after.write("BOSTOD_SODER", null, "Social dokumentation", null, null).id();
        assertEquals(Long.parseLong(first.substring(2)) + 1, Long.parseLong(second.substring(2)));
    }
}
