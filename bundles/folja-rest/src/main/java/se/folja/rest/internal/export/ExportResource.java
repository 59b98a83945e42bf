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
import se.folja.api.export.AggregateTable;
import se.folja.api.export.Dimension;
import se.folja.api.export.Exports;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.Summary;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/**
 * Exports for statisticians, as JSON, CSV (UTF-8, RFC 4180; {@code excel=true} for Swedish Excel: a byte order
 * mark, semicolons, decimal commas) or XLSX. Every export is audited.
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
    private final LifeAreaMapper mapper;

    @Activate
    public ExportResource(@Reference Exports exports, @Reference LifeAreaMapper mapper) {
        this.exports = exports;
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
            @Context SecurityContext security) {
        Query q = Query.of(parameters);
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
            @Context SecurityContext security) {
        Query q = Query.of(parameters);
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
            @Context SecurityContext security) {
        Query q = Query.of(parameters);
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
            @Context SecurityContext security) {
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : groupBy == null ? new String[0] : groupBy.split(",")) {
            if (!name.isBlank()) {
                dimensions.add(Dimension.ofParameter(name).orElseThrow(() -> ValidationException.of("groupBy",
                        "must be dimensions among week, month, unit, reason, initiator, interventionType, gender,"
                                + " ageBand, lifeArea")));
            }
        }
        Query q = Query.of(parameters);
        AggregateTable table = exports.aggregate(q.from(), q.to(), q.units(), dimensions, Roles.actor(security));
        return answer(q, "folja-non-delivery-aggregate", ExportTables.aggregateJson(table),
                ExportTables.aggregate(table));
    }

    /**
     * The answer in the format asked for: JSON as it is, CSV and XLSX as attachments named {@code file.csv} or
     * {@code file.xlsx}, the table written by {@link CsvWriter} or {@link XlsxWriter} as its rows come.
     */
    private static Response answer(Query q, String file, Object json, ExportTable table) {
        if (q.xlsx()) {
            return attachment(table, XlsxWriter.MEDIA_TYPE, file + ".xlsx");
        }
        if (q.csv()) {
            return attachment(table.forExcel(q.excel()), CsvWriter.UTF_8, file + ".csv");
        }
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
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

        boolean csv() {
            return format == Format.CSV;
        }

        boolean xlsx() {
            return format == Format.XLSX;
        }

        static Query of(ExportParameters p) {
            Params params = new Params();
            LocalDate first = params.date("from", p.from);
            LocalDate last = params.date("to", p.to);
            Format chosen = params.enumValue("format", p.format, Format.class);
            boolean forExcel = params.bool("excel", p.excel, false);
            params.check();
            return new Query(first, last, Params.codes(p.units), chosen == null ? Format.JSON : chosen, forExcel);
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
