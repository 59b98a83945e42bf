package se.folja.rest.internal.followup;

import java.time.LocalDate;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.Enablements;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * Administrators enable a template version for a unit and a period, change its version or period, and disable it.
 * Every change needs the enablement's current ETag in If-Match (a stale one is a 409, nothing stored) and is kept
 * in its history. An enablement that follows a Config Admin configuration is changed there only (409 here).
 */
@Component(service = EnablementAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/followup-enablements")
@Tag(name = "Follow-up enablements", description = "Uppföljningsmallar per enhet: which template version a unit"
        + " follows up, for which period; enabled, changed and disabled by administrators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class EnablementAdminResource {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final Enablements enablements;

    @Activate
    public EnablementAdminResource(@Reference Enablements enablements) {
        this.enablements = enablements;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enable a template version for a unit and a period",
            description = "Without version the latest, without from from today, without to open-ended. At most one"
                    + " version of a template is enabled for a unit on any day.")
    @ApiResponse(responseCode = "201", description = "Enabled; Location names it, ETag is its revision",
            content = @Content(schema = @Schema(implementation = EnablementJson.class)))
    @ApiResponse(responseCode = "400", description = "template, version, unit, from or to invalid, each named")
    @ApiResponse(responseCode = "409", description = "The template is enabled for the unit on a day of the period")
    public Response enable(EnablementRequestJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "an enablement is required: template, unit, and optionally"
                    + " version, from, to");
        }
        Params params = new Params();
        LocalDate from = params.date("from", body.from());
        LocalDate to = params.date("to", body.to());
        params.check();
        Enablement created = enablements.enable(new EnableRequest(body.template(), body.version(), body.unit(), from,
                to), EnablementSource.REST, Roles.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("followup-enablements")
                        .path(Long.toString(created.id())).build())
                .tag(Versions.tag(created.revision())).entity(EnablementJson.of(created, true)).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH})
    @Operation(summary = "Change an enablement's version or period",
            description = "Absent fields stay; \"to\": null makes it open-ended.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the enablement as read"))
    @ApiResponse(responseCode = "200", description = "Changed; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = EnablementJson.class)))
    @ApiResponse(responseCode = "400", description = "version, from or to invalid, each named")
    @ApiResponse(responseCode = "404", description = "No such enablement")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, disabled, following a"
            + " configuration, or overlapping another enablement of the template for the unit")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response change(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, EnablementEditJson body,
            @Context SecurityContext security) {
        long number = Params.id(id, "follow-up enablement");
        long revision = Versions.ifMatch(ifMatch);
        if (body == null || body.isEmpty()) {
            throw ValidationException.of("body", "give at least one of version, from, to");
        }
        Params params = new Params();
        LocalDate from = params.date("from", body.getFrom());
        LocalDate to = params.date("to", body.getTo());
        params.check();
        return EnablementResource.tagged(enablements.change(number, revision, body.getVersion(), from, to,
                body.toGiven() && to == null, EnablementSource.REST, Roles.actor(security)), true);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an enablement: it is kept, with its history",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the enablement as read"))
    @ApiResponse(responseCode = "200", description = "Disabled; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = EnablementJson.class)))
    @ApiResponse(responseCode = "404", description = "No such enablement")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or following a configuration")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response disable(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        long number = Params.id(id, "follow-up enablement");
        long revision = Versions.ifMatch(ifMatch);
        return EnablementResource.tagged(enablements.disable(number, revision, EnablementSource.REST,
                Roles.actor(security)), true);
    }
}
