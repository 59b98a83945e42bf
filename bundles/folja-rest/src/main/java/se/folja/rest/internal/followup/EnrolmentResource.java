package se.folja.rest.internal.followup;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentQuery;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.Responses;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * Clients enrolled in follow-ups by the staff of their units: by hand or by confirming a proposal, ended, assigned
 * or annulled with the ETag read last, never deleted; and the responses submitted for their occasions. Only members
 * of the enrolment's unit reach it: administrators and statisticians read results in the exports. No client is
 * named in a URL: there is no search by personnummer.
 */
@Component(service = EnrolmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("enrolments")
@Tag(name = "Follow-up enrolments", description = "Inskrivningar i uppföljningar: clients enrolled in a follow-up"
        + " enabled for their unit, and the responses at their occasions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public final class EnrolmentResource {

    /** The value of {@code responsible} that stands for the caller's own login. */
    static final String ME = "me";

    private final Enrolments enrolments;
    private final Responses responses;

    @Activate
    public EnrolmentResource(@Reference Enrolments enrolments, @Reference Responses responses) {
        this.enrolments = enrolments;
        this.responses = responses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a client in a follow-up enabled for one of your units",
            description = "By hand, or confirming a proposal (GET /followup-proposals) with its grant. The template"
                    + " version is the one enabled for the unit on the first day; the enrolment answers it to its"
                    + " end.")
    @ApiResponse(responseCode = "201", description = "Enrolled; Location names it, ETag is its revision",
            content = @Content(schema = @Schema(implementation = EnrolmentJson.class)))
    @ApiResponse(responseCode = "400", description = "template, unit, client, grant, start or responsible invalid,"
            + " each named; the template not enabled for the unit on the first day")
    @ApiResponse(responseCode = "403", description = "You do not belong to the unit")
    @ApiResponse(responseCode = "409", description = "The client has an enrolment in the template that has not"
            + " ended before the first day")
    public Response enrol(EnrolmentRequestJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "an enrolment is required: template, unit, client, and optionally"
                    + " grant, start, responsible");
        }
        Params params = new Params();
        LocalDate start = params.date("start", body.start());
        params.check();
        Enrolment created = enrolments.enrol(body.toRequest(start), Roles.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("enrolments").path(Long.toString(created.id())).build())
                .tag(Versions.tag(created.revision())).entity(EnrolmentJson.of(created)).build();
    }

    @GET
    @Operation(summary = "The enrolments of your units",
            description = "By first day, newest first. Without status: ongoing and ended ones, not annulled ones."
                    + " responsible=me: the enrolments you follow.")
    @ApiResponse(responseCode = "200", description = "One page of enrolments, with the total")
    @ApiResponse(responseCode = "400", description = "An unknown unit or a bad parameter, named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to")
    public PageJson<EnrolmentJson> list(
            @Parameter(description = "Unit codes; repeat or separate with commas. Without: every unit of yours")
                    @QueryParam("unit") List<String> units,
            @Parameter(description = "A template's code", example = "ORS") @QueryParam("template") String template,
            @Parameter(description = "ONGOING, ENDED or ANNULLED") @QueryParam("status") String status,
            @Parameter(description = "A login name, or me for your own") @QueryParam("responsible")
                    String responsible,
            @Parameter(description = "Matches to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Params params = new Params();
        EnrolmentQuery query = new EnrolmentQuery(Params.codes(units), blankToNull(template),
                params.enumValue("status", status, EnrolmentStatus.class), responsible(responsible, security), null,
                params.integer("offset", offset, 0), params.integer("limit", limit, 50));
        params.check();
        return PageJson.of(enrolments.list(query, Roles.actor(security)), EnrolmentJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One enrolment, with its revision as ETag")
    @ApiResponse(responseCode = "200", description = "The enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentJson.class)))
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enrolment")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        return tagged(enrolments.get(Params.id(id, "enrolment"), Roles.actor(security)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every revision of an enrolment, oldest first: enrolled, assigned, ended, annulled")
    @ApiResponse(responseCode = "200", description = "The revisions",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = EnrolmentRevisionJson.class))))
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enrolment")
    public List<EnrolmentRevisionJson> history(@PathParam("id") String id, @Context SecurityContext security) {
        return enrolments.history(Params.id(id, "enrolment"), Roles.actor(security)).stream()
                .map(EnrolmentRevisionJson::of).toList();
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End an enrolment, or correct the end of an ended one",
            description = "Its end occasions (AT_END, MONTHS_AFTER_END) then fall due as the template says.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the enrolment as read"))
    @ApiResponse(responseCode = "200", description = "Ended; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = EnrolmentJson.class)))
    @ApiResponse(responseCode = "400", description = "end or reason invalid, each named")
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enrolment")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or annulled")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response end(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, EnrolmentEndJson body,
            @Context SecurityContext security) {
        long number = Params.id(id, "enrolment");
        long revision = Versions.ifMatch(ifMatch);
        Params params = new Params();
        LocalDate end = params.date("end", body == null ? null : body.end());
        EnrolmentEndReason reason = params.enumValue("reason", body == null ? null : body.reason(),
                EnrolmentEndReason.class);
        params.check();
        return tagged(enrolments.end(number, revision, end, reason, Roles.actor(security)));
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change who follows an enrolment",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the enrolment as read"))
    @ApiResponse(responseCode = "200", description = "Assigned; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = EnrolmentJson.class)))
    @ApiResponse(responseCode = "400", description = "responsible is not a login name")
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enrolment")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or annulled")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response assign(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, AssignmentJson body,
            @Context SecurityContext security) {
        long number = Params.id(id, "enrolment");
        long revision = Versions.ifMatch(ifMatch);
        if (body == null) {
            throw ValidationException.of("body", "give responsible: a login name, or null for nobody");
        }
        return tagged(enrolments.assign(number, revision, body.responsible(), Roles.actor(security)));
    }

    @POST
    @Path("{id}/annul")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annul an enrolment entered by mistake: kept with its history and responses, counted"
            + " nowhere, nothing falls due",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the enrolment as read"))
    @ApiResponse(responseCode = "200", description = "Annulled; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = EnrolmentJson.class)))
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "403", description = "Its unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enrolment")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or annulled already")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response annul(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, ReasonJson body,
            @Context SecurityContext security) {
        long number = Params.id(id, "enrolment");
        long revision = Versions.ifMatch(ifMatch);
        return tagged(enrolments.annul(number, revision, body == null ? null : body.reason(), Roles.actor(security)));
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a respondent role's answers at an occasion of the enrolment",
            description = "The QuestionnaireResponse is checked against the role's questionnaire in the enrolment's"
                    + " template version, all or nothing: every wrong answer is named item[<linkId>], the"
                    + " response's structure by its JSON path. A role answers an occasion once: correct the response"
                    + " (PUT /responses/{id}) instead. At most 1 MB.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResponseRequestJson.class))))
    @ApiResponse(responseCode = "201", description = "Stored; Location names it, ETag is its revision",
            content = @Content(schema = @Schema(implementation = ResponseJson.class)))
    @ApiResponse(responseCode = "400", description = "occasion, sequence, role, answeredOn or an answer"
            + " (item[<linkId>]) invalid, each named; nothing stored")
    @ApiResponse(responseCode = "403", description = "The enrolment's unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such enrolment")
    @ApiResponse(responseCode = "409", description = "The role answered the occasion already, or the enrolment is"
            + " annulled")
    @ApiResponse(responseCode = "413", description = "Larger than 1 MB; nothing stored")
    public Response submit(@PathParam("id") String id, InputStream body, @Context SecurityContext security,
            @Context UriInfo uri) throws IOException {
        long enrolment = Params.id(id, "enrolment");
        ResponseRequestJson request = ResponseBodies.read(body, ResponseRequestJson.class,
                "a response: occasion, role, questionnaireResponse, and optionally sequence, answeredOn");
        Params params = new Params();
        RespondentRole role = params.enumValue("role", request.role(), RespondentRole.class);
        LocalDate answeredOn = params.date("answeredOn", request.answeredOn());
        params.check();
        FollowUpResponse stored = responses.submit(new ResponseRequest(enrolment, request.occasion(),
                request.sequence(), role, answeredOn,
                ResponseBodies.questionnaireResponse(request.questionnaireResponse())), Roles.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("responses").path(Long.toString(stored.id())).build())
                .tag(Versions.tag(stored.revision())).entity(ResponseJson.of(stored)).build();
    }

    /** @return the login {@code responsible} names: the caller's for {@value #ME}, null for none */
    static String responsible(String responsible, SecurityContext security) {
        if (responsible == null || responsible.isBlank()) {
            return null;
        }
        String login = responsible.strip();
        return login.equals(ME) ? security.getUserPrincipal().getName() : login;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Response tagged(Enrolment enrolment) {
        return Response.ok(EnrolmentJson.of(enrolment)).tag(Versions.tag(enrolment.revision())).build();
    }
}
