package se.folja.rest.internal.catalogue;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * Administration of the reason catalogue: add, relabel, reorder, retire, reactivate and read the history.
 * Every change needs the reason's current ETag in If-Match; a stale one is a 409 and nothing is stored.
 */
@Component(service = ReasonAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/reason-codes")
@Tag(name = "Reason catalogue administration", description = "Add, relabel, reorder, retire; read the history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class ReasonAdminResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final ReasonCatalogue catalogue;

    @Activate
    public ReasonAdminResource(@Reference ReasonCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return every reason, retired ones included */
    @GET
    @Operation(summary = "Every reason, retired ones included")
    public List<ReasonJson> list() {
        return catalogue.allReasons().stream().map(ReasonJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a reason", description = "Without sortOrder the reason is placed last.")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named")
    @ApiResponse(responseCode = "409", description = "The code exists already")
    public Response create(NewReasonJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "a reason is required");
        }
        ReasonCode created = catalogue.create(body.toNewReason(), Roles.actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(Versions.tag(created.version())).entity(ReasonJson.of(created)).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One reason, with its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such reason")
    public Response read(@PathParam("code") String code) {
        return withTag(catalogue.reason(code));
    }

    /** Relabels or reorders: the body's fields replace the stored ones; absent fields stay. */
    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Relabel or reorder a reason",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the reason as read"))
    @ApiResponse(responseCode = "200", description = "Edited; the new ETag is returned")
    @ApiResponse(responseCode = "409", description = "Someone else changed the reason since it was read")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response edit(@PathParam("code") String code, @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            ReasonEditJson body, @Context SecurityContext security) {
        long version = Versions.ifMatch(ifMatch);
        if (body == null) {
            throw ValidationException.of("body", "give at least one of labelSv, labelEn, sortOrder");
        }
        return withTag(catalogue.edit(code, version, body.toEdit(), Roles.actor(security)));
    }

    /** Takes the reason out of the dropdown; it stays valid in history. */
    @POST
    @Path("{code}/retire")
    @Operation(summary = "Retire a reason: it leaves the dropdown and stays valid in history",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the reason as read"))
    @ApiResponse(responseCode = "409", description = "Someone else changed the reason since it was read")
    public Response retire(@PathParam("code") String code, @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return withTag(catalogue.retire(code, Versions.ifMatch(ifMatch), Roles.actor(security)));
    }

    /** Puts a retired reason back into the dropdown. */
    @POST
    @Path("{code}/reactivate")
    @Operation(summary = "Put a retired reason back into the dropdown",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the reason as read"))
    @ApiResponse(responseCode = "409", description = "Someone else changed the reason since it was read")
    public Response reactivate(@PathParam("code") String code, @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return withTag(catalogue.reactivate(code, Versions.ifMatch(ifMatch), Roles.actor(security)));
    }

    /** @return every change of the reason, oldest first */
    @GET
    @Path("{code}/history")
    @Operation(summary = "Every change of a reason, oldest first: who, when, before and after")
    @ApiResponse(responseCode = "404", description = "No such reason")
    public List<ReasonChangeJson> history(@PathParam("code") String code) {
        return catalogue.history(code).stream().map(ReasonChangeJson::of).toList();
    }

    private static Response withTag(ReasonCode reason) {
        return Response.ok(ReasonJson.of(reason)).tag(Versions.tag(reason.version())).build();
    }
}
