package se.folja.store.internal.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.folja.api.ConflictException;
import se.folja.api.followup.LocalizedText;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.store.internal.StoreTestSupport;
import se.folja.store.spi.FollowUpTemplateStore;

/**
 * What {@link JpaFollowUpTemplateStore} promises, whatever the database: every version of a template keeps its
 * document's exact bytes, the versions of a code are numbered 1, 2, 3 …, and the same bytes are stored once.
 */
abstract class FollowUpTemplateStoreContract extends StoreTestSupport {

    /** In the hour that Swedish time skips, and in the hour that it repeats. */
    static final Instant T1 = Instant.parse("2026-03-29T01:30:00.123Z");
    static final Instant T2 = Instant.parse("2026-10-25T00:30:00.456Z");
    static final Instant T3 = Instant.parse("2026-11-02T09:15:00.789Z");

    static final LocalizedText ORS_TITLE =
            new LocalizedText("ORS – skattning av hur det går", "ORS – Outcome Rating Scale");
    static final LocalizedText SAMVARO_TITLE = new LocalizedText("Social samvaro i äldreomsorgen", null);

    private FollowUpTemplateStore templates;

    @BeforeEach
    void createTemplateStore() {
        templates = new JpaFollowUpTemplateStore(jpa(), null);
    }

    // ---------------------------------------------------------------- the document's bytes

    @Test
    void aDocumentIsStoredAsVersionOneAndReadBackByteForByte() throws SQLException {
        byte[] json = ("{\"code\":\"ALDREOMSORG_SOCIAL_SAMVARO\","
                + "\"title\":{\"sv\":\"Social samvaro i äldreomsorgen\"},"
                + "\"note\":\"Må bra – ÅÄÖ åäö é ß “citat” 😀\",\"escaped\":\"\\u00e5\\n\"}\n")
                .getBytes(StandardCharsets.UTF_8);

        TemplateUpload upload = templates.storeNext("ALDREOMSORG_SOCIAL_SAMVARO", SAMVARO_TITLE,
                TemplateOrigin.BUILT_IN, sha256(json), json, "system", T1);

        TemplateVersionInfo info = new TemplateVersionInfo("ALDREOMSORG_SOCIAL_SAMVARO", 1, SAMVARO_TITLE,
                TemplateOrigin.BUILT_IN, sha256(json), json.length, "system", T1);
        assertEquals(new TemplateUpload(info, true), upload);
        assertEquals(Optional.of(info), templates.find("ALDREOMSORG_SOCIAL_SAMVARO", 1));
        assertEquals(List.of(info), templates.versions("ALDREOMSORG_SOCIAL_SAMVARO"));
        assertEquals(List.of(info), templates.latest());
        assertArrayEquals(json, templates.document("ALDREOMSORG_SOCIAL_SAMVARO", 1).orElseThrow());
        assertEquals(1, count("SELECT COUNT(*) FROM followup_template WHERE document = ?"
                + " AND OCTET_LENGTH(document) = ?", json, json.length), "the database holds the bytes themselves");
    }

    @Test
    void everyByteValueIsKeptAsItIs() {
        // not text: no byte may be decoded, escaped or normalised on the way in or out
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (255 - i % 256);
        }

        templates.storeNext("BYTES", ORS_TITLE, TemplateOrigin.UPLOADED, sha256(bytes), bytes, "anna", T2);

        assertArrayEquals(bytes, templates.document("BYTES", 1).orElseThrow());
        assertEquals(512, templates.find("BYTES", 1).orElseThrow().size());
    }

    @Test
    void aDocumentOfOneMebibyteIsReadBackWhole() {
        byte[] unit = "{\"text\":\"Mående, åtgärd, förändring – ÅÄÖ\"},\n".getBytes(StandardCharsets.UTF_8);
        byte[] json = new byte[1024 * 1024];
        for (int i = 0; i < json.length; i++) {
            json[i] = unit[i % unit.length];
        }

        TemplateUpload upload = templates.storeNext("ORS", ORS_TITLE, TemplateOrigin.UPLOADED, sha256(json), json,
                "anna", T1);

        assertEquals(1024 * 1024, upload.info().size());
        assertArrayEquals(json, templates.document("ORS", 1).orElseThrow());
        assertEquals(List.of(upload.info()), templates.latest(), "the list reads the version, not its document");
    }

    // ---------------------------------------------------------------- versions

    @Test
    void versionsAreNumberedPerCodeOldestFirst() {
        byte[] ors1 = document("ORS", 1);
        byte[] ors2 = document("ORS", 2);
        byte[] ors3 = document("ORS", 3);
        LocalizedText renamed = new LocalizedText("ORS (reviderad)", null);

        TemplateVersionInfo v1 = stored("ORS", ORS_TITLE, ors1, "anna", T1);
        TemplateVersionInfo v2 = stored("ORS", renamed, ors2, "bertil", T2);
        TemplateVersionInfo trosa = stored("TROSA_MISSBRUK", SAMVARO_TITLE, ors1, "anna", T2);
        TemplateVersionInfo v3 = stored("ORS", ORS_TITLE, ors3, "cecilia", T3);

        assertEquals(List.of(1, 2, 3), List.of(v1.version(), v2.version(), v3.version()));
        assertEquals(1, trosa.version(), "another code's versions start at 1, even for bytes stored under ORS");
        assertEquals(List.of(v1, v2, v3), templates.versions("ORS"));
        assertEquals(renamed, templates.find("ORS", 2).orElseThrow().title(), "each version has its own title");
        assertEquals(List.of(trosa), templates.versions("TROSA_MISSBRUK"));
        assertArrayEquals(ors1, templates.document("ORS", 1).orElseThrow());
        assertArrayEquals(ors2, templates.document("ORS", 2).orElseThrow());
        assertArrayEquals(ors3, templates.document("ORS", 3).orElseThrow());
        assertArrayEquals(ors1, templates.document("TROSA_MISSBRUK", 1).orElseThrow());

        assertEquals(List.of(), templates.versions("FINNS_INTE"));
        assertEquals(Optional.empty(), templates.find("ORS", 4));
        assertEquals(Optional.empty(), templates.find("FINNS_INTE", 1));
        assertEquals(Optional.empty(), templates.document("ORS", 4));
        assertEquals(Optional.empty(), templates.document("ORS", 0));
    }

    @Test
    void theSameBytesAgainAreTheVersionThatHoldsThemAndNothingIsStored() throws SQLException {
        byte[] first = document("ORS", 1);
        byte[] second = document("ORS", 2);
        TemplateVersionInfo v1 = stored("ORS", ORS_TITLE, first, "anna", T1);
        TemplateVersionInfo v2 = stored("ORS", ORS_TITLE, second, "anna", T2);

        TemplateUpload again = templates.storeNext("ORS", SAMVARO_TITLE, TemplateOrigin.BUILT_IN, sha256(first),
                first.clone(), "bertil", T3);

        assertEquals(new TemplateUpload(v1, false), again, "version 1 as stored then, not as uploaded now");
        assertEquals(2, count("SELECT COUNT(*) FROM followup_template"));
        assertEquals(List.of(v1, v2), templates.versions("ORS"));
        assertEquals(List.of(v2), templates.latest(), "the latest version is still 2");
        assertEquals(new TemplateUpload(v2, false), templates.storeNext("ORS", ORS_TITLE, TemplateOrigin.UPLOADED,
                sha256(second), second, "cecilia", T3));
    }

    @Test
    void latestIsTheHighestVersionOfEachCodeByCode() {
        assertEquals(List.of(), templates.latest());
        stored("TROSA_MISSBRUK", SAMVARO_TITLE, document("TROSA_MISSBRUK", 1), "anna", T1);
        stored("ORS", ORS_TITLE, document("ORS", 1), "anna", T1);
        TemplateVersionInfo trosa = stored("TROSA_MISSBRUK", SAMVARO_TITLE, document("TROSA_MISSBRUK", 2), "anna", T2);
        TemplateVersionInfo kalmar = stored("KALMAR_BOENDESTOD", ORS_TITLE, document("KALMAR_BOENDESTOD", 1), "anna",
                T2);
        stored("ORS", ORS_TITLE, document("ORS", 2), "anna", T2);
        TemplateVersionInfo ors = stored("ORS", ORS_TITLE, document("ORS", 3), "anna", T3);

        assertEquals(List.of(kalmar, ors, trosa), templates.latest());
    }

    // ---------------------------------------------------------------- concurrency

    @Test
    void twoDocumentsStoredForOneCodeAtOnceAreTwoVersionsOrOneConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String code = "RACE_" + round;
                byte[] a = document(code, 'a');
                byte[] b = document(code, 'b');
                List<Object> outcomes = atOnce(pool,
                        () -> templates.storeNext(code, ORS_TITLE, TemplateOrigin.UPLOADED, sha256(a), a, "anna", T1),
                        () -> templates.storeNext(code, ORS_TITLE, TemplateOrigin.UPLOADED, sha256(b), b, "bertil",
                                T2));

                List<TemplateVersionInfo> stored = new ArrayList<>();
                for (Object outcome : outcomes) {
                    if (outcome instanceof TemplateUpload upload) {
                        assertTrue(upload.created(), code);
                        stored.add(upload.info());
                    } else {
                        ConflictException conflict = (ConflictException) outcome;
                        assertTrue(conflict.getMessage().contains("'" + code + "'"), conflict.getMessage());
                    }
                }
                assertFalse(stored.isEmpty(), code + ": at least one of the two is stored");
                List<Integer> versions = stored.stream().map(TemplateVersionInfo::version).sorted().toList();
                assertEquals(stored.size() == 2 ? List.of(1, 2) : List.of(1), versions, code);
                assertEquals(stored.stream().sorted(Comparator.comparingInt(TemplateVersionInfo::version)).toList(),
                        templates.versions(code), code + ": exactly what was answered is stored");
                for (TemplateVersionInfo info : stored) {
                    byte[] mine = info.storedBy().equals("anna") ? a : b;
                    assertArrayEquals(mine, templates.document(code, info.version()).orElseThrow(),
                            code + ": each version holds the document of the upload that got it");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameDocumentStoredTwiceAtOnceIsOneVersion() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String code = "TWIN_" + round;
                byte[] json = document(code, 1);
                List<Object> outcomes = atOnce(pool,
                        () -> templates.storeNext(code, ORS_TITLE, TemplateOrigin.BUILT_IN, sha256(json), json,
                                "system", T1),
                        () -> templates.storeNext(code, ORS_TITLE, TemplateOrigin.BUILT_IN, sha256(json), json,
                                "system", T1));

                long created = outcomes.stream()
                        .filter(o -> o instanceof TemplateUpload upload && upload.created()).count();
                assertEquals(1, created, code + ": " + outcomes);
                for (Object outcome : outcomes) {
                    if (outcome instanceof TemplateUpload upload) {
                        assertEquals(1, upload.info().version(), code);
                    } else {
                        assertTrue(outcome instanceof ConflictException, code + ": " + outcome);
                    }
                }
                assertEquals(1, templates.versions(code).size(), code);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- the migration

    @Test
    void theMigrationRollsBackAndComesBack() throws Exception {
        stored("ORS", ORS_TITLE, document("ORS", 1), "anna", T1);
        // 012's changesets: the template table, the enablements, their revisions
        rollBack(3);
        assertEquals(0, count("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) IN"
                + " ('followup_template', 'followup_enablement', 'followup_enablement_revision')"));

        migrate();

        assertEquals(List.of(), templates.latest(), "the tables are back, empty");
        assertEquals(1, stored("ORS", ORS_TITLE, document("ORS", 1), "anna", T1).version());
    }

    // ---------------------------------------------------------------- helpers

    private TemplateVersionInfo stored(String code, LocalizedText title, byte[] json, String by, Instant at) {
        TemplateUpload upload = templates.storeNext(code, title, TemplateOrigin.UPLOADED, sha256(json), json, by, at);
        assertTrue(upload.created(), code);
        return upload.info();
    }

    /** A small document of its own for each code and variant. */
    static byte[] document(String code, Object variant) {
        return ("{\"code\":\"" + code + "\",\"title\":{\"sv\":\"Mall " + variant + " – åäö\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Starts the writes together.
     *
     * @return what each returned or, for a {@link ConflictException}, the exception; in the order given
     */
    @SafeVarargs
    private static List<Object> atOnce(ExecutorService pool, Callable<?>... writes)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(writes.length);
        List<Future<?>> attempts = new ArrayList<>();
        for (Callable<?> write : writes) {
            attempts.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return write.call();
            }));
        }
        List<Object> outcomes = new ArrayList<>();
        for (Future<?> attempt : attempts) {
            try {
                outcomes.add(attempt.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof ConflictException conflict)) {
                    throw new AssertionError("neither stored nor a conflict", e.getCause());
                }
                outcomes.add(conflict);
            }
        }
        return outcomes;
    }
}
