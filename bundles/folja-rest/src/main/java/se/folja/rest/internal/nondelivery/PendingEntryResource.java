package se.folja.rest.internal.nondelivery;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.nondelivery.PendingEntries;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/** Journal entries made under "Ej genomförda insatser" that await a reason (<em>väntar på orsak</em>). */
@Component(service = PendingEntryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("pending-entries")
@Tag(name = "Awaiting a reason", description = "Journalanteckningar under Ej genomförda insatser som väntar på orsak")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public final class PendingEntryResource {

    private final PendingEntries pending;

    @Activate
    public PendingEntryResource(@Reference PendingEntries pending) {
        this.pending = pending;
    }

    @GET
    @Operation(summary = "Entries awaiting a reason in your units, oldest planned start first",
            description = "Register a non-delivery with the entry's journalEntryId to take it off the list")
    public PageJson<PendingEntryJson> awaiting(
            @Parameter(description = "Unit codes; without, every unit you belong to") @QueryParam("unit")
                    List<String> units,
            @Parameter(description = "Entries to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Params params = new Params();
        int skip = params.integer("offset", offset, 0);
        int size = params.integer("limit", limit, 50);
        params.check();
        return PageJson.of(pending.awaiting(Params.codes(units), skip, size, Roles.actor(security)),
                PendingEntryJson::of);
    }
}
