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

import se.folja.api.followup.Enrolments;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/**
 * Proposed enrolments: the unit's clients whom a template enabled for the unit today is meant for (its population:
 * intervention type, age, how long the intervention has run) and who are not enrolled in it. Staff confirm one
 * with {@code POST /enrolments} and its grant.
 */
@Component(service = ProposalResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("followup-proposals")
@Tag(name = "Follow-up enrolments", description = "Inskrivningar i uppföljningar: clients enrolled in a follow-up"
        + " enabled for their unit, and the responses at their occasions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public final class ProposalResource {

    private final Enrolments enrolments;

    @Activate
    public ProposalResource(@Reference Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @GET
    @Operation(summary = "The clients of a unit whom a follow-up enabled today is meant for, not enrolled in it",
            description = "One proposal per client (its grant whose intervention has run longest), by personnummer;"
                    + " confirm one with POST /enrolments, giving its grant.")
    @ApiResponse(responseCode = "200", description = "The proposals",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ProposalJson.class))))
    @ApiResponse(responseCode = "400", description = "unit or template missing or unknown, or the template not"
            + " enabled for the unit today")
    @ApiResponse(responseCode = "403", description = "You do not belong to the unit")
    public List<ProposalJson> proposals(
            @Parameter(description = "One of your units", required = true, example = "BOSTOD_NORR")
                    @QueryParam("unit") String unit,
            @Parameter(description = "A template enabled for the unit today", required = true,
                    example = "ALDREOMSORG_SOCIAL_SAMVARO") @QueryParam("template") String template,
            @Context SecurityContext security) {
        return enrolments.proposals(unit, template, Roles.actor(security)).stream().map(ProposalJson::of).toList();
    }
}
