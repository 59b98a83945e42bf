package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.UnavailableException;
import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.lists.ListKind;

/** Storing and reading template versions: validation, versions by content, the built-ins at activation. */
class DefaultFollowUpTemplatesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:30:00.123456Z");
    private static final Actor ADMIN = new Actor("admin", Set.of(), true);

    private final Memory.Templates store = new Memory.Templates();
    private final Memory.Lists lists = new Memory.Lists();
    private final JsonTemplateReader reader = new JsonTemplateReader();

    private DefaultFollowUpTemplates service() {
        return new DefaultFollowUpTemplates(reader, store, lists, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** The activation as Karaf runs it: a new instance storing the shipped templates. */
    private DefaultFollowUpTemplates activate(List<BuiltInTemplates.Shipped> builtIns) {
        DefaultFollowUpTemplates service = service();
        service.storeBuiltIns(builtIns);
        return service;
    }

    private static byte[] builtIn(String code) {
        return BuiltInTemplates.shipped().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow()
                .document().read();
    }

    private static ObjectNode tree(byte[] json) {
        try {
            return (ObjectNode) Fixtures.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ORS with another Swedish title: a different document of the same code. */
    private static byte[] orsRetitled(String title) {
        ObjectNode ors = tree(builtIn("ORS"));
        Fixtures.set(ors, "/title/sv", "'" + title + "'");
        return Fixtures.bytes(ors);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // ---------------------------------------------------------------- built-in templates

    @Test
    void theFourBuiltInTemplatesAreStoredAtActivationAsVersionOneBySystem() throws Exception {
        DefaultFollowUpTemplates service = activate(BuiltInTemplates.shipped());

        List<TemplateVersionInfo> latest = service.latest();
        assertEquals(List.of("ALDREOMSORG_SOCIAL_SAMVARO", "KALMAR_BOENDESTOD", "ORS", "TROSA_MISSBRUK"),
                latest.stream().map(TemplateVersionInfo::code).toList());
        for (TemplateVersionInfo info : latest) {
            assertEquals(1, info.version(), info.code());
            assertEquals(TemplateOrigin.BUILT_IN, info.origin(), info.code());
            assertEquals("system", info.storedBy(), info.code());
            assertEquals(Instant.parse("2026-12-07T09:30:00.123Z"), info.storedAt(), "milliseconds, as stored");
            byte[] shipped = builtIn(info.code());
            assertEquals(sha256(shipped), info.sha256(), info.code());
            assertEquals(shipped.length, info.size(), info.code());
            assertArrayEquals(shipped, service.version(info.code(), 1).document().json(), info.code());
        }
    }

    @Test
    void aSecondActivationStoresNothingSoARestartMakesNoVersion() {
        activate(BuiltInTemplates.shipped());
        int calls = store.storeCalls;

        DefaultFollowUpTemplates restarted = service();
        assertEquals(0, restarted.storeBuiltIns(BuiltInTemplates.shipped()));

        assertEquals(4, store.count());
        assertTrue(restarted.latest().stream().allMatch(info -> info.version() == 1));
        assertEquals(calls + 4, store.storeCalls, "each built-in was offered once more, and none stored");
    }

    @Test
    void aChangedBuiltInBecomesItsCodesNextVersionAndTheOthersStayAsTheyWere() {
        activate(BuiltInTemplates.shipped());
        byte[] changed = orsRetitled("ORS – skattning av måendet");
        List<BuiltInTemplates.Shipped> nextRelease = new ArrayList<>();
        for (BuiltInTemplates.Shipped shipped : BuiltInTemplates.shipped()) {
            nextRelease.add(shipped.code().equals("ORS") ? new BuiltInTemplates.Shipped("ORS", () -> changed)
                    : shipped);
        }

        DefaultFollowUpTemplates service = activate(nextRelease);

        List<TemplateVersionInfo> ors = service.versions("ORS");
        assertEquals(List.of(1, 2), ors.stream().map(TemplateVersionInfo::version).toList());
        assertEquals(TemplateOrigin.BUILT_IN, ors.get(1).origin());
        assertEquals("ORS – skattning av måendet", service.latest("ORS").template().title().sv());
        assertArrayEquals(changed, service.latest("ORS").document().json());
        assertArrayEquals(builtIn("ORS"), service.version("ORS", 1).document().json(), "version 1 is kept");
        assertEquals(5, store.count());
    }

    @Test
    void aBuiltInThatCannotBeStoredIsSkippedAndTheOthersAreStored() {
        List<BuiltInTemplates.Shipped> shipped = new ArrayList<>();
        shipped.add(new BuiltInTemplates.Shipped("UNREADABLE", () -> {
            throw new UncheckedIOException(new IOException("the bundle holds no templates/UNREADABLE.json"));
        }));
        shipped.add(new BuiltInTemplates.Shipped("BROKEN", () -> "{\"resourceType\": \"Questionnaire\"}"
                .getBytes(StandardCharsets.UTF_8)));
        shipped.addAll(BuiltInTemplates.shipped());

        assertEquals(4, activate(shipped).latest().size());
    }

    @Test
    void aBuiltInWhoseInterventionTypeWasRetiredIsSkipped() {
        lists.add(ListKind.INTERVENTION_TYPE, "BOENDESTOD", false);

        DefaultFollowUpTemplates service = activate(BuiltInTemplates.shipped());

        assertEquals(List.of("ALDREOMSORG_SOCIAL_SAMVARO", "ORS", "TROSA_MISSBRUK"),
                service.latest().stream().map(TemplateVersionInfo::code).toList(), "Kalmar's is for BOENDESTOD");
    }

    // ---------------------------------------------------------------- uploads

    @Test
    void anUploadIsStoredAsTheCodesNextVersionWithItsDigestSizeAndUploader() throws Exception {
        activate(BuiltInTemplates.shipped());
        byte[] json = orsRetitled("ORS för ungdomar");

        TemplateUpload upload = service().store(json, TemplateOrigin.UPLOADED, ADMIN);

        assertTrue(upload.created());
        TemplateVersionInfo info = upload.info();
        assertEquals("ORS", info.code());
        assertEquals(2, info.version());
        assertEquals(TemplateOrigin.UPLOADED, info.origin());
        assertEquals("admin", info.storedBy());
        assertEquals(sha256(json), info.sha256());
        assertEquals(json.length, info.size());
        assertEquals(new LocalizedText("ORS för ungdomar", "ORS – Outcome Rating Scale (repeated measures)"),
                info.title());
        StoredTemplate stored = service().version("ORS", 2);
        assertArrayEquals(json, stored.document().json());
        assertEquals(info, stored.info());
    }

    @Test
    void theSameBytesAgainStoreNothingAndAnswerTheVersionThatHoldsThem() {
        byte[] json = orsRetitled("ORS för ungdomar");
        DefaultFollowUpTemplates service = service();
        TemplateUpload first = service.store(json, TemplateOrigin.UPLOADED, ADMIN);

        TemplateUpload again = service.store(json.clone(), TemplateOrigin.UPLOADED, new Actor("admin2"));

        assertFalse(again.created());
        assertEquals(first.info(), again.info());
        assertEquals(1, store.count());
    }

    @Test
    void aNewCodeStartsAtVersionOne() {
        ObjectNode doc = tree(builtIn("ORS"));
        Fixtures.set(doc, "/code", "'ORS_UNGA'");

        TemplateUpload upload = service().store(Fixtures.bytes(doc), TemplateOrigin.UPLOADED, ADMIN);

        assertEquals("ORS_UNGA", upload.info().code());
        assertEquals(1, upload.info().version());
    }

    @Test
    void anInvalidDocumentIsRefusedWithTheReadersErrorsAsTheyAreAndNothingIsStored() {
        ObjectNode doc = Fixtures.everyType();
        Fixtures.set(doc, "/code", "'x'");
        Fixtures.set(doc, "/occasions/1/weeks", "0");
        byte[] json = Fixtures.bytes(doc);
        List<FieldError> readersOwn = assertThrows(ValidationException.class, () -> reader.read(json)).errors();

        ValidationException e = assertThrows(ValidationException.class,
                () -> service().store(json, TemplateOrigin.UPLOADED, ADMIN));

        assertEquals(readersOwn, e.errors());
        assertEquals(List.of("$.code", "$.occasions[1].weeks"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(0, store.storeCalls);
    }

    @Test
    void anInterventionTypeTheCatalogueDoesNotHoldIsRefusedByItsJsonPath() {
        // every-type.json is for BOENDESTOD and HEMTJANST; the catalogue has no HEMTJANST
        ValidationException e = assertThrows(ValidationException.class,
                () -> service().store(Fixtures.everyTypeBytes(), TemplateOrigin.UPLOADED, ADMIN));

        assertEquals(List.of(new FieldError("$.population.interventionTypes[1]",
                "is not an intervention type of the catalogue")), e.errors());
        assertEquals(0, store.storeCalls);
    }

    @Test
    void aRetiredInterventionTypeIsRefusedByItsJsonPath() {
        ObjectNode doc = Fixtures.everyType();
        Fixtures.set(doc, "/population/interventionTypes", "['AVVECKLAD', 'BOENDESTOD', 'NYTT']");

        ValidationException e = assertThrows(ValidationException.class,
                () -> service().store(Fixtures.bytes(doc), TemplateOrigin.UPLOADED, ADMIN));

        assertEquals(List.of(new FieldError("$.population.interventionTypes[0]", "is a retired intervention type"),
                new FieldError("$.population.interventionTypes[2]", "is not an intervention type of the catalogue")),
                e.errors());
        assertEquals(0, store.count());
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedAsAWholeBeforeItIsRead() {
        byte[] json = new byte[FollowUpTemplates.MAX_DOCUMENT_BYTES + 1];
        Arrays.fill(json, (byte) ' ');

        ValidationException e = assertThrows(ValidationException.class,
                () -> service().store(json, TemplateOrigin.UPLOADED, ADMIN));

        assertEquals(List.of(new FieldError("$", "must be at most 1048576 bytes")), e.errors());
        assertEquals(0, store.storeCalls);
    }

    @Test
    void aDocumentOfExactlyTheLimitIsRead() {
        // ORS padded with spaces after its end: still one JSON document, and 1 MiB exactly
        byte[] ors = builtIn("ORS");
        byte[] json = new byte[FollowUpTemplates.MAX_DOCUMENT_BYTES];
        Arrays.fill(json, (byte) ' ');
        System.arraycopy(ors, 0, json, 0, ors.length);

        TemplateUpload upload = service().store(json, TemplateOrigin.UPLOADED, ADMIN);

        assertEquals(FollowUpTemplates.MAX_DOCUMENT_BYTES, upload.info().size());
    }

    @Test
    void aStoreThatLostARaceIsAskedOnceMore() {
        store.racesToLose = 1;

        TemplateUpload upload = service().store(builtIn("ORS"), TemplateOrigin.UPLOADED, ADMIN);

        assertTrue(upload.created());
        assertEquals(2, store.storeCalls);
        assertEquals(1, store.count());
    }

    @Test
    void aSecondLostRaceIsTheCallersConflictAndNothingIsStored() {
        store.racesToLose = 2;

        assertThrows(ConflictException.class,
                () -> service().store(builtIn("ORS"), TemplateOrigin.UPLOADED, ADMIN));

        assertEquals(2, store.storeCalls);
        assertEquals(0, store.count());
    }

    // ---------------------------------------------------------------- reads

    @Test
    void aTemplateIsReadByItsLatestVersionOrAnyVersion() {
        DefaultFollowUpTemplates service = activate(BuiltInTemplates.shipped());
        byte[] v2 = orsRetitled("ORS, version två");
        service.store(v2, TemplateOrigin.UPLOADED, ADMIN);

        StoredTemplate latest = service.latest("ORS");
        assertEquals(2, latest.info().version());
        assertEquals("ORS, version två", latest.template().title().sv());
        assertArrayEquals(v2, latest.document().json());
        assertEquals(List.of(RespondentRole.CLIENT),
                latest.template().respondents().stream().map(r -> r.role()).toList());
        assertEquals(1, service.version("ORS", 1).info().version());
        assertArrayEquals(builtIn("ORS"), service.version("ORS", 1).document().json());
        assertEquals(2, service.latest().stream().filter(i -> i.code().equals("ORS")).findFirst().orElseThrow()
                .version());
    }

    @Test
    void anUnknownTemplateOrVersionIsNotFound() {
        DefaultFollowUpTemplates service = activate(BuiltInTemplates.shipped());

        assertEquals("No follow-up template 'NOPE'",
                assertThrows(NotFoundException.class, () -> service.versions("NOPE")).getMessage());
        assertThrows(NotFoundException.class, () -> service.latest("NOPE"));
        assertEquals("No follow-up template 'ORS' version '3'",
                assertThrows(NotFoundException.class, () -> service.version("ORS", 3)).getMessage());
        assertThrows(NotFoundException.class, () -> service.version("ORS", 0));
        assertThrows(NotFoundException.class, () -> service.version(null, 1));
    }

    @Test
    void aCodeThatIsNoCodeIsNotEchoedInTheMessage() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> service().versions("19850101-1234 <script>"));

        assertEquals("No follow-up template '?'", e.getMessage());
    }

    @Test
    void aVersionIsReadFromTheStoreOnceAndThenKept() {
        DefaultFollowUpTemplates service = activate(BuiltInTemplates.shipped());
        StoredTemplate first = service.version("ORS", 1);
        int reads = store.documentReads;

        StoredTemplate again = service.version("ORS", 1);

        assertEquals(reads, store.documentReads);
        assertEquals(first, again);
    }

    @Test
    void moreVersionsThanTheCacheHoldsAreReadAgainFromTheStore() {
        DefaultFollowUpTemplates service = service();
        for (int v = 1; v <= DefaultFollowUpTemplates.CACHED_VERSIONS + 1; v++) {
            service.store(orsRetitled("ORS " + v), TemplateOrigin.UPLOADED, ADMIN);
            service.version("ORS", v);
        }
        int reads = store.documentReads;

        assertEquals("ORS 1", service.version("ORS", 1).template().title().sv());
        assertEquals(reads + 1, store.documentReads, "the oldest was dropped");
        service.version("ORS", DefaultFollowUpTemplates.CACHED_VERSIONS + 1);
        assertEquals(reads + 1, store.documentReads, "the newest was kept");
    }

    @Test
    void aStoredVersionTheFormatNoLongerAcceptsAnswersUnavailableNamingCodeAndVersion() throws Exception {
        byte[] older = "{\"resourceType\": \"FoljaFollowUpTemplate\", \"code\": \"GAMMAL\"}"
                .getBytes(StandardCharsets.UTF_8);
        store.put(new TemplateVersionInfo("GAMMAL", 1, new LocalizedText("Gammal", null), TemplateOrigin.UPLOADED,
                sha256(older), older.length, "admin", NOW), older);
        DefaultFollowUpTemplates service = service();

        UnavailableException e = assertThrows(UnavailableException.class, () -> service.version("GAMMAL", 1));

        assertTrue(e.getMessage().contains("Version 1 of follow-up template GAMMAL"), e.getMessage());
        assertThrows(UnavailableException.class, () -> service.latest("GAMMAL"));
        assertEquals(1, service.versions("GAMMAL").size(), "its version is still listed");
    }

    @Test
    void theDigestIsSha256InLowerCaseHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                DefaultFollowUpTemplates.sha256(new byte[0]));
    }
}
