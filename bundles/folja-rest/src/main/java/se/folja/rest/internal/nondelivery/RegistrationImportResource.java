package se.folja.rest.internal.nondelivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.nondelivery.ImportFormat;
import se.folja.api.nondelivery.RegistrationImport;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.LimitedBody;
import se.folja.rest.internal.security.Roles;

/**
 * The import of historical registrations (a municipality's months of Excel): CSV as Excel writes it, or JSON
 * lines. Staff import for their units (each row's unit is checked), administrators for every unit.
 */
@Component(service = RegistrationImportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("non-deliveries/import")
@Tag(name = "Non-deliveries", description = "Ej genomförda insatser: register with a reason, correct, annul, search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public final class RegistrationImportResource {

    /** The largest file accepted, in bytes: 10,000 rows of a registration are well under 2 MB. */
    static final long MOST_BYTES = 5L * 1024 * 1024;
    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final RegistrationImport imports;

    @Activate
    public RegistrationImportResource(@Reference RegistrationImport imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({CSV, "application/csv", NDJSON, "application/jsonl", "application/jsonlines"})
    @Operation(summary = "Import historical registrations: each row validated, stored on its own, marked imported,"
            + " never written back to the journal",
            description = "text/csv (Excel: ';' or ',', UTF-8 with or without a BOM, else Windows-1252; a header row"
                    + " journalEntryId;client;unit;interventionType;plannedStart;reasonCode;comment, journalEntryId"
                    + " and comment optional; plannedStart as 2026-09-14 09:00) or JSON lines (one registration"
                    + " object a line). At most 10,000 rows and 5 MB. The same rows again store nothing"
                    + " (ALREADY_IMPORTED); a refused row stores nothing and is named with every reason.",
            requestBody = @RequestBody(required = true, description = "The file"))
    @ApiResponse(responseCode = "200", description = "The report: counts, and every row's outcome")
    @ApiResponse(responseCode = "400", description = "The file cannot be read (header, columns, rows, text):"
            + " nothing stored")
    @ApiResponse(responseCode = "403", description = "You belong to no unit")
    @ApiResponse(responseCode = "413", description = "Larger than 5 MB")
    @ApiResponse(responseCode = "415", description = "Neither CSV nor JSON lines")
    public ImportReportJson importRegistrations(@Context HttpHeaders headers, InputStream body,
            @Context SecurityContext security) {
        InputStream limited = new LimitedBody(body, MOST_BYTES,
                "An import may be at most " + MOST_BYTES / (1024 * 1024) + " MB; split it");
        return ImportReportJson.of(imports.importRegistrations(format(headers.getMediaType()), limited,
                Roles.actor(security)));
    }

    private static ImportFormat format(MediaType type) {
        String name = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return name.equals(CSV) || name.equals("application/csv") ? ImportFormat.CSV : ImportFormat.JSON_LINES;
    }
}
