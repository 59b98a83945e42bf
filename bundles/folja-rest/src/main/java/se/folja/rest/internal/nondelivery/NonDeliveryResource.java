package se.folja.rest.internal.nondelivery;

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
import se.folja.api.nondelivery.NonDelivery;
import se.folja.api.nondelivery.NonDeliveries;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliverySort;
import se.folja.api.nondelivery.Registration;
import se.folja.api.nondelivery.WriteBacks;
import se.folja.api.reasons.Initiator;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.PageJson;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * Non-deliveries (<em>ej genomförda insatser</em>) at the source: register, read, correct, annul, search.
 * Staff reach the units they belong to; administrators every unit.
 */
@Component(service = NonDeliveryResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("non-deliveries")
@Tag(name = "Non-deliveries", description = "Ej genomförda insatser: register with a reason, correct, annul, search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public final class NonDeliveryResource {

    /** Set on the answer to a repeated registration: nothing new was stored. */
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int DEFAULT_LIMIT = 50;

    private final NonDeliveries nonDeliveries;
    private final WriteBacks writeBacks;

    @Activate
    public NonDeliveryResource(@Reference NonDeliveries nonDeliveries, @Reference WriteBacks writeBacks) {
        this.nonDeliveries = nonDeliveries;
        this.writeBacks = writeBacks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Register a non-delivery with its reason",
            description = "Once per journal entry: the same request again stores nothing and gets the same answer"
                    + " (with the header Idempotent-Replayed: true); a different one for the same entry is 409. The"
                    + " entry must await a reason (GET /pending-entries): its unit, client and planned start are"
                    + " taken from it, and a request naming others is refused.")
    @ApiResponse(responseCode = "201", description = "Registered; Location and ETag name it")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named")
    @ApiResponse(responseCode = "403", description = "You do not belong to the journal entry's unit")
    @ApiResponse(responseCode = "409", description = "The journal entry has a different registration, or the"
            + " journal has not announced it (yet)")
    public Response register(NonDeliveryRequestJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "a registration is required");
        }
        Registration registration = nonDeliveries.register(body.toRequest(), Roles.actor(security));
        NonDelivery stored = registration.nonDelivery();
        Response.ResponseBuilder answer = Response.created(
                        uri.getBaseUriBuilder().path("non-deliveries").path(Long.toString(stored.id())).build())
                .tag(Versions.tag(stored.version())).entity(NonDeliveryJson.of(stored));
        return registration.created() ? answer.build() : answer.header(REPLAYED, "true").build();
    }

    @GET
    @Operation(summary = "Search non-deliveries",
            description = "Filters combine; repeat a parameter (or separate codes with commas) to match any of"
                    + " several. Without unit, every unit you belong to. One client's registrations: POST"
                    + " /non-deliveries/search (a personnummer is never sent in the address).")
    @ApiResponse(responseCode = "400", description = "Invalid parameters, each named; client in the address")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to")
    public PageJson<NonDeliveryJson> search(
            @Parameter(description = "First day of planned start, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "Last day of planned start, inclusive") @QueryParam("to") String to,
            @Parameter(description = "Unit codes") @QueryParam("unit") List<String> units,
            @Parameter(description = "Reason codes") @QueryParam("reason") List<String> reasons,
            @Parameter(description = "CLIENT or ORGANISATION") @QueryParam("initiator") String initiator,
            @Parameter(description = "Intervention type codes") @QueryParam("interventionType") List<String> types,
            @Parameter(hidden = true) @QueryParam("client") String client,
            @Parameter(description = "true to include annulled registrations") @QueryParam("includeAnnulled")
                    String includeAnnulled,
            @Parameter(description = "PLANNED_START (default), PLANNED_START_DESC, REGISTERED_AT, REGISTERED_AT_DESC")
                    @QueryParam("sort") String sort,
            @Parameter(description = "Matches to skip (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Params.notInAddress("client", client, "/non-deliveries/search");
        return find(new NonDeliverySearchJson(from, to, units, reasons, initiator, types, null, null, sort, null,
                null), includeAnnulled, offset, limit, security);
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search non-deliveries, e.g. one client's, with the filters in the body",
            description = "The same filters as GET /non-deliveries (lists for the repeatable ones); the personnummer"
                    + " stays out of the address")
    @ApiResponse(responseCode = "400", description = "Invalid filters, each named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to")
    public PageJson<NonDeliveryJson> searchInBody(NonDeliverySearchJson body, @Context SecurityContext security) {
        NonDeliverySearchJson filters = body == null ? NonDeliverySearchJson.NONE : body;
        return find(filters, Params.text(filters.includeAnnulled()), Params.text(filters.offset()),
                Params.text(filters.limit()), security);
    }

    private PageJson<NonDeliveryJson> find(NonDeliverySearchJson filters, String includeAnnulled, String offset,
            String limit, SecurityContext security) {
        Params params = new Params();
        NonDeliverySort order = params.enumValue("sort", filters.sort(), NonDeliverySort.class);
        NonDeliveryQuery query = new NonDeliveryQuery(params.date("from", filters.from()),
                params.date("to", filters.to()), Params.codes(filters.unit()), Params.codes(filters.reason()),
                params.enumValue("initiator", filters.initiator(), Initiator.class),
                Params.codes(filters.interventionType()), params.client("client", filters.client()),
                params.bool("includeAnnulled", includeAnnulled, false),
                order == null ? NonDeliverySort.PLANNED_START : order,
                params.integer("offset", offset, 0), params.integer("limit", limit, DEFAULT_LIMIT));
        params.check();
        return PageJson.of(nonDeliveries.search(query, Roles.actor(security)), NonDeliveryJson::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One registration, with its version as ETag")
    @ApiResponse(responseCode = "403", description = "It belongs to a unit you do not belong to")
    @ApiResponse(responseCode = "404", description = "No such registration")
    public Response read(@PathParam("id") String id, @Context SecurityContext security) {
        return withTag(nonDeliveries.get(Params.id(id, "registration"), Roles.actor(security)));
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every revision of a registration, oldest first: who changed what, when")
    public List<RevisionJson> history(@PathParam("id") String id, @Context SecurityContext security) {
        return nonDeliveries.history(Params.id(id, "registration"), Roles.actor(security)).stream()
                .map(RevisionJson::of).toList();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Correct a registration; the earlier values stay in its history",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the registration as read"))
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or annulled")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response correct(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            NonDeliveryCorrectionJson body, @Context SecurityContext security) {
        long number = Params.id(id, "registration");
        long version = Versions.ifMatch(ifMatch);
        if (body == null) {
            throw ValidationException.of("body", "give the fields to correct");
        }
        return withTag(nonDeliveries.correct(number, version, body.toCorrection(), Roles.actor(security)));
    }

    @POST
    @Path("{id}/annul")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Annul a registration made by mistake: kept with its history, counted nowhere",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the registration as read"))
    @ApiResponse(responseCode = "409", description = "Changed since it was read, or annulled already")
    public Response annul(@PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            AnnulmentJson body, @Context SecurityContext security) {
        long number = Params.id(id, "registration");
        long version = Versions.ifMatch(ifMatch);
        return withTag(nonDeliveries.annul(number, version, body == null ? null : body.reason(),
                Roles.actor(security)));
    }

    @GET
    @Path("{id}/write-backs")
    @Operation(summary = "The write-backs of the reason to the host journal entry, and their state")
    public List<WriteBackJson> writeBacks(@PathParam("id") String id, @Context SecurityContext security) {
        return writeBacks.forNonDelivery(Params.id(id, "registration"), Roles.actor(security)).stream()
                .map(WriteBackJson::of).toList();
    }


    private static Response withTag(NonDelivery n) {
        return Response.ok(NonDeliveryJson.of(n)).tag(Versions.tag(n.version())).build();
    }
}
