package se.folja.journal.spi;

/**
 * The EventAdmin event a host posts when an entry is made under "Ej genomförda insatser", and its properties.
 * Every property value is a {@code String}.
 *
 * <pre>
 * eventAdmin.postEvent(new Event(JournalEvents.ENTRY_CREATED, Map.of(
 *         JournalEvents.ENTRY_ID, "J-2026-000123",
 *         JournalEvents.HEADING, JournalEvents.NON_DELIVERY_HEADING,
 *         JournalEvents.UNIT, "BOSTOD_NORR",
 *         JournalEvents.CLIENT, "199001012385",
 *         JournalEvents.PLANNED_START, "2026-01-12T09:00+01:00")));
 * </pre>
 *
 * @since 1.0.0
 */
public final class JournalEvents {

    /** The topic of the event: a journal entry was created. */
    public static final String ENTRY_CREATED = "se/folja/journal/ENTRY_CREATED";

    /** Required: the host's id of the entry, 1-100 printable characters, unique in the host. */
    public static final String ENTRY_ID = "entryId";
    /** Required: the entry's heading; Följa records only entries under {@link #NON_DELIVERY_HEADING}. */
    public static final String HEADING = "heading";
    /** Required: the code of the unit the entry belongs to, as Följa's unit list has it. */
    public static final String UNIT = "unit";
    /** Optional: the client's personnummer or samordningsnummer, in any written form. */
    public static final String CLIENT = "client";
    /** Optional: the planned start of the visit that did not happen, ISO 8601 with or without offset. */
    public static final String PLANNED_START = "plannedStart";

    /** The heading under which non-deliveries are documented. */
    public static final String NON_DELIVERY_HEADING = "Ej genomförda insatser";

    private JournalEvents() {
    }
}
