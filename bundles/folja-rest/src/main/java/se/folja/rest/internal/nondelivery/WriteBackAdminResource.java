package se.folja.rest.internal.nondelivery;

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

import se.folja.api.nondelivery.WriteBackState;
import se.folja.api.nondelivery.WriteBacks;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/** The outbox of write-backs to the host journal, for administrators who watch the integration. */
@Component(service = WriteBackAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/write-backs")
@Tag(name = "Write-back administration", description = "Återskrivning till journalen: pending, delivered, rejected")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class WriteBackAdminResource {

    private final WriteBacks writeBacks;

    @Activate
    public WriteBackAdminResource(@Reference WriteBacks writeBacks) {
        this.writeBacks = writeBacks;
    }

    @GET
    @Operation(summary = "Write-backs, newest first")
    public PageJson<WriteBackJson> list(
            @Parameter(description = "PENDING, DELIVERED or REJECTED; without, all") @QueryParam("state") String state,
            @Parameter(description = "Rows to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit) {
        Params params = new Params();
        WriteBackState wanted = params.enumValue("state", state, WriteBackState.class);
        int skip = params.integer("offset", offset, 0);
        int size = params.integer("limit", limit, 50);
        params.check();
        return PageJson.of(writeBacks.list(wanted, skip, size), WriteBackJson::of);
    }
}
