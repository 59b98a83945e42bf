package se.folja.demo.journal.internal;

import java.time.Instant;
import java.util.List;

/**
 * An entry in the reference journal, as the host system would keep it.
 *
 * @param id the journal's id, e.g. {@code J-1000001}
 * @param unit the unit's code
 * @param client the client's personnummer, twelve digits, or null (also when left out for a reader outside the
 *     unit)
 * @param heading the entry's heading, e.g. "Ej genomförda insatser"
 * @param plannedStart the planned start of the visit, ISO 8601 with offset, or null
 * @param text the entry's text; null when left out for a reader outside the unit
 * @param keywords the entry's keywords, e.g. "Orsak: Bortrest (BORTREST)"
 * @param createdAt when it was written
 */
public record JournalEntry(
        String id, String unit, String client, String heading, String plannedStart, String text,
        List<String> keywords, Instant createdAt) {

    public JournalEntry {
        keywords = List.copyOf(keywords);
    }

    /** The entry without its client and text (personal data), for a reader outside its unit. */
    JournalEntry withoutPersonalData() {
        return new JournalEntry(id, unit, null, heading, plannedStart, null, keywords, createdAt);
    }

    JournalEntry withKeywords(List<String> newKeywords) {
        return new JournalEntry(id, unit, client, heading, plannedStart, text, newKeywords, createdAt);
    }

    /** The client and text are personal data: not in {@code toString}. */
    @Override
    public String toString() {
        return "JournalEntry[" + id + ", " + unit + "]";
    }
}
