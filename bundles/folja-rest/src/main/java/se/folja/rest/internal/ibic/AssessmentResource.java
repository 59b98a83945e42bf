package se.folja.rest.internal.ibic;

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
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.Assessments;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/** Assessments (<em>bedömningar</em>) of clients' needs. */
@Component(service = AssessmentResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("assessments")
@Tag(name = "Assessments", description = "Bedömningar: behov i ICF-koder och livsområden / needs in ICF codes and"
        + " life areas")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public final class AssessmentResource {

    private final Assessments assessments;
    private final IcfCodeLists codeLists;

    @Activate
    public AssessmentResource(@Reference Assessments assessments, @Reference IcfCodeLists codeLists) {
        this.assessments = assessments;
        this.codeLists = codeLists;
    }

    private AssessmentJson json(Assessment a) {
        return AssessmentJson.of(a, codeLists::entry);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an assessment",
            description = "client (known to Följa), unit, assessedOn, optional caseOfficer (default: you), needs: each"
                    + " one of icf, lifeArea or term, with qualifier 0-4, 8 or 9, optional goalQualifier and"
                    + " goalText")
    @ApiResponse(responseCode = "201", description = "Recorded; Location and ETag name it")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named, e.g. needs[1].qualifier")
    @ApiResponse(responseCode = "403", description = "You do not belong to the unit")
    public Response record(AssessmentRequestJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "an assessment is required");
        }
        Assessment recorded = assessments.record(body.toRequest(), Roles.actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(recorded.id())).build())
                .tag(Versions.tag(recorded.version())).entity(json(recorded)).build();
    }

    @GET
    @Operation(summary = "Search assessments, newest first", description = "Without unit, every unit you belong to."
            + " One client's assessments: POST /assessments/search (a personnummer is never sent in the address)")
    @ApiResponse(responseCode = "400", description = "Invalid parameters, each named; client in the address")
    public PageJson<AssessmentJson> search(
            @Parameter(description = "Unit codes") @QueryParam("unit") List<String> units,
            @Parameter(hidden = true) @QueryParam("client") String client,
            @Parameter(description = "First day assessed") @QueryParam("from") String from,
            @Parameter(description = "Last day assessed") @QueryParam("to") String to,
            @Parameter(description = "Matches to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Params.notInAddress("client", client, "/assessments/search");
        return find(units, null, from, to, offset, limit, security);
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search assessments, e.g. one client's, with the filters in the body",
            description = "The same filters as GET /assessments; the personnummer stays out of the address")
    @ApiResponse(responseCode = "400", description = "Invalid filters, each named")
    public PageJson<AssessmentJson> searchInBody(AssessmentSearchJson body, @Context SecurityContext security) {
        AssessmentSearchJson filters = body == null ? AssessmentSearchJson.NONE : body;
        return find(filters.unit(), filters.client(), filters.from(), filters.to(), Params.text(filters.offset()),
                Params.text(filters.limit()), security);
    }

    private PageJson<AssessmentJson> find(List<String> units, String client, String from, String to, String offset,
            String limit, SecurityContext security) {
        Params params = new Params();
        AssessmentQuery query = new AssessmentQuery(Params.codes(units), params.client("client", client),
                params.date("from", from), params.date("to", to), params.integer("offset", offset, 0),
                params.integer("limit", limit, 50));
        params.check();
        return PageJson.of(assessments.search(query, Roles.actor(security)), this::json);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One assessment in its latest revision, with its version as ETag")
    @ApiResponse(responseCode = "403", description = "It belongs to a unit you do not belong to")
    @ApiResponse(responseCode = "404", description = "No such assessment")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        Assessment a = assessments.get(Params.id(id, "assessment"), Roles.actor(security));
        return Response.ok(json(a)).tag(Versions.tag(a.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an assessment: a new revision; the earlier ones are kept",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the assessment as read"))
    @ApiResponse(responseCode = "409", description = "Changed since it was read")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response correct(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, AssessmentRequestJson body,
            @Context SecurityContext security) {
        long number = Params.id(id, "assessment");
        long version = Versions.ifMatch(ifMatch);
        if (body == null) {
            throw ValidationException.of("body", "an assessment is required");
        }
        Assessment a = assessments.correct(number, version, body.toRequest(), Roles.actor(security));
        return Response.ok(json(a)).tag(Versions.tag(a.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every revision of an assessment, oldest first")
    public List<AssessmentRevisionJson> history(@PathParam("id") String id, @Context SecurityContext security) {
        return assessments.history(Params.id(id, "assessment"), Roles.actor(security)).stream()
                .map(r -> AssessmentRevisionJson.of(r, codeLists::entry)).toList();
    }
}
