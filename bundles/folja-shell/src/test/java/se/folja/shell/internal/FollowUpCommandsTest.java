package se.folja.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.Enablements;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateVersionInfo;

/** What the follow-up commands print and ask the services, for success and for every kind of refusal. */
class FollowUpCommandsTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");
    private static final Actor KARAF = new Actor("karaf", Set.of(), true);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final Service service = new Service();

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Enablement enablement(long id, String template, String unit, String from, String to,
            EnablementStatus status, EnablementSource source, String configuration) {
        return new Enablement(id, template, 2, unit, LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                status, source, configuration, 1, "karaf", AT);
    }

    /** Enablements answering what the test sets, remembering what it was asked. */
    private static final class Service implements Enablements {
        final List<Object[]> calls = new ArrayList<>();
        Enablement answer;
        List<Enablement> listed = List.of();
        RuntimeException failure;

        private Enablement answer(Object... call) {
            calls.add(call);
            if (failure != null) {
                throw failure;
            }
            return answer;
        }

        @Override
        public Enablement enable(EnableRequest request, EnablementSource source, Actor actor) {
            return answer("enable", request, source, actor);
        }

        @Override
        public Enablement change(long id, long expectedRevision, Integer version, LocalDate from, LocalDate to,
                boolean clearTo, EnablementSource source, Actor actor) {
            throw new UnsupportedOperationException("no command changes an enablement");
        }

        @Override
        public Enablement disable(long id, Long expectedRevision, EnablementSource source, Actor actor) {
            return answer("disable", id, expectedRevision, source, actor);
        }

        @Override
        public Enablement get(long id, Actor actor) {
            throw new UnsupportedOperationException("no command reads one enablement");
        }

        @Override
        public List<Enablement> list(EnablementQuery query, Actor actor) {
            answer("list", query, actor);
            return listed;
        }

        @Override
        public List<EnablementChange> history(long id, Actor actor) {
            throw new UnsupportedOperationException("no command reads a history");
        }
    }

    private FollowUpEnableCommand enableCommand(String template, String unit) {
        FollowUpEnableCommand command = new FollowUpEnableCommand();
        command.enablements = service;
        command.template = template;
        command.unit = unit;
        return command;
    }

    // ---------------------------------------------------------------- folja:followup-templates

    @Test
    void theTemplatesTableShowsEachCodesLatestVersionOriginAndTitle() {
        List<TemplateVersionInfo> latest = List.of(
                new TemplateVersionInfo("ORS", 1, new LocalizedText("ORS – skattning", "ORS – rating"),
                        TemplateOrigin.BUILT_IN, "a".repeat(64), 6054, "system", AT),
                new TemplateVersionInfo("UMEA_ORS", 3, new LocalizedText("Umeås uppföljning", null),
                        TemplateOrigin.UPLOADED, "b".repeat(64), 900, "admin", AT));

        FollowUpTemplatesCommand.table(latest).print(out);

        String text = printed();
        assertTrue(text.contains("Kod / code") && text.contains("Ursprung / origin"), text);
        assertTrue(text.matches("(?s).*ORS +\\| 1 +\\| inbyggd / built-in +\\| ORS – skattning / ORS – rating.*"),
                text);
        assertTrue(text.matches("(?s).*UMEA_ORS +\\| 3 +\\| uppladdad / uploaded +\\| Umeås uppföljning\\s.*"),
                text);
    }

    @Test
    void withoutTemplatesTheTableSaysSo() {
        FollowUpTemplatesCommand.table(List.of()).print(out);

        assertTrue(printed().contains("Inga mallar / No templates"), printed());
    }

    // ---------------------------------------------------------------- folja:followup-enable

    @Test
    void anEnablementIsAskedForAsTheShellAndItsIdAndPeriodPrinted() {
        service.answer = enablement(17, "ORS", "NORR", "2026-12-07", null, EnablementStatus.ENABLED,
                EnablementSource.SHELL, null);
        FollowUpEnableCommand command = enableCommand("ORS", "NORR");

        command.run(out, KARAF);

        assertEquals("Aktiverad / Enabled: 17: ORS version 2, NORR, 2026-12-07 – tills vidare / open-ended"
                + System.lineSeparator(), printed());
        Object[] call = service.calls.get(0);
        assertEquals(new EnableRequest("ORS", null, "NORR", null, null), call[1]);
        assertEquals(EnablementSource.SHELL, call[2]);
        assertEquals(KARAF, call[3]);
    }

    @Test
    void theOptionsGiveVersionAndPeriod() {
        service.answer = enablement(18, "ORS", "NORR", "2027-01-01", "2027-06-30", EnablementStatus.ENABLED,
                EnablementSource.SHELL, null);
        FollowUpEnableCommand command = enableCommand("ORS", "NORR");
        command.version = "1";
        command.from = "2027-01-01";
        command.to = " 2027-06-30 ";

        command.run(out, KARAF);

        assertEquals(new EnableRequest("ORS", 1, "NORR", LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30")),
                service.calls.get(0)[1]);
        assertTrue(printed().contains("18: ORS version 2, NORR, 2027-01-01 – 2027-06-30"), printed());
    }

    @Test
    void optionsThatDoNotParseAreListedByFieldAndNothingIsAsked() {
        FollowUpEnableCommand command = enableCommand("ORS", "NORR");
        command.version = "två";
        command.from = "2027-13-01";
        command.to = "0";

        command.run(out, KARAF);

        String nl = System.lineSeparator();
        assertEquals("Inget sparades / Nothing was stored:" + nl
                + "  version: must be a version number, 1 or more" + nl
                + "  from: must be a date yyyy-mm-dd" + nl
                + "  to: must be a date yyyy-mm-dd" + nl, printed());
        assertTrue(service.calls.isEmpty());
    }

    @Test
    void theServicesRefusalIsListedFieldByField() {
        service.failure = new ValidationException(List.of(new FieldError("template", "is not a known follow-up"
                + " template"), new FieldError("unit", "is a retired unit")));

        enableCommand("NOPE", "NEDLAGD").run(out, KARAF);

        String nl = System.lineSeparator();
        assertEquals("Inget sparades / Nothing was stored:" + nl + "  template: is not a known follow-up template"
                + nl + "  unit: is a retired unit" + nl, printed());
    }

    @Test
    void aConflictsMessageIsPrinted() {
        service.failure = new ConflictException("Template ORS is already enabled for that unit from 2026-01-01"
                + " (enablement 12)");

        enableCommand("ORS", "NORR").run(out, KARAF);

        assertEquals("Inget sparades / Nothing was stored: Template ORS is already enabled for that unit from"
                + " 2026-01-01 (enablement 12)" + System.lineSeparator(), printed());
    }

    // ---------------------------------------------------------------- folja:followup-disable

    @Test
    void anEnablementIsDisabledAsTheShellWhateverItsRevision() {
        service.answer = enablement(17, "ORS", "NORR", "2026-12-07", "2027-06-30", EnablementStatus.DISABLED,
                EnablementSource.SHELL, null);
        FollowUpDisableCommand command = new FollowUpDisableCommand();
        command.enablements = service;
        command.id = 17;

        command.run(out, KARAF);

        assertEquals("Avaktiverad / Disabled: 17: ORS version 2, NORR, 2026-12-07 – 2027-06-30"
                + System.lineSeparator(), printed());
        Object[] call = service.calls.get(0);
        assertEquals(17L, call[1]);
        assertNull(call[2], "no revision check");
        assertEquals(EnablementSource.SHELL, call[3]);
    }

    @Test
    void anEnablementThatFollowsAConfigurationOrDoesNotExistIsLeftAndTheReasonPrinted() {
        FollowUpDisableCommand command = new FollowUpDisableCommand();
        command.enablements = service;
        command.id = 17;
        service.failure = new ConflictException("Enablement 17 follows configuration"
                + " se.folja.followup.enablement~ors-norr and is changed there");

        command.run(out, KARAF);
        service.failure = new NotFoundException("enablement", "17");
        command.run(out, KARAF);

        String nl = System.lineSeparator();
        assertEquals("Inget ändrades / Nothing was changed: Enablement 17 follows configuration"
                + " se.folja.followup.enablement~ors-norr and is changed there" + nl
                + "Inget ändrades / Nothing was changed: No enablement '17'" + nl, printed());
    }

    // ---------------------------------------------------------------- folja:followup-enablements

    @Test
    void theListAsksForTheOptionsUnitsTemplateAndEndedOnes() {
        FollowUpEnablementsCommand command = new FollowUpEnablementsCommand();
        command.enablements = service;

        command.list(KARAF);
        command.units = List.of("NORR", "SODER");
        command.template = "ORS";
        command.all = true;
        command.list(KARAF);

        assertEquals(new EnablementQuery(Set.of(), null, false), service.calls.get(0)[1]);
        assertEquals(new EnablementQuery(Set.of("NORR", "SODER"), "ORS", true), service.calls.get(1)[1]);
        assertEquals(KARAF, service.calls.get(1)[2]);
    }

    @Test
    void theEnablementsTableShowsPeriodStatusAndSourceWithTheConfiguration() {
        List<Enablement> listed = List.of(
                enablement(3, "ORS", "NORR", "2026-12-07", null, EnablementStatus.ENABLED,
                        EnablementSource.CONFIGURATION, "se.folja.followup.enablement~ors-norr"),
                enablement(4, "TROSA_MISSBRUK", "SODER", "2026-01-01", "2026-06-30", EnablementStatus.DISABLED,
                        EnablementSource.REST, null));

        FollowUpEnablementsCommand.table(listed).print(out);

        String text = printed();
        assertTrue(text.matches("(?s).*3 +\\| ORS +\\| 2 +\\| NORR +\\| 2026-12-07 +\\| tills vidare / open-ended +\\|"
                + " aktiv / enabled +\\| konfiguration / configuration se.folja.followup.enablement~ors-norr +\\| 1.*"),
                text);
        assertTrue(text.matches("(?s).*4 +\\| TROSA_MISSBRUK +\\| 2 +\\| SODER +\\| 2026-01-01 +\\| 2026-06-30 +\\|"
                + " avaktiverad / disabled +\\| REST +\\| 1.*"), text);
    }

    @Test
    void withoutEnablementsTheTableSaysSo() {
        FollowUpEnablementsCommand.table(List.of()).print(out);

        assertTrue(printed().contains("Inga aktiverade mallar / No enablements"), printed());
    }

    @Test
    void theShellsUserReachesEveryUnit() {
        Actor actor = ShellActor.administrator();

        assertTrue(actor.everyUnit());
        assertEquals(ShellActor.UNKNOWN, actor.userName(), "no JAAS subject in a unit test");
    }
}
