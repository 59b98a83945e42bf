package se.folja.rest.internal.export;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.export.ExportAudit;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/** Administrators read who exported what. */
@Component(service = ExportAuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/export-audit")
@Tag(name = "Export", description = "Statistik för uppföljning / statistics, safe to hand out")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class ExportAuditResource {

    private final ExportAudit audit;

    @Activate
    public ExportAuditResource(@Reference ExportAudit audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Every export, newest first: who, when, what, parameters, rows, suppression k")
    public PageJson<ExportRecordJson> list(
            @Parameter(description = "Exports to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit) {
        Params params = new Params();
        int first = params.integer("offset", offset, 0);
        int size = params.integer("limit", limit, 50);
        params.check();
        return PageJson.of(audit.list(first, size), ExportRecordJson::of);
    }
}
