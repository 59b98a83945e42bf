package se.folja.demo.journal.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.journal.spi.JournalEvents;
import se.folja.journal.spi.JournalGateway;
import se.folja.journal.spi.JournalUnavailableException;
import se.folja.journal.spi.UnknownEntryException;

/**
 * The reference journal: a small journal that plays the host system. Writing an entry posts the event a host
 * posts; the {@link JournalGateway} puts Följa's reason on the entry as a keyword. Entries are kept in a file
 * in the bundle's data area, so that they survive a restart as a real journal's would.
 */
@Component(service = {JournalGateway.class, ReferenceJournal.class}, configurationPid = "se.folja.demo.journal")
@Designate(ocd = ReferenceJournalConfig.class)
public final class ReferenceJournal implements JournalGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceJournal.class);
    static final String KEYWORD_PREFIX = "Orsak: ";
    private static final String SEPARATOR = "\u001f";

    private final EventAdmin events;
    private final Path file;
    private final Clock clock;
    private final Map<String, JournalEntry> entries = new LinkedHashMap<>();
    private long lastNumber = 1_000_000;
    private volatile boolean available;

    @Activate
    public ReferenceJournal(@Reference EventAdmin events, BundleContext context, ReferenceJournalConfig config)
            throws IOException {
        this(events, dataFile(context), Clock.systemUTC(), config);
    }

    ReferenceJournal(EventAdmin events, Path file, Clock clock, ReferenceJournalConfig config) throws IOException {
        this.events = events;
        this.file = file;
        this.clock = clock;
        load();
        modified(config);
    }

    private static Path dataFile(BundleContext context) {
        File data = context.getDataFile("reference-journal.tsv");
        if (data == null) {
            throw new IllegalStateException("the framework gives this bundle no data area");
        }
        return data.toPath();
    }

    @Modified
    void modified(ReferenceJournalConfig config) {
        setAvailable(config.available());
    }

    void setAvailable(boolean available) {
        if (this.available != available) {
            LOG.info("Reference journal is {}", available ? "available" : "down");
        }
        this.available = available;
    }

    boolean available() {
        return available;
    }

    /** Writes an entry and posts its event, as a host does: Följa learns of it a moment later. */
    JournalEntry write(String unit, String client, String heading, String plannedStart, String text) {
        return write(unit, client, heading, plannedStart, text, false);
    }

    /**
     * Writes an entry for a user of the unit.
     *
     * @throws ForbiddenException if the user does not belong to the unit
     */
    JournalEntry write(String unit, String client, String heading, String plannedStart, String text,
            JournalUser writer) {
        if (!writer.belongsTo(unit)) {
            throw new ForbiddenException(Actor.NOT_YOUR_UNIT);
        }
        return write(unit, client, heading, plannedStart, text);
    }

    /**
     * Writes an entry and hands its event to Följa before returning ({@code sendEvent}), so that a registration
     * that follows finds the entry announced; the demo municipality registers its entries at once.
     */
    JournalEntry writeAnnounced(String unit, String client, String heading, String plannedStart, String text) {
        return write(unit, client, heading, plannedStart, text, true);
    }

    private JournalEntry write(String unit, String client, String heading, String plannedStart, String text,
            boolean announceBeforeReturning) {
        JournalEntry entry;
        synchronized (this) {
            entry = new JournalEntry("J-" + ++lastNumber, unit, client, heading, plannedStart, oneLine(text),
                    List.of(), clock.instant());
            entries.put(entry.id(), entry);
            save();
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(JournalEvents.ENTRY_ID, entry.id());
        properties.put(JournalEvents.HEADING, heading);
        properties.put(JournalEvents.UNIT, unit);
        if (client != null) {
            properties.put(JournalEvents.CLIENT, client);
        }
        if (plannedStart != null) {
            properties.put(JournalEvents.PLANNED_START, plannedStart);
        }
        Event event = new Event(JournalEvents.ENTRY_CREATED, properties);
        if (announceBeforeReturning) {
            events.sendEvent(event);
        } else {
            events.postEvent(event);
        }
        return entry;
    }

    synchronized List<JournalEntry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * The entry written for a client's planned visit under a heading, if there is one (the demo municipality looks
     * its entries up before it writes them, so that a load cut off and started again writes none twice).
     */
    synchronized Optional<JournalEntry> find(String unit, String client, String heading, String plannedStart) {
        return entries.values().stream()
                .filter(e -> Objects.equals(e.unit(), unit) && Objects.equals(e.client(), client)
                        && Objects.equals(e.heading(), heading) && Objects.equals(e.plannedStart(), plannedStart))
                .findFirst();
    }

    synchronized JournalEntry entry(String id) {
        return entries.get(id);
    }

    /**
     * @param unit only this unit's entries, or null for every unit the reader sees
     * @param heading only entries under this heading, or null
     * @return the entries the reader sees: staff their units', whole; an administrator every unit's, the client
     *     and text of units they do not belong to left out
     * @throws ForbiddenException if {@code unit} is one the reader does not see
     */
    List<JournalEntry> entries(JournalUser reader, String unit, String heading) {
        if (unit != null && !reader.reads(unit)) {
            throw new ForbiddenException(Actor.NOT_YOUR_UNIT);
        }
        return entries().stream()
                .filter(e -> unit == null || unit.equals(e.unit()))
                .filter(e -> heading == null || heading.equals(e.heading()))
                .filter(e -> reader.reads(e.unit()))
                .map(e -> reader.belongsTo(e.unit()) ? e : e.withoutPersonalData())
                .toList();
    }

    /**
     * @return the entry as the reader may see it (see {@link #entries(JournalUser, String, String)})
     * @throws NotFoundException if there is no such entry
     * @throws ForbiddenException if it belongs to a unit the reader does not see
     */
    JournalEntry entry(String id, JournalUser reader) {
        JournalEntry entry = entry(id);
        if (entry == null) {
            throw new NotFoundException("journal entry", id.length() > 40 ? id.substring(0, 40) : id);
        }
        if (!reader.reads(entry.unit())) {
            throw new ForbiddenException(Actor.NOT_YOUR_UNIT);
        }
        return reader.belongsTo(entry.unit()) ? entry : entry.withoutPersonalData();
    }

    @Override
    public void setReason(String entryId, String reasonCode, String reasonLabel)
            throws JournalUnavailableException, UnknownEntryException {
        change(entryId, KEYWORD_PREFIX + reasonLabel + " (" + reasonCode + ")");
    }

    @Override
    public void clearReason(String entryId) throws JournalUnavailableException, UnknownEntryException {
        change(entryId, null);
    }

    private synchronized void change(String entryId, String keyword)
            throws JournalUnavailableException, UnknownEntryException {
        if (!available) {
            throw new JournalUnavailableException("reference journal is down");
        }
        JournalEntry entry = entries.get(entryId);
        if (entry == null) {
            throw new UnknownEntryException("no such entry in the reference journal");
        }
        List<String> keywords = new ArrayList<>(entry.keywords().stream().filter(k -> !k.startsWith(KEYWORD_PREFIX))
                .toList());
        if (keyword != null) {
            keywords.add(keyword);
        }
        entries.put(entryId, entry.withKeywords(keywords));
        save();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\n\\r\\u001f]", " ");
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                continue;
            }
            List<String> keywords = f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(SEPARATOR));
            JournalEntry entry = new JournalEntry(f[0], f[1], f[2].isEmpty() ? null : f[2], f[3],
                    f[4].isEmpty() ? null : f[4], f[5], keywords, Instant.parse(f[7]));
            entries.put(entry.id(), entry);
            lastNumber = Math.max(lastNumber, Long.parseLong(entry.id().substring(2)));
        }
    }

    private void save() {
        List<String> lines = new ArrayList<>();
        for (JournalEntry e : entries.values()) {
            lines.add(String.join("\t", e.id(), e.unit(), e.client() == null ? "" : e.client(), e.heading(),
                    e.plannedStart() == null ? "" : e.plannedStart(), e.text(), String.join(SEPARATOR, e.keywords()),
                    e.createdAt().toString()));
        }
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("the reference journal could not save its entries", e);
        }
    }
}
