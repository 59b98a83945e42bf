package se.folja.rest.internal.nondelivery;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.Dates;
import se.folja.api.ValidationException;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.Grants;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/** Granted interventions (<em>beviljade insatser</em>): the denominator of every rate. */
@Component(service = GrantResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("grants")
@Tag(name = "Grants", description = "Beviljade insatser: sessions per week per client, unit and intervention type")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public final class GrantResource {

    private final Grants grants;

    @Activate
    public GrantResource(@Reference Grants grants) {
        this.grants = grants;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a grant")
    @ApiResponse(responseCode = "201", description = "Registered; Location and ETag name it")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named")
    @ApiResponse(responseCode = "403", description = "You do not belong to the unit")
    public Response create(GrantRequestJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "a grant is required");
        }
        Grant created = grants.create(body.toRequest(), Roles.actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .tag(Versions.tag(created.version())).entity(GrantJson.of(created, today())).build();
    }

    @GET
    @Operation(summary = "Search grants", description = "Without unit, every unit you belong to. One client's grants:"
            + " POST /grants/search (a personnummer is never sent in the address)")
    @ApiResponse(responseCode = "400", description = "Invalid parameters, each named; client in the address")
    public PageJson<GrantJson> search(
            @Parameter(description = "Unit codes") @QueryParam("unit") List<String> units,
            @Parameter(hidden = true) @QueryParam("client") String client,
            @Parameter(description = "An intervention type's code") @QueryParam("interventionType") String type,
            @Parameter(description = "With to: grants valid on a day of this period") @QueryParam("from") String from,
            @Parameter(description = "Last day of the period") @QueryParam("to") String to,
            @Parameter(description = "Matches to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "true to include annulled grants") @QueryParam("includeAnnulled")
                    String includeAnnulled,
            @Context SecurityContext security) {
        Params.notInAddress("client", client, "/grants/search");
        return find(units, null, type, from, to, offset, limit, includeAnnulled, security);
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search grants, e.g. one client's, with the filters in the body",
            description = "The same filters as GET /grants; the personnummer stays out of the address")
    @ApiResponse(responseCode = "400", description = "Invalid filters, each named")
    public PageJson<GrantJson> searchInBody(GrantSearchJson body, @Context SecurityContext security) {
        GrantSearchJson filters = body == null ? GrantSearchJson.NONE : body;
        return find(filters.unit(), filters.client(), filters.interventionType(), filters.from(), filters.to(),
                Params.text(filters.offset()), Params.text(filters.limit()), Params.text(filters.includeAnnulled()),
                security);
    }

    private PageJson<GrantJson> find(List<String> units, String client, String type, String from, String to,
            String offset, String limit, String includeAnnulled, SecurityContext security) {
        Params params = new Params();
        GrantQuery query = new GrantQuery(Params.codes(units), params.client("client", client),
                type == null || type.isBlank() ? null : type.strip(), params.date("from", from), params.date("to", to),
                params.integer("offset", offset, 0), params.integer("limit", limit, 50),
                params.bool("includeAnnulled", includeAnnulled, false));
        params.check();
        LocalDate today = today();
        return PageJson.of(grants.search(query, Roles.actor(security)), g -> GrantJson.of(g, today));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One grant, with its version as ETag")
    @ApiResponse(responseCode = "403", description = "It belongs to a unit you do not belong to")
    @ApiResponse(responseCode = "404", description = "No such grant")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        return withTag(grants.get(Params.id(id, "grant"), Roles.actor(security)));
    }

    @POST
    @Path("{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a grant on a day, e.g. before a changed decision starts as a new grant",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the grant as read"))
    @ApiResponse(responseCode = "409", description = "Changed since it was read")
    public Response end(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            GrantEndJson body, @Context SecurityContext security) {
        long number = Params.id(id, "grant");
        long version = Versions.ifMatch(ifMatch);
        Params params = new Params();
        LocalDate validTo = params.date("validTo", body == null ? null : body.validTo());
        params.check();
        if (validTo == null) {
            throw ValidationException.of("validTo", "is required");
        }
        return withTag(grants.end(number, version, validTo, Roles.actor(security)));
    }


    @POST
    @Path("{id}/annul")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Annul a grant entered by mistake: kept with its history, counted nowhere",
            description = "Whatever its first day. It leaves the week view, the exports' granted sessions and rates,"
                    + " and the summary; it stays readable, with its history.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the grant as read"))
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or annulled already")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response annul(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            AnnulmentJson body, @Context SecurityContext security) {
        long number = Params.id(id, "grant");
        long version = Versions.ifMatch(ifMatch);
        return withTag(grants.annul(number, version, body == null ? null : body.reason(), Roles.actor(security)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every revision of a grant, oldest first: entered, ended, annulled — who, when")
    @ApiResponse(responseCode = "403", description = "It belongs to a unit you do not belong to")
    @ApiResponse(responseCode = "404", description = "No such grant")
    public List<GrantRevisionJson> history(@PathParam("id") String id, @Context SecurityContext security) {
        LocalDate today = today();
        return grants.history(Params.id(id, "grant"), Roles.actor(security)).stream()
                .map(r -> GrantRevisionJson.of(r, today)).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(Dates.ZONE);
    }

    private static Response withTag(Grant g) {
        return Response.ok(GrantJson.of(g, today())).tag(Versions.tag(g.version())).build();
    }
}
