package se.folja.rest.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

import se.folja.api.export.Exports;
import se.folja.api.export.NonDeliveryExportRow;
import se.folja.api.export.PreparedExport;
import se.folja.api.export.SuppressedTable;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaSet;

/**
 * Exports for statisticians, as JSON or CSV (UTF-8, RFC 4180; {@code excel=true} for Swedish Excel: a
 * {@code sep=;} line, semicolons, decimal commas). Every export is audited.
 */
@Component(service = ExportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("export")
@Tag(name = "Export", description = "Statistik för uppföljning / statistics, safe to hand out")
@RolesAllowed(Roles.STATISTICIAN)
public final class ExportResource {

    static final String CSV = "text/csv";

    private final Exports exports;
    private final LifeAreaMapper mapper;

    @Activate
    public ExportResource(@Reference Exports exports, @Reference LifeAreaMapper mapper) {
        this.exports = exports;
        this.mapper = mapper;
    }

    @GET
    @Path("life-areas")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Cancelling clients and their cancellations per life area of assessed need and unit",
            description = "With totals per life area, per unit and in all; cells counting fewer than k clients are"
                    + " suppressed, with complementary cells, and marked. format=json (default) or csv; excel=true"
                    + " for Swedish Excel.")
    @ApiResponse(responseCode = "400", description = "from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    public Response lifeAreas(
            @Parameter(description = "First day, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "Unit codes (default: every unit)") @QueryParam("unit") List<String> units,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format,
            @Parameter(description = "true: CSV for Swedish Excel (sep=; line, semicolons, decimal comma)")
            @QueryParam("excel") String excel,
            @Context SecurityContext security) {
        Params params = new Params();
        var first = params.date("from", from);
        var last = params.date("to", to);
        boolean csv = params.enumValue("format", format, Format.class) == Format.CSV;
        boolean forExcel = params.bool("excel", excel, false);
        params.check();
        SuppressedTable table = exports.lifeAreas(first, last, Params.codes(units), Roles.actor(security));
        LifeAreaSet areas = mapper.lifeAreas();
        if (!csv) {
            return Response.ok(LifeAreaExportJson.of(table, areas), MediaType.APPLICATION_JSON).build();
        }
        StreamingOutput body = out -> writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8), table, areas,
                forExcel);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"folja-life-areas.csv\"").build();
    }

    @GET
    @Path("non-deliveries")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "One pseudonymised row per non-delivery planned in the period, streamed",
            description = "client (keyed pseudonym), gender, ageBand, unit, interventionType, reason, initiator,"
                    + " isoWeek, lifeAreas (of assessed need in the period). No personnummer, name, date or free text."
                    + " format=json (default) or csv; excel=true for Swedish Excel.")
    @ApiResponse(responseCode = "400", description = "from, to, format or excel invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    @ApiResponse(responseCode = "503", description = "No pseudonym key is configured")
    public Response nonDeliveries(
            @Parameter(description = "First day, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "Unit codes (default: every unit)") @QueryParam("unit") List<String> units,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format,
            @Parameter(description = "true: CSV for Swedish Excel (sep=; line, semicolons)")
            @QueryParam("excel") String excel,
            @Context SecurityContext security) {
        Params params = new Params();
        var first = params.date("from", from);
        var last = params.date("to", to);
        boolean csv = params.enumValue("format", format, Format.class) == Format.CSV;
        boolean forExcel = params.bool("excel", excel, false);
        params.check();
        PreparedExport<NonDeliveryExportRow> export = exports.nonDeliveries(first, last, Params.codes(units),
                Roles.actor(security));
        if (csv) {
            StreamingOutput body = out -> RecordWriters.csv(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    export, forExcel);
            return Response.ok(body, CSV + "; charset=UTF-8").header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"folja-non-deliveries.csv\"").build();
        }
        StreamingOutput body = out -> RecordWriters.json(out, export);
        return Response.ok(body, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kalmar's table in one call, over whole ISO weeks",
            description = "Clients with a grant (women, men), granted sessions (per week), cancellations and their"
                    + " share of the granted sessions, cancelling clients, reasons ranked, the cancelling clients'"
                    + " life areas ranked; counts of fewer than k clients suppressed")
    @ApiResponse(responseCode = "400", description = "from or to invalid, each named")
    @ApiResponse(responseCode = "403", description = "Only for statisticians")
    public SummaryJson summary(
            @Parameter(description = "A day of the first week, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "A day of the last week, e.g. 2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "Unit codes (default: every unit)") @QueryParam("unit") List<String> units,
            @Context SecurityContext security) {
        Params params = new Params();
        var first = params.date("from", from);
        var last = params.date("to", to);
        params.check();
        return SummaryJson.of(exports.summary(first, last, Params.codes(units), Roles.actor(security)));
    }

    /** The formats of an export. */
    enum Format {
        JSON, CSV
    }

    /**
     * Metadata as {@code #} lines first (R: {@code comment.char = "#"}, pandas: {@code comment="#"}), then a header
     * and a row per cell; a suppressed cell has empty counts and {@code suppressed} true.
     */
    static void writeCsv(Writer writer, SuppressedTable table, LifeAreaSet areas, boolean excel) throws IOException {
        char separator = excel ? ';' : ',';
        if (excel) {
            writer.write("sep=;\r\n");
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setCommentMarker('#').get();
        // Not closed here: the container closes the response's stream
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printComment("kind=" + table.kind());
        for (Map.Entry<String, String> p : table.parameters().entrySet()) {
            printer.printComment("parameter." + p.getKey() + "=" + p.getValue());
        }
        printer.printComment("generatedAt=" + table.generatedAt());
        printer.printComment("suppressionK=" + table.suppressionK());
        for (Map.Entry<String, String> v : table.versions().entrySet()) {
            printer.printComment("version." + v.getKey() + "=" + v.getValue());
        }
        printer.printRecord("lifeArea", "labelSv", "labelEn", "unit", "clients", "cancellations", "suppressed");
        for (var cell : table.cells()) {
            LifeAreaExportJson.Row row = LifeAreaExportJson.row(cell, areas);
            printer.printRecord(row.lifeArea(), row.labelSv(), row.labelEn(), row.unit(),
                    row.clients() == null ? "" : row.clients(), row.cancellations() == null ? ""
                            : row.cancellations(), Boolean.toString(row.suppressed()).toUpperCase(Locale.ROOT));
        }
        printer.flush();
    }
}
