package se.folja.nondelivery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Dates;
import se.folja.api.lists.UnitCode;
import se.folja.api.nondelivery.PendingEntry;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.journal.spi.JournalEvents;
import se.folja.store.spi.PendingEntryStore;

/**
 * Records the host's entries under "Ej genomförda insatser" as awaiting a reason. Other headings are ignored;
 * an invalid optional property is dropped, never logged.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + JournalEvents.ENTRY_CREATED)
public final class JournalEntryListener implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JournalEntryListener.class);

    private final PendingEntryStore store;
    private final Clock clock;

    @Activate
    public JournalEntryListener(@Reference PendingEntryStore store) {
        this(store, Clock.systemUTC());
    }

    JournalEntryListener(PendingEntryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void handleEvent(Event event) {
        if (!JournalEvents.NON_DELIVERY_HEADING.equals(text(event, JournalEvents.HEADING))) {
            LOG.debug("Journal entry under another heading: ignored");
            return;
        }
        String entryId = text(event, JournalEvents.ENTRY_ID);
        String unit = text(event, JournalEvents.UNIT);
        if (entryId == null || entryId.length() > 100 || entryId.chars().anyMatch(Character::isISOControl)
                || unit == null || !UnitCode.isValid(unit)) {
            LOG.warn("Journal event without a valid entryId and unit: ignored");
            return;
        }
        Fields fields = new Fields(LocalDate.now(clock.withZone(Dates.ZONE)));
        PersonalIdentityNumber client = null;
        String clientText = text(event, JournalEvents.CLIENT);
        if (clientText != null) {
            client = fields.client("client", clientText);
            if (client == null) {
                LOG.warn("Journal entry {}: the client is not a valid personnummer or samordningsnummer; recorded"
                        + " without it", entryId);
            }
        }
        OffsetDateTime plannedStart = null;
        String startText = text(event, JournalEvents.PLANNED_START);
        if (startText != null) {
            plannedStart = fields.plannedStart(startText);
            if (plannedStart == null) {
                LOG.warn("Journal entry {}: the planned start is not valid; recorded without it", entryId);
            }
        }
        try {
            boolean recorded = store.record(new PendingEntry(entryId, unit, client, plannedStart,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            LOG.debug("Journal entry {} {}", entryId, recorded ? "awaits a reason" : "was known already");
        } catch (RuntimeException e) {
            LOG.warn("Journal entry {} could not be recorded: {}", entryId, e.getClass().getSimpleName());
        }
    }

    private static String text(Event event, String property) {
        Object value = event.getProperty(property);
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}
