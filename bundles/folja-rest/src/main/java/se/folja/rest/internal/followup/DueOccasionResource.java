package se.folja.rest.internal.followup;

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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.followup.DueQuery;
import se.folja.api.followup.Enrolments;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/**
 * The measurement occasions that are open and not answered by every respondent role: a unit's work list, or a
 * member of staff's ({@code responsible=me}).
 */
@Component(service = DueOccasionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("occasions")
@Tag(name = "Follow-up enrolments", description = "Inskrivningar i uppföljningar: clients enrolled in a follow-up"
        + " enabled for their unit, and the responses at their occasions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public final class DueOccasionResource {

    private final Enrolments enrolments;

    @Activate
    public DueOccasionResource(@Reference Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GET
    @Path("due")
    @Operation(summary = "The occasions due in your units: open and not answered by every role",
            description = "By due day, then enrolment and occasion. An occasion opens 7 days before it falls due and"
                    + " is overdue 14 days after; of an every-N-weeks occasion only the latest opened time is listed.")
    @ApiResponse(responseCode = "200", description = "The occasions",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DueOccasionJson.class))))
    @ApiResponse(responseCode = "400", description = "An unknown unit or a bad parameter, named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to")
    public List<DueOccasionJson> due(
            @Parameter(description = "Unit codes; repeat or separate with commas. Without: every unit of yours")
                    @QueryParam("unit") List<String> units,
            @Parameter(description = "Only the enrolments this login follows; me for your own")
                    @QueryParam("responsible") String responsible,
            @Parameter(description = "The day to judge by; absent for today", example = "2026-12-07")
                    @QueryParam("on") String on,
            @Parameter(description = "true for the overdue ones only") @QueryParam("overdueOnly") String overdueOnly,
            @Context SecurityContext security) {
        Params params = new Params();
        DueQuery query = new DueQuery(Params.codes(units), EnrolmentResource.responsible(responsible, security),
                params.date("on", on), params.bool("overdueOnly", overdueOnly, false));
        params.check();
        return enrolments.due(query, Roles.actor(security)).stream().map(DueOccasionJson::of).toList();
    }
}
