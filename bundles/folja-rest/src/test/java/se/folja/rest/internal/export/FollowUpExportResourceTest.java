package se.folja.rest.internal.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;

import se.folja.api.Actor;
import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.AnswerLine;
import se.folja.api.export.DurationLine;
import se.folja.api.export.Exports;
import se.folja.api.export.FlowInterval;
import se.folja.api.export.FlowLine;
import se.folja.api.export.FollowUpExports;
import se.folja.api.export.FollowUpResponseRow;
import se.folja.api.export.FollowUpSelection;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.QuestionColumn;
import se.folja.api.export.RecordExport;
import se.folja.api.export.RowSink;
import se.folja.api.export.ScaleChangeLine;
import se.folja.api.export.ScaleChangeRow;
import se.folja.api.export.ScaleGrouping;
import se.folja.api.export.ScaleOutcome;
import se.folja.api.export.ShareLine;
import se.folja.api.followup.QuestionType;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.security.Roles;

/** The follow-up exports over REST: parameters read together, formats by format= or Accept, tables and records. */
class FollowUpExportResourceTest {

    static final Instant NOW = Instant.parse("2027-01-01T08:00:00Z");

    private final List<Object> asked = new ArrayList<>();

    private static <L> FollowUpTable<L> table(String kind, List<L> rows) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("template", "ORS");
        parameters.put("asOf", "2027-01-01");
        return new FollowUpTable<>(kind, parameters, NOW, 5, Map.of("templateVersions", "1"), rows);
    }

    private static final RecordExport RECORDS = new RecordExport("followup-responses", Map.of("template", "X"), NOW,
            "demo", Map.of("templateVersions", "1"));

    /** The follow-up exports, recording what they were asked and answering canned tables. */
    private final FollowUpExports followUps = new FollowUpExports() {
        @Override
        public FollowUpTable<AnswerLine> answers(FollowUpSelection s, LocalDate from, LocalDate to, Actor a) {
            asked.addAll(List.of(s, from + ".." + to));
            return table("followup-answers", List.of(new AnswerLine("alder", "INTEGER", "TOTAL", null, 11L, 11L,
                    new BigDecimal("19"), new BigDecimal("64"), new BigDecimal("36.36"), new BigDecimal("33.50"),
                    null, null, false)));
        }

        @Override
        public FollowUpTable<DurationLine> durations(FollowUpSelection s, LocalDate asOf, Actor a) {
            asked.addAll(Arrays.asList(s, asOf, a.userName()));
            return table("followup-durations", List.of(new DurationLine("ONGOING", 83L, 1, 173,
                    new BigDecimal("28.31"), new BigDecimal("20.50"), false), new DurationLine("ENDED", null, null,
                            null, null, null, true)));
        }

        @Override
        public FollowUpTable<FlowLine> flow(FollowUpSelection s, LocalDate from, LocalDate to, FlowInterval interval,
                Actor a) {
            asked.addAll(Arrays.asList(s, interval));
            return table("followup-enrolled-and-ended", List.of(new FlowLine("2009", "active", "MALE", 67L, false)));
        }

        @Override
        public FollowUpTable<ShareLine> shares(FollowUpSelection s, LocalDate from, LocalDate to, LocalDate asOf,
                String question, Set<String> positive, List<AgeGroup> ageGroups, Actor a) {
            asked.addAll(Arrays.asList(s, asOf, question, positive, ageGroups));
            return table("followup-shares", List.of(new ShareLine("0-20", "positiveChange", 15L, 20L,
                    new BigDecimal("75.0"), false)));
        }

        @Override
        public FollowUpTable<ScaleChangeLine> scaleChange(FollowUpSelection s, LocalDate from, LocalDate to,
                String scale, ScaleGrouping groupBy, List<AgeGroup> ageGroups, Actor a) {
            asked.addAll(Arrays.asList(s, scale, groupBy, ageGroups));
            return table("followup-scale-change", List.of(new ScaleChangeLine("TOTAL", "RECOVERED", 12L, 50L,
                    new BigDecimal("24.0"), false)));
        }

        @Override
        public PreparedExport<ScaleChangeRow> scaleChangeRecords(FollowUpSelection s, LocalDate from, LocalDate to,
                String scale, Actor a) {
            asked.addAll(Arrays.asList(s, scale));
            return new PreparedExport<>() {
                @Override
                public RecordExport export() {
                    return RECORDS;
                }

                @Override
                public long writeTo(RowSink<ScaleChangeRow> sink) throws IOException {
                    sink.row(new ScaleChangeRow("abcdefghijklmnopabcdefghijklmnop", "NORR", "FEMALE", "35-44", 3,
                            "2026-01", "2026-04", new BigDecimal("20"), new BigDecimal("26.5"),
                            new BigDecimal("6.5"), ScaleOutcome.RELIABLY_IMPROVED, true));
                    return 1;
                }
            };
        }

        @Override
        public PreparedResponseExport responses(FollowUpSelection s, LocalDate from, LocalDate to, Actor a) {
            asked.add(s);
            return new PreparedResponseExport() {
                @Override
                public RecordExport export() {
                    return RECORDS;
                }

                @Override
                public List<QuestionColumn> questions() {
                    return List.of(new QuestionColumn("ors-individual", QuestionType.DECIMAL),
                            new QuestionColumn("unit", QuestionType.SINGLE_CHOICE),
                            new QuestionColumn("alder", QuestionType.INTEGER),
                            new QuestionColumn("drog", QuestionType.MULTIPLE_CHOICE));
                }

                @Override
                public long writeTo(RowSink<FollowUpResponseRow> sink) throws IOException {
                    sink.row(new FollowUpResponseRow("abcdefghijklmnopabcdefghijklmnop", "NORR", "X", 1, "baseline",
                            1, "CLIENT", "2026-09", "18-24", "MALE", Arrays.asList("7.5", "A", null, "B|C")));
                    return 1;
                }
            };
        }
    };

    private final ExportResource resource = new ExportResource(
            (Exports) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Exports.class},
                    (p, m, a) -> {
                        throw new AssertionError("not used");
                    }), followUps,
            (LifeAreaMapper) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {LifeAreaMapper.class},
                    (p, m, a) -> {
                        throw new AssertionError("not used");
                    }));

    private static FollowUpRequest.Common common(String template, String version, String format, String excel,
            String... units) {
        FollowUpRequest.Common c = new FollowUpRequest.Common();
        c.template = template;
        c.version = version;
        c.format = format;
        c.excel = excel;
        c.units = List.of(units);
        return c;
    }

    private static HttpHeaders accept(String... types) {
        return (HttpHeaders) Proxy.newProxyInstance(FollowUpExportResourceTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (p, m, a) -> {
                    if (m.getName().equals("getAcceptableMediaTypes")) {
                        return Arrays.stream(types).map(MediaType::valueOf).toList();
                    }
                    throw new AssertionError("not used: " + m.getName());
                });
    }

    private static SecurityContext stina() {
        Principal principal = () -> "stina";
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    private static String csv(Response response) throws IOException {
        ExportTable table = assertInstanceOf(ExportTable.class, response.getEntity());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(table, new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(Response response) throws IOException {
        Object entity = response.getEntity();
        if (entity instanceof StreamingOutput streaming) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            streaming.write(out);
            return JsonProvider.MAPPER.readTree(out.toByteArray());
        }
        return JsonProvider.MAPPER.valueToTree(entity);
    }

    @Test
    void theParametersReachTheExportAsTheyWereMeant() {
        resource.followUpShares(common("TROSA_MISSBRUK", "2", null, null, "NORR,SODER"), "2019-01-01",
                "2019-12-31", "2026-03-01", "situation", List.of("POSITIV,OFORANDRAD"), "13-20,21-", accept(),
                stina());
        assertEquals(List.of(new FollowUpSelection("TROSA_MISSBRUK", 2, Set.of("NORR", "SODER")),
                LocalDate.of(2026, 3, 1), "situation", Set.of("POSITIV", "OFORANDRAD"),
                List.of(new AgeGroup(13, 20), new AgeGroup(21, null))), asked);
        asked.clear();
        resource.followUpDurations(common("ORS", null, null, null), null, accept(), stina());
        assertEquals(Arrays.asList(new FollowUpSelection("ORS", null, Set.of()), null, "stina"), asked);
        asked.clear();
        resource.followUpScaleChange(common("ORS", "", null, null), "2026-01-01", "2026-12-31", null, "ageGroup",
                null, accept(), stina());
        assertEquals(Arrays.asList(new FollowUpSelection("ORS", null, Set.of()), null, ScaleGrouping.AGE_GROUP,
                List.of(new AgeGroup(0, 20), new AgeGroup(21, null))), asked);
        asked.clear();
        resource.followUpFlow(common("ORS", null, null, null), "2009-01-01", "2009-05-31", "Quarter", accept(),
                stina());
        assertEquals(FlowInterval.QUARTER, asked.get(1));
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        ValidationException refused = assertThrows(ValidationException.class, () -> resource.followUpShares(
                common("TROSA_MISSBRUK", "x", "xls", "maybe"), "2019-13-01", null, "tomorrow", "situation",
                List.of("POSITIV"), "20-10", accept(), stina()));
        assertEquals(List.of("format", "excel", "from", "asOf", "version", "ageGroups"), refused.errors().stream()
                .map(FieldError::field).toList());
        assertEquals(List.of("period", "version"), assertThrows(ValidationException.class, () ->
                resource.followUpFlow(common("ORS", "0", null, null), "2009-01-01", "2009-05-31", "week", accept(),
                        stina())).errors().stream().map(FieldError::field).sorted().toList());
        assertEquals(List.of(new FieldError("groupBy", "must be unit or ageGroup")), assertThrows(
                ValidationException.class, () -> resource.followUpScaleChange(common("ORS", null, null, null),
                        "2026-01-01", "2026-12-31", null, "client", null, accept(), stina())).errors());
        assertTrue(asked.isEmpty(), "no export was asked for");
    }

    @Test
    void theFormatIsFormatsOrElseTheAcceptHeaders() throws IOException {
        Response json = resource.followUpDurations(common("ORS", null, null, null), null,
                accept("text/html", "*/*"), stina());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, json.getMediaType());
        JsonNode body = json(json);
        assertEquals("followup-durations", body.path("kind").asText());
        assertEquals("28.31", body.path("rows").get(0).path("mean").asText());
        assertFalse(body.path("rows").get(1).has("enrolments"), "a suppressed count is absent");
        assertTrue(body.path("rows").get(1).path("suppressed").asBoolean());

        Response csv = resource.followUpDurations(common("ORS", null, null, "true"), null, accept("text/csv"),
                stina());
        assertEquals("text/csv;charset=UTF-8", csv.getMediaType().toString().replace(" ", ""));
        assertEquals("attachment; filename=\"folja-ORS-durations.csv\"", csv.getHeaderString("Content-Disposition"));
        String text = csv(csv);
        assertTrue(text.startsWith("\uFEFF# kind=followup-durations"), text);
        assertTrue(text.contains("status;enrolments;min;max;mean;median;suppressed\r\n"), text);
        assertTrue(text.contains("ONGOING;83;1;173;28,31;20,5;FALSE\r\n"), "decimal commas for Excel: " + text);
        assertTrue(text.contains("ENDED;;;;;;TRUE\r\n"), text);
        assertTrue(text.contains("# suppressionK=5"), text);

        Response xlsx = resource.followUpDurations(common("ORS", null, "xlsx", null), null, accept("text/csv"),
                stina());
        assertEquals(XlsxWriter.MEDIA_TYPE, xlsx.getMediaType().toString(), "format= wins over Accept");
        Response byAccept = resource.followUpDurations(common("ORS", null, null, null), null,
                accept(XlsxWriter.MEDIA_TYPE), stina());
        assertEquals("attachment; filename=\"folja-ORS-durations.xlsx\"",
                byAccept.getHeaderString("Content-Disposition"));
        Response odd = resource.followUpDurations(common("OR\"S\r\nX", null, "csv", null), null, accept(), stina());
        assertEquals("attachment; filename=\"folja-ORSX-durations.csv\"", odd.getHeaderString("Content-Disposition"));
    }

    @Test
    void eachTableHasTheColumnsOfItsJsonRows() throws IOException {
        assertTrue(csv(resource.followUpAnswers(common("TROSA_MISSBRUK", null, "csv", null), "2026-01-01",
                "2026-12-31", accept(), stina())).contains("question,type,value,label,responses,clients,min,max,mean,"
                        + "median,earliest,latest,suppressed\r\nalder,INTEGER,TOTAL,,11,11,19.0,64.0,36.36,33.5,,,"
                        + "FALSE\r\n"));
        assertTrue(csv(resource.followUpFlow(common("ORS", null, "csv", null), "2009-01-01", "2009-05-31", null,
                accept(), stina())).contains("period,measure,gender,enrolments,suppressed\r\n2009,active,MALE,67,"
                        + "FALSE\r\n"));
        assertTrue(csv(resource.followUpShares(common("TROSA_MISSBRUK", null, "csv", null), "2019-01-01",
                "2019-12-31", null, "situation", List.of("POSITIV"), null, accept(), stina())).contains(
                        "ageGroup,measure,count,of,percent,suppressed\r\n0-20,positiveChange,15,20,75.0,FALSE\r\n"));
        assertTrue(csv(resource.followUpScaleChange(common("ORS", null, "csv", null), "2026-01-01", "2026-12-31",
                null, null, null, accept(), stina())).contains("group,outcome,enrolments,of,percent,suppressed\r\n"
                        + "TOTAL,RECOVERED,12,50,24.0,FALSE\r\n"));
        JsonNode shares = json(resource.followUpShares(common("TROSA_MISSBRUK", null, null, null), "2019-01-01",
                "2019-12-31", null, "situation", List.of("POSITIV"), null, accept(), stina()));
        List<String> names = new ArrayList<>();
        shares.path("rows").get(0).fieldNames().forEachRemaining(names::add);
        assertEquals(FollowUpExportTables.SHARE_COLUMNS, names);
        assertEquals(75.0, shares.path("rows").get(0).path("percent").asDouble());
    }

    @Test
    void theRecordsHaveAColumnPerQuestionAndNumbersAsNumbers() throws IOException {
        String text = csv(resource.followUpResponses(common("X", null, "csv", null), "2026-01-01", "2026-12-31",
                accept(), stina()));
        assertTrue(text.contains("# pseudonymKeyId=demo"), text);
        assertTrue(text.contains("client,unit,template,version,occasion,sequence,role,answeredMonth,ageBand,gender,"
                + "ors-individual,answer:unit,alder,drog\r\n"), "a linkId named as a fixed column: " + text);
        assertTrue(text.contains("abcdefghijklmnopabcdefghijklmnop,NORR,X,1,baseline,1,CLIENT,2026-09,18-24,MALE,"
                + "7.5,A,,B|C\r\n"), text);
        String excel = csv(resource.followUpResponses(common("X", null, "csv", "true"), "2026-01-01", "2026-12-31",
                accept(), stina()));
        assertTrue(excel.contains(";MALE;7,5;A;;B|C\r\n"), "a number's decimal comma for Excel: " + excel);

        JsonNode json = json(resource.followUpResponses(common("X", null, null, null), "2026-01-01", "2026-12-31",
                accept(), stina()));
        assertEquals("followup-responses", json.path("kind").asText());
        assertEquals("demo", json.path("pseudonymKeyId").asText());
        assertEquals("alder", json.path("questions").get(2).path("linkId").asText());
        JsonNode row = json.path("rows").get(0);
        assertEquals(7.5, row.path("answers").path("ors-individual").asDouble());
        assertTrue(row.path("answers").path("ors-individual").isNumber());
        assertEquals("B|C", row.path("answers").path("drog").asText());
        assertFalse(row.path("answers").has("alder"), "unanswered");
        assertEquals(1, row.path("version").asInt());

        JsonNode scale = json(resource.followUpScaleChangeRecords(common("ORS", null, null, null), "2026-01-01",
                "2026-12-31", null, accept(), stina()));
        JsonNode enrolment = scale.path("rows").get(0);
        assertEquals(List.of("RELIABLY_IMPROVED", "6.5", "true", "3"), List.of(enrolment.path("outcome").asText(),
                enrolment.path("change").asText(), enrolment.path("recovered").asText(),
                enrolment.path("measurements").asText()));
        String records = csv(resource.followUpScaleChangeRecords(common("ORS", null, "csv", null), "2026-01-01",
                "2026-12-31", null, accept(), stina()));
        assertTrue(records.contains("abcdefghijklmnopabcdefghijklmnop,NORR,FEMALE,35-44,3,2026-01,2026-04,20.0,26.5,"
                + "6.5,RELIABLY_IMPROVED,TRUE\r\n"), records);
    }

    @Test
    void onlyStatisticiansExportAndEveryFollowUpExportIsDescribedWithItsParameters() {
        assertEquals(List.of(Roles.STATISTICIAN), List.of(ExportResource.class.getAnnotation(RolesAllowed.class)
                .value()));
        for (Method m : ExportResource.class.getMethods()) {
            assertEquals(null, m.getAnnotation(RolesAllowed.class), m.getName() + " names no other role");
        }
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true))
                .read(Set.of(ExportResource.class));
        Map<String, List<String>> expected = Map.of(
                "/export/followups/{template}/answers", List.of("from", "to"),
                "/export/followups/{template}/durations", List.of("asOf"),
                "/export/followups/{template}/enrolled-and-ended", List.of("from", "to", "period"),
                "/export/followups/{template}/shares", List.of("from", "to", "asOf", "question", "positive",
                        "ageGroups"),
                "/export/followups/{template}/scale-change", List.of("from", "to", "scale", "groupBy", "ageGroups"),
                "/export/followups/{template}/scale-change/enrolments", List.of("from", "to", "scale"),
                "/export/followups/{template}/responses", List.of("from", "to"));
        expected.forEach((path, own) -> {
            var get = api.getPaths().get(path).getGet();
            List<String> names = get.getParameters().stream().map(p -> p.getIn() + ":" + p.getName()).toList();
            List<String> wanted = new ArrayList<>(List.of("path:template", "query:version", "query:unit",
                    "query:format", "query:excel"));
            own.forEach(o -> wanted.add("query:" + o));
            assertEquals(Set.copyOf(wanted), Set.copyOf(names), path);
            assertTrue(get.getResponses().containsKey("403") && get.getResponses().containsKey("404"), path);
        });
    }
}
