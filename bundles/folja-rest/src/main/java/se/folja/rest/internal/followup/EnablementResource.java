package se.folja.rest.internal.followup;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.Enablements;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * The follow-up templates enabled per unit and period, and their history. Staff read their own units' enablements
 * (those in force now or later); administrators and statisticians every unit's.
 */
@Component(service = EnablementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("followup-enablements")
@Tag(name = "Follow-up enablements", description = "Uppföljningsmallar per enhet: which template version a unit"
        + " follows up, for which period; enabled, changed and disabled by administrators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class EnablementResource {

    private final Enablements enablements;

    @Activate
    public EnablementResource(@Reference Enablements enablements) {
        this.enablements = enablements;
    }

    @GET
    @Operation(summary = "The enablements of your units (administrators and statisticians: every unit)",
            description = "By unit, template and first day. Staff see what is enabled now or later; includeEnded=true"
                    + " adds disabled and ended ones for administrators and statisticians. changedBy (a login name)"
                    + " is given to administrators only.")
    @ApiResponse(responseCode = "200", description = "The enablements",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = EnablementJson.class))))
    @ApiResponse(responseCode = "400", description = "An unknown unit or a bad parameter, named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to")
    public List<EnablementJson> list(
            @Parameter(description = "Unit codes; repeat or separate with commas. Without: every unit you reach")
                    @QueryParam("unit") List<String> units,
            @Parameter(description = "A template's code", example = "ORS") @QueryParam("template") String template,
            @Parameter(description = "true to include disabled and ended enablements (not for staff)")
                    @QueryParam("includeEnded") String includeEnded,
            @Context SecurityContext security) {
        Params params = new Params();
        EnablementQuery query = new EnablementQuery(Params.codes(units),
                template == null || template.isBlank() ? null : template.strip(),
                params.bool("includeEnded", includeEnded, false));
        params.check();
        boolean showWho = security.isUserInRole(Roles.ADMIN);
        return enablements.list(query, Roles.actor(security)).stream().map(e -> EnablementJson.of(e, showWho))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One enablement, with its revision as ETag")
    @ApiResponse(responseCode = "200", description = "The enablement",
            content = @Content(schema = @Schema(implementation = EnablementJson.class)))
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enablement")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        return tagged(enablements.get(Params.id(id, "follow-up enablement"), Roles.actor(security)),
                security.isUserInRole(Roles.ADMIN));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every change of an enablement, oldest first: its kind, who, when, before and after",
            description = "changedBy (a login name) is given to administrators only.")
    @ApiResponse(responseCode = "200", description = "The changes",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = EnablementChangeJson.class))))
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enablement")
    public List<EnablementChangeJson> history(@PathParam("id") String id, @Context SecurityContext security) {
        boolean showWho = security.isUserInRole(Roles.ADMIN);
        return enablements.history(Params.id(id, "follow-up enablement"), Roles.actor(security)).stream()
                .map(change -> EnablementChangeJson.of(change, showWho)).toList();
    }

    /** @return the enablement with its revision as ETag */
    static Response tagged(Enablement enablement, boolean showWho) {
        return Response.ok(EnablementJson.of(enablement, showWho)).tag(Versions.tag(enablement.revision())).build();
    }
}
