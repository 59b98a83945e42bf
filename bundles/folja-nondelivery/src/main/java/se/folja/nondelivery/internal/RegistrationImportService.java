package se.folja.nondelivery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.Dates;
import se.folja.api.FieldError;
import se.folja.api.ForbiddenException;
import se.folja.api.IsoWeek;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.ImportFormat;
import se.folja.api.nondelivery.ImportOutcome;
import se.folja.api.nondelivery.ImportReport;
import se.folja.api.nondelivery.ImportedRow;
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveryStatus;
import se.folja.api.nondelivery.RegistrationImport;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.store.spi.NonDeliveryStore;

/**
 * The import of historical registrations. The file is read whole first (a file that cannot be read stores
 * nothing); then each row is validated as a registration is and stored in a transaction of its own, marked
 * imported, with no write-back. A row is refused with every reason, and nothing of it is stored. Units, intervention
 * types and reasons retired since are accepted: history used them.
 */
@Component(service = RegistrationImport.class)
public final class RegistrationImportService implements RegistrationImport {

    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");
    /** The prefix of the journal entry id a row without one is given. */
    static final String DERIVED_ENTRY = "IMPORT-";
    /** A date and time as Excel writes it: a space or T between, the hour with one or two digits. */
    private static final Pattern EXCEL_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}):(\\d{2})(:\\d{2}(?:\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private final NonDeliveryStore store;
    private final ReasonCatalogue reasons;
    private final MaintainedLists lists;
    private final Clock clock;

    @Activate
    public RegistrationImportService(@Reference NonDeliveryStore store, @Reference ReasonCatalogue reasons,
            @Reference MaintainedLists lists) {
        this(store, reasons, lists, Clock.systemUTC());
    }

    RegistrationImportService(NonDeliveryStore store, ReasonCatalogue reasons, MaintainedLists lists, Clock clock) {
        this.store = store;
        this.reasons = reasons;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public ImportReport importRegistrations(ImportFormat format, InputStream content, Actor actor) {
        Objects.requireNonNull(format, "format");
        if (!actor.everyUnit() && actor.units().isEmpty()) {
            throw new ForbiddenException("You belong to no unit");
        }
        byte[] bytes;
        try {
            bytes = content == null ? new byte[0] : content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the import could not be read", e);
        }
        List<ImportRows.Row> rows = ImportRows.read(format, bytes);
        if (rows.isEmpty()) {
            throw ValidationException.of("content", "has no rows");
        }
        List<ImportedRow> results = new ArrayList<>(rows.size());
        int imported = 0;
        int already = 0;
        int refused = 0;
        for (ImportRows.Row row : rows) {
            ImportedRow result = importRow(row, actor);
            results.add(result);
            switch (result.outcome()) {
                case IMPORTED -> imported++;
                case ALREADY_IMPORTED -> already++;
                case REFUSED -> refused++;
            }
        }
        AUDIT.info("non-delivery import {} rows: imported={} alreadyImported={} refused={} by={}", rows.size(),
                imported, already, refused, actor.units().isEmpty() ? "every-unit" : "unit-staff");
        return new ImportReport(imported, already, refused, results);
    }

    private ImportedRow importRow(ImportRows.Row row, Actor actor) {
        if (row.values().isEmpty() && !row.errors().isEmpty()) {
            return refused(row, row.errors()); // not an object at all: nothing more to say
        }
        NonDelivery wanted;
        try {
            wanted = validate(row, actor);
        } catch (ValidationException e) {
            return refused(row, e.errors());
        }
        try {
            NonDelivery stored = store.insertImported(wanted);
            return new ImportedRow(row.line(), ImportOutcome.IMPORTED, stored.id(), List.of());
        } catch (ConflictException registeredAlready) {
            return repeated(row, wanted, actor);
        }
    }

    /** The entry has a registration: the same one (imported before) or a refusal. */
    private ImportedRow repeated(ImportRows.Row row, NonDelivery wanted, Actor actor) {
        String field = row.get("journalEntryId") == null ? "row" : "journalEntryId";
        NonDelivery existing = store.findByJournalEntry(wanted.journalEntryId()).orElse(null);
        if (existing == null || !actor.mayAccess(existing.unit())) {
            return refused(row, List.of(new FieldError(field, "is registered already")));
        }
        if (!NonDeliveryService.sameContent(existing, wanted)) {
            return refused(row, List.of(new FieldError(field, "has a different registration already ("
                    + existing.id() + "); correct that one instead")));
        }
        return new ImportedRow(row.line(), ImportOutcome.ALREADY_IMPORTED, existing.id(), List.of());
    }

    private static ImportedRow refused(ImportRows.Row row, List<FieldError> errors) {
        return new ImportedRow(row.line(), ImportOutcome.REFUSED, null, errors);
    }

    /** @throws ValidationException naming every invalid field of the row */
    private NonDelivery validate(ImportRows.Row row, Actor actor) {
        Fields fields = new Fields(LocalDate.now(clock.withZone(Dates.ZONE)));
        row.errors().forEach(e -> fields.error(e.field(), e.message()));
        String unitText = row.get("unit");
        if (unitText != null && !unitText.isBlank() && !actor.mayAccess(unitText.strip())) {
            fields.error("unit", Actor.NOT_YOUR_UNIT);
            unitText = null;
        }
        String entry = row.get("journalEntryId") == null ? null : fields.journalEntryId(row.get("journalEntryId"));
        PersonalIdentityNumber client = required(fields, "client", row.get("client")) ? fields.client("client",
                row.get("client")) : null;
        String unit = unitText == null && row.get("unit") != null ? null
                : known(fields, ListKind.UNIT, "unit", row.get("unit"));
        String type = known(fields, ListKind.INTERVENTION_TYPE, "interventionType", row.get("interventionType"));
        OffsetDateTime start = fields.plannedStart(excelDateTime(row.get("plannedStart")));
        ReasonCode reason = reason(fields, row.get("reasonCode"));
        String comment = fields.text("comment", row.get("comment"));
        fields.check();

        if (entry == null) {
            entry = derivedEntry(client, unit, type, start);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new NonDelivery(0, entry, client, unit, type, start, IsoWeek.of(start.toLocalDate()), reason.code(),
                reason.initiator(), comment, NonDeliveryStatus.ACTIVE, null, actor.userName(), now, actor.userName(),
                now, 0, true);
    }

    private static boolean required(Fields fields, String field, String value) {
        if (value == null || value.isBlank()) {
            fields.error(field, "is required");
            return false;
        }
        return true;
    }

    /** @return the code of an item of the list, retired or not; null after recording why not */
    private String known(Fields fields, ListKind kind, String field, String code) {
        if (!required(fields, field, code)) {
            return null;
        }
        try {
            return lists.item(kind, code.strip()).code();
        } catch (NotFoundException e) {
            fields.error(field, "is not a known " + kind.noun());
            return null;
        }
    }

    /** @return the reason, retired or not; null after recording why not */
    private ReasonCode reason(Fields fields, String code) {
        if (!required(fields, "reasonCode", code)) {
            return null;
        }
        try {
            return reasons.reason(code.strip());
        } catch (NotFoundException e) {
            fields.error("reasonCode", "is not a known reason");
            return null;
        }
    }

    /**
     * @return the ISO 8601 form of a date and time as Excel writes it ({@code 2026-09-14 9:00}); anything else as
     *     given, for the registration's own rule to judge
     */
    static String excelDateTime(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = EXCEL_DATE_TIME.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        String hour = m.group(2).length() == 1 ? "0" + m.group(2) : m.group(2);
        String offset = m.group(5) == null ? "" : m.group(5);
        if (offset.length() == 5) {
            offset = offset.substring(0, 3) + ":" + offset.substring(3);
        }
        return m.group(1) + "T" + hour + ":" + m.group(3) + (m.group(4) == null ? "" : m.group(4)) + offset;
    }

    /**
     * The journal entry id of a row without one: the same visit (client, unit, intervention type, planned start)
     * always gets the same id, so that importing it again finds it. A digest, so that the id does not show the
     * number.
     */
    static String derivedEntry(PersonalIdentityNumber client, String unit, String type, OffsetDateTime start) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((client.digits() + "|" + unit + "|" + type + "|"
                    + start.toInstant().toEpochMilli()).getBytes(StandardCharsets.UTF_8));
            return DERIVED_ENTRY + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
