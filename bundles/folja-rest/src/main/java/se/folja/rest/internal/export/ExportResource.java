package se.folja.rest.internal.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.export.AgeGroup;
import se.folja.api.export.AggregateTable;
import se.folja.api.export.AnswerLine;
import se.folja.api.export.Dimension;
import se.folja.api.export.DurationLine;
import se.folja.api.export.Exports;
import se.folja.api.export.FlowInterval;
import se.folja.api.export.FlowLine;
import se.folja.api.export.FollowUpExports;
import se.folja.api.export.FollowUpTable;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.PreparedResponseExport;
import se.folja.api.export.ScaleChangeLine;
import se.folja.api.export.ScaleChangeRow;
import se.folja.api.export.ScaleGrouping;
import se.folja.api.export.ShareLine;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/**
 * Exports for statisticians, as JSON, CSV (UTF-8, RFC 4180; {@code excel=true} for Swedish Excel: a byte order
 * mark, semicolons, decimal commas) or XLSX, asked for by {@code format=} or else by {@code Accept}. Every export is
 * audited. The results of follow-ups are under {@code followups/{template}/}: answers, durations, enrolled and ended,
 * shares, scale change and its enrolments, responses.
 */
@Component(service = ExportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("export")
@Tag(name = "Export", description = "Statistik för uppföljning / statistics, safe to hand out")
@RolesAllowed(Roles.STATISTICIAN)
public final class ExportResource {

    private final Exports exports;
    private final FollowUpExports followUps;
    private final LifeAreaMapper mapper;

    @Activate
    public ExportResource(@Reference Exports exports, @Reference FollowUpExports followUps,
            @Reference LifeAreaMapper mapper) {
        this.exports = exports;
        this.followUps = followUps;
        this.mapper = mapper;
    }

    @GET
    @Path("life-areas")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Cancelling clients and their cancellations per life area of assessed need and unit",
            description = "With totals per life area, per unit and in all; cells counting fewer than k clients are"
                    + " suppressed, with complementary cells, and marked. format=json (default), csv or xlsx; excel=true"
                    + " for Swedish Excel.")
    @ApiResponse(responseCode = "400", description = "from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    public Response lifeAreas(
            @BeanParam ExportParameters parameters,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Query q = Query.of(parameters, headers);
        SuppressedTable table = exports.lifeAreas(q.from(), q.to(), q.units(), Roles.actor(security));
        LifeAreaSet areas = mapper.lifeAreas();
        return answer(q, "folja-life-areas", LifeAreaExportJson.of(table, areas),
                ExportTables.lifeAreas(table, areas));
    }

    @GET
    @Path("non-deliveries")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "One pseudonymised row per non-delivery planned in the period, streamed",
            description = "client (keyed pseudonym), gender, ageBand, unit, interventionType, reason, initiator,"
                    + " isoWeek, lifeAreas (of assessed need in the period). No personnummer, name, date or free text."
                    + " format=json (default), csv or xlsx; excel=true for Swedish Excel.")
    @ApiResponse(responseCode = "400", description = "from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "503", description = "No pseudonym key is configured")
    public Response nonDeliveries(
            @BeanParam ExportParameters parameters,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Query q = Query.of(parameters, headers);
        PreparedExport<NonDeliveryExportRow> export = exports.nonDeliveries(q.from(), q.to(), q.units(),
                Roles.actor(security));
        return answer(q, "folja-non-deliveries", new NonDeliveryRecordsJson(export),
                ExportTables.nonDeliveries(export));
    }

    @GET
    @Path("summary")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Kalmar's table in one call",
            description = "Clients with a grant (women, men), granted sessions (per week), cancellations and their"
                    + " share of the granted sessions, cancelling clients, reasons ranked, the cancelling clients'"
                    + " life areas ranked; cancellations by day in the period, grants by the weeks whose Thursday lies in it;"
                    + " counts of fewer than k clients suppressed. format=json (default), csv"
                    + " (long form: section, code, labelSv, value, cancellations, clients, suppressed) or xlsx.")
    @ApiResponse(responseCode = "400", description = "from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    public Response summary(
            @BeanParam ExportParameters parameters,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        Query q = Query.of(parameters, headers);
        Summary summary = exports.summary(q.from(), q.to(), q.units(), Roles.actor(security));
        return answer(q, "folja-summary", SummaryJson.of(summary), ExportTables.summary(summary));
    }

    @GET
    @Path("non-deliveries/aggregate")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Non-deliveries aggregated by any combination of dimensions, with every total",
            description = "groupBy: one to four of week or month, unit, reason, initiator, interventionType, gender,"
                    + " ageBand, lifeArea. Per cell: nonDeliveries, clients, and when grants know every dimension"
                    + " grantedSessions, rate and wholeWeeks. Cells of fewer than k clients suppressed and marked."
                    + " format=json (default), csv or xlsx; excel=true for Swedish Excel (decimal comma).")
    @ApiResponse(responseCode = "400", description = "from, to, groupBy, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    public Response aggregate(
            @Parameter(description = "Dimensions, comma-separated, e.g. month,unit,reason") @QueryParam("groupBy")
                    String groupBy,
            @BeanParam ExportParameters parameters,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : groupBy == null ? new String[0] : groupBy.split(",")) {
            if (!name.isBlank()) {
                dimensions.add(Dimension.ofParameter(name).orElseThrow(() -> ValidationException.of("groupBy",
                        "must be dimensions among week, month, unit, reason, initiator, interventionType, gender,"
                                + " ageBand, lifeArea")));
            }
        }
        Query q = Query.of(parameters, headers);
        AggregateTable table = exports.aggregate(q.from(), q.to(), q.units(), dimensions, Roles.actor(security));
        return answer(q, "folja-non-delivery-aggregate", ExportTables.aggregateJson(table),
                ExportTables.aggregate(table));
    }

    // The results of follow-ups, per template: /export/followups/{template}/…

    private static final String FORMATS = " format=json (default), csv or xlsx, or by Accept; excel=true for Swedish"
            + " Excel (decimal comma).";

    @GET
    @Path("followups/{template}/answers")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Per question of a follow-up template, the distribution of the answers",
            description = "Completed responses answered in [from, to], of enrolments not annulled: per answer the"
                    + " responses and clients of choice, reason-code, life-area and yes/no questions (every option,"
                    + " zeros too); count, min, max, mean and median of number questions; count and earliest and"
                    + " latest month of date questions. Free text is never exported. Counts of fewer than k clients"
                    + " suppressed, with a complement among the question's answers." + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    public Response followUpAnswers(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "First day answered, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day answered, e.g. 2026-12-31") @QueryParam("to") String to,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate first = r.date("from", from);
        LocalDate last = r.date("to", to);
        r.check();
        FollowUpTable<AnswerLine> table = followUps.answers(r.selection(), first, last, Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("answers"), table, FollowUpExportTables.answers(table));
    }

    @GET
    @Path("followups/{template}/durations")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Enrolment durations in whole months, ongoing and ended (Umeå's table)",
            description = "Enrolments not annulled, started on or before asOf (default today): ongoing ones (not"
                    + " ended on asOf) from the start to asOf, ended ones from the start to the last day; months as"
                    + " ChronoUnit.MONTHS.between counts them. Count, min, max, mean and median (2 decimals, half"
                    + " up); a line of fewer than k clients suppressed." + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, asOf, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    public Response followUpDurations(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "The day asked about (default: today, Swedish time)") @QueryParam("asOf")
                    String asOf,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate day = r.date("asOf", asOf);
        r.check();
        FollowUpTable<DurationLine> table = followUps.durations(r.selection(), day, Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("durations"), table, FollowUpExportTables.durations(table));
    }

    @GET
    @Path("followups/{template}/enrolled-and-ended")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Enrolments active, started and ended per month, quarter or year, by legal gender",
            description = "Per period of [from, to] (clipped to it) and for the whole period (TOTAL): active"
                    + " (enrolled at some time in the period), started and ended; FEMALE, MALE and TOTAL. Annulled"
                    + " enrolments count nowhere; counts of 1 to k - 1 suppressed with their complements."
                    + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, from, to, period, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    public Response followUpFlow(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "First day, e.g. 2009-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2009-05-31") @QueryParam("to") String to,
            @Parameter(description = "month (default), quarter or year") @QueryParam("period") String period,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate first = r.date("from", from);
        LocalDate last = r.date("to", to);
        FlowInterval interval = null;
        if (period != null && !period.isBlank()) {
            interval = FlowInterval.ofParameter(period).orElse(null);
            if (interval == null) {
                r.refuse("period", "must be month, quarter or year");
            }
        }
        r.check();
        FollowUpTable<FlowLine> table = followUps.flow(r.selection(), first, last, interval, Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("enrolled-and-ended"), table, FollowUpExportTables.flow(table));
    }

    @GET
    @Path("followups/{template}/shares")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Positive change and dropout by age group (Trosa's shares)",
            description = "Enrolments not annulled started in [from, to], by the age on the first day. Positive"
                    + " change: of those with a completed response answering the question, those whose latest such"
                    + " response gives one of the positive codes. Dropout: of all, those ended with reason DROPOUT"
                    + " on or before asOf (default today). Counts and percentages (1 decimal); a suppressed count"
                    + " suppresses its share." + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, from, to, asOf, question, positive, ageGroups, format"
            + " or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    public Response followUpShares(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "First day of the starts, e.g. 2019-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day of the starts, e.g. 2019-12-31") @QueryParam("to") String to,
            @Parameter(description = "The day dropouts and answers are counted up to (default: today)")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "The linkId of the choice question that tells the change, e.g. situation")
            @QueryParam("question") String question,
            @Parameter(description = "Its codes of positive change, e.g. POSITIV") @QueryParam("positive")
                    List<String> positive,
            @Parameter(description = "Age groups at the start, e.g. 0-20,21- (the default)")
            @QueryParam("ageGroups") String ageGroups,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate first = r.date("from", from);
        LocalDate last = r.date("to", to);
        LocalDate day = r.date("asOf", asOf);
        List<AgeGroup> groups = r.ageGroups(ageGroups);
        r.check();
        FollowUpTable<ShareLine> table = followUps.shares(r.selection(), first, last, day, question,
                Params.codes(positive), groups, Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("shares"), table, FollowUpExportTables.shares(table));
    }

    @GET
    @Path("followups/{template}/scale-change")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "Change on a scale (ORS) from the first to the latest measurement, classified",
            description = "Per enrolment with at least two completed responses answered in [from, to] by the scale's"
                    + " respondent that answer every item: the total's change classified by the template's scoring"
                    + " (reliable-change threshold and clinical cutoff of the age group at the first measurement)"
                    + " as RELIABLY_IMPROVED, NO_RELIABLE_CHANGE, RELIABLY_DETERIORATED or NOT_CLASSIFIED, and"
                    + " RECOVERED; counts and percentages, in total and by unit or age group; small counts"
                    + " suppressed with their complements." + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, from, to, scale, groupBy, ageGroups, format or excel"
            + " invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    public Response followUpScaleChange(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "First day measured, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day measured, e.g. 2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "The scale's code (default: the template's one scale), e.g. ors-total")
            @QueryParam("scale") String scale,
            @Parameter(description = "unit or ageGroup (default: the total only)") @QueryParam("groupBy")
                    String groupBy,
            @Parameter(description = "With groupBy=ageGroup: the groups by the age at the first measurement, e.g."
                    + " 6-12,13-17,18- (default 0-20,21-)") @QueryParam("ageGroups") String ageGroups,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate first = r.date("from", from);
        LocalDate last = r.date("to", to);
        List<AgeGroup> groups = r.ageGroups(ageGroups);
        ScaleGrouping grouping = ScaleGrouping.NONE;
        if (groupBy != null && !groupBy.isBlank()) {
            switch (groupBy.strip()) {
                case "unit" -> grouping = ScaleGrouping.UNIT;
                case "ageGroup" -> grouping = ScaleGrouping.AGE_GROUP;
                default -> r.refuse("groupBy", "must be unit or ageGroup");
            }
        }
        r.check();
        FollowUpTable<ScaleChangeLine> table = followUps.scaleChange(r.selection(), first, last, scale, grouping,
                groups, Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("scale-change"), table, FollowUpExportTables.scaleChange(table));
    }

    @GET
    @Path("followups/{template}/scale-change/enrolments")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "One pseudonymised row per enrolment of the scale-change export, streamed",
            description = "client (keyed pseudonym), unit, gender, ageBand (at the first measurement), measurements,"
                    + " firstMonth, latestMonth, first, latest, change, outcome, recovered. No personnummer, name,"
                    + " day or free text." + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, from, to, scale, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    @ApiResponse(responseCode = "503", description = "No pseudonym key is configured")
    public Response followUpScaleChangeRecords(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "First day measured, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day measured, e.g. 2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "The scale's code (default: the template's one scale)") @QueryParam("scale")
                    String scale,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate first = r.date("from", from);
        LocalDate last = r.date("to", to);
        r.check();
        PreparedExport<ScaleChangeRow> export = followUps.scaleChangeRecords(r.selection(), first, last, scale,
                Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("scale-change-enrolments"), FollowUpRecordsJson.scaleChange(
                export), FollowUpExportTables.scaleChangeRecords(export));
    }

    @GET
    @Path("followups/{template}/responses")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE, XlsxWriter.MEDIA_TYPE})
    @Operation(summary = "One pseudonymised row per completed response, streamed",
            description = "client (keyed pseudonym), unit, template, version, occasion, sequence, role,"
                    + " answeredMonth, ageBand, gender, then a column per question that is not free text (its"
                    + " linkId; several values joined by |, a date as its month). No personnummer, name, day or"
                    + " free text." + FORMATS)
    @ApiResponse(responseCode = "400", description = "version, from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "404", description = "No template has the code")
    @ApiResponse(responseCode = "503", description = "No pseudonym key is configured")
    public Response followUpResponses(
            @BeanParam FollowUpRequest.Common common,
            @Parameter(description = "First day answered, e.g. 2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day answered, e.g. 2026-12-31") @QueryParam("to") String to,
            @Context HttpHeaders headers,
            @Context SecurityContext security) {
        FollowUpRequest r = new FollowUpRequest(common, headers);
        LocalDate first = r.date("from", from);
        LocalDate last = r.date("to", to);
        r.check();
        PreparedResponseExport export = followUps.responses(r.selection(), first, last, Roles.actor(security));
        return answer(r.format(), r.excel(), r.file("responses"), FollowUpRecordsJson.responses(export),
                FollowUpExportTables.responses(export));
    }

    /**
     * The answer in the format asked for: JSON as it is, CSV and XLSX as attachments named {@code file.csv} or
     * {@code file.xlsx}, the table written by {@link CsvWriter} or {@link XlsxWriter} as its rows come.
     */
    private static Response answer(Query q, String file, Object json, ExportTable table) {
        return answer(q.format(), q.excel(), file, json, table);
    }

    private static Response answer(Format format, boolean excel, String file, Object json, ExportTable table) {
        if (format == Format.XLSX) {
            return attachment(table, XlsxWriter.MEDIA_TYPE, file + ".xlsx");
        }
        if (format == Format.CSV) {
            return attachment(table.forExcel(excel), CsvWriter.UTF_8, file + ".csv");
        }
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }

    /**
     * @return the format the {@code Accept} header prefers among JSON, CSV and XLSX, JSON when it names none of them
     *     (or only a wildcard): {@code format=} is asked for first
     */
    static Format negotiated(HttpHeaders headers) {
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            String name = type.getType() + "/" + type.getSubtype();
            if (name.equalsIgnoreCase(CsvWriter.MEDIA_TYPE)) {
                return Format.CSV;
            }
            if (name.equalsIgnoreCase(XlsxWriter.MEDIA_TYPE)) {
                return Format.XLSX;
            }
            if (name.equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
                return Format.JSON;
            }
        }
        return Format.JSON;
    }

    private static Response attachment(ExportTable body, String type, String file) {
        return Response.ok(body, type).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + file + "\"").build();
    }

    /** The formats of an export. */
    enum Format {
        JSON, CSV, XLSX
    }

    /** The parameters every export takes, checked together so that one 400 names every bad one. */
    record Query(LocalDate from, LocalDate to, Set<String> units, Format format, boolean excel) {

        static Query of(ExportParameters p, HttpHeaders headers) {
            Params params = new Params();
            LocalDate first = params.date("from", p.from);
            LocalDate last = params.date("to", p.to);
            Format chosen = params.enumValue("format", p.format, Format.class);
            boolean forExcel = params.bool("excel", p.excel, false);
            params.check();
            return new Query(first, last, Params.codes(p.units), chosen == null ? negotiated(headers) : chosen,
                    forExcel);
        }
    }

    /** The query parameters every export takes, declared once (JAX-RS fills them; OpenAPI describes them). */
    public static final class ExportParameters {

        @Parameter(description = "First day, e.g. 2026-09-01")
        @QueryParam("from")
        public String from;

        @Parameter(description = "Last day, e.g. 2026-10-31")
        @QueryParam("to")
        public String to;

        @Parameter(description = "Unit codes (default: every unit)")
        @QueryParam("unit")
        public List<String> units;

        @Parameter(description = "json (default), csv or xlsx")
        @QueryParam("format")
        public String format;

        @Parameter(description = "true: CSV for Swedish Excel (UTF-8 byte order mark, semicolons, decimal comma)")
        @QueryParam("excel")
        public String excel;
    }

}
