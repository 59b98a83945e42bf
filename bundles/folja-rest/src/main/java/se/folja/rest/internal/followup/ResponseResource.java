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
import javax.ws.rs.PUT;
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
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.Responses;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * Responses to follow-ups, read, corrected and marked entered in error by the staff of the enrolment's unit; a
 * correction replaces the answers and keeps the earlier revision, nothing is deleted. They are submitted at
 * {@code POST /enrolments/{id}/responses}; as FHIR they are {@code /fhir/QuestionnaireResponse}.
 */
@Component(service = ResponseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("responses")
@Tag(name = "Follow-up responses", description = "Svar i uppföljningar: one respondent role's answers at an occasion"
        + " of an enrolment; corrected with history, marked entered in error, never deleted")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STAFF)
public final class ResponseResource {

    private final Responses responses;

    @Activate
    public ResponseResource(@Reference Responses responses) {
        this.responses = responses;
    }

    @GET
    @Operation(summary = "The responses of your units' enrolments",
            description = "By the day answered, newest first. Responses entered in error only with"
                    + " includeEnteredInError=true.")
    @ApiResponse(responseCode = "200", description = "One page of responses, with the total")
    @ApiResponse(responseCode = "400", description = "An unknown unit or a bad parameter, named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to")
    public PageJson<ResponseJson> search(
            @Parameter(description = "Unit codes; repeat or separate with commas. Without: every unit of yours")
                    @QueryParam("unit") List<String> units,
            @Parameter(description = "One enrolment's id") @QueryParam("enrolment") String enrolment,
            @Parameter(description = "A template's code", example = "ORS") @QueryParam("template") String template,
            @Parameter(description = "An occasion's code", example = "baseline") @QueryParam("occasion")
                    String occasion,
            @Parameter(description = "CASE_OFFICER, PROVIDER or CLIENT") @QueryParam("role") String role,
            @Parameter(description = "With to: answered on a day of this period") @QueryParam("from") String from,
            @Parameter(description = "Last day of the period") @QueryParam("to") String to,
            @Parameter(description = "true to include responses entered in error") @QueryParam("includeEnteredInError")
                    String includeEnteredInError,
            @Parameter(description = "Matches to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Params params = new Params();
        Long enrolmentId = enrolment(enrolment);
        ResponseQuery query = new ResponseQuery(Params.codes(units), enrolmentId, blankToNull(template),
                blankToNull(occasion), params.enumValue("role", role, RespondentRole.class), params.date("from", from),
                params.date("to", to), params.bool("includeEnteredInError", includeEnteredInError, false),
                params.integer("offset", offset, 0), params.integer("limit", limit, 50));
        params.check();
        return PageJson.of(responses.search(query, Roles.actor(security)), ResponseJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One response with its answers, its revision as ETag")
    @ApiResponse(responseCode = "200", description = "The response",
            content = @Content(schema = @Schema(implementation = ResponseJson.class)))
    @ApiResponse(responseCode = "403", description = "Its enrolment's unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such response")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        return tagged(responses.get(Params.id(id, "response"), Roles.actor(security)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every revision of a response, oldest first, each with its answers: submitted, corrected,"
            + " entered in error")
    @ApiResponse(responseCode = "200", description = "The revisions",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ResponseRevisionJson.class))))
    @ApiResponse(responseCode = "403", description = "Its enrolment's unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such response")
    public List<ResponseRevisionJson> history(@PathParam("id") String id, @Context SecurityContext security) {
        return responses.history(Params.id(id, "response"), Roles.actor(security)).stream()
                .map(ResponseRevisionJson::of).toList();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a response: its answers are replaced, the earlier revision kept",
            description = "The whole corrected QuestionnaireResponse, checked as a new one is. At most 1 MB.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the response as read"),
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ResponseCorrectionJson.class))))
    @ApiResponse(responseCode = "200", description = "Corrected; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = ResponseJson.class)))
    @ApiResponse(responseCode = "400", description = "answeredOn or an answer (item[<linkId>]) invalid, each named;"
            + " nothing stored")
    @ApiResponse(responseCode = "403", description = "Its enrolment's unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such response")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or entered in error")
    @ApiResponse(responseCode = "413", description = "Larger than 1 MB; nothing stored")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response correct(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, InputStream body,
            @Context SecurityContext security) throws IOException {
        long number = Params.id(id, "response");
        long revision = Versions.ifMatch(ifMatch);
        ResponseCorrectionJson correction = ResponseBodies.read(body, ResponseCorrectionJson.class,
                "a correction: questionnaireResponse, and optionally answeredOn");
        Params params = new Params();
        LocalDate answeredOn = params.date("answeredOn", correction.answeredOn());
        params.check();
        return tagged(responses.correct(number, revision,
                ResponseBodies.questionnaireResponse(correction.questionnaireResponse()), answeredOn,
                Roles.actor(security)));
    }

    @POST
    @Path("{id}/entered-in-error")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a response entered in error: kept with its history, counted nowhere; the occasion is"
            + " open again for that role",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the response as read"))
    @ApiResponse(responseCode = "200", description = "Marked; the new ETag is returned",
            content = @Content(schema = @Schema(implementation = ResponseJson.class)))
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "403", description = "Its enrolment's unit is not one of yours")
    @ApiResponse(responseCode = "404", description = "No such response")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or entered in error already")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response enteredInError(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, ReasonJson body,
            @Context SecurityContext security) {
        long number = Params.id(id, "response");
        long revision = Versions.ifMatch(ifMatch);
        return tagged(responses.enteredInError(number, revision, body == null ? null : body.reason(),
                Roles.actor(security)));
    }

    /** @return the enrolment's id a query names, or null */
    private static Long enrolment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[1-9]\\d{0,17}")) {
            throw ValidationException.of("enrolment", "must be an enrolment's number");
        }
        return Long.valueOf(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Response tagged(FollowUpResponse response) {
        return Response.ok(ResponseJson.of(response)).tag(Versions.tag(response.revision())).build();
    }
}
