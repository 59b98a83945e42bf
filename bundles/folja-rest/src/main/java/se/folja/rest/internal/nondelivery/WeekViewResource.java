package se.folja.rest.internal.nondelivery;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.IsoWeek;
import se.folja.api.nondelivery.WeekQuery;
import se.folja.api.nondelivery.WeekView;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/**
 * The week view (<em>veckovy</em>): granted and cancelled sessions per ISO week, per client or summed per
 * unit. A grant counts for every week whose Thursday it is valid on.
 */
@Component(service = WeekViewResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("week-view")
@Tag(name = "Week view", description = "Beviljade och avbokade tillfällen per vecka; hela veckan avbokad")
@Produces(MediaType.APPLICATION_JSON)
public final class WeekViewResource {

    private final WeekView weekView;

    @Activate
    public WeekViewResource(@Reference WeekView weekView) {
        this.weekView = weekView;
    }

    @GET
    @Path("clients")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Per client, unit and ISO week with a grant or a cancellation",
            description = "For the members of the units only")
    @ApiResponse(responseCode = "400", description = "Invalid parameters, each named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to, or you belong to none")
    public List<ClientWeekJson> clients(
            @Parameter(description = "First ISO week, e.g. 2026-W36", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last ISO week, inclusive; at most 106 weeks", required = true)
                    @QueryParam("to") String to,
            @Parameter(description = "Unit codes; without, every unit you belong to") @QueryParam("unit")
                    List<String> units,
            @Parameter(hidden = true) @QueryParam("client")
                    String client,
            @Parameter(description = "An intervention type's code") @QueryParam("interventionType") String type,
            @Context SecurityContext security) {
        Params.notInAddress("client", client, "/week-view/clients/search");
        return weekView.clientWeeks(query(from, to, units, null, type), Roles.actor(security)).stream()
                .map(ClientWeekJson::of).toList();
    }

    @POST
    @Path("clients/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Per unit and ISO week for one client (or with the filters in the body)",
            description = "The same filters as GET /week-view/clients; the personnummer stays out of the address."
                    + " For the members of the units only")
    @ApiResponse(responseCode = "400", description = "Invalid filters, each named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to, or you belong to none")
    public List<ClientWeekJson> clientsInBody(ClientWeekSearchJson body, @Context SecurityContext security) {
        ClientWeekSearchJson filters = body == null ? ClientWeekSearchJson.NONE : body;
        return weekView.clientWeeks(query(filters.from(), filters.to(), filters.unit(), filters.client(),
                filters.interventionType()), Roles.actor(security)).stream().map(ClientWeekJson::of).toList();
    }

    @GET
    @Path("units")
    @RolesAllowed({Roles.STAFF, Roles.ADMIN})
    @Operation(summary = "Per unit and ISO week: clients, granted and cancelled sessions, whole weeks cancelled",
            description = "For the members of the units only: statistics by week and unit come from the aggregate"
                    + " export, with small counts suppressed")
    @ApiResponse(responseCode = "400", description = "Invalid parameters, each named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to, or you belong to none")
    public List<UnitWeekJson> units(
            @Parameter(description = "First ISO week, e.g. 2026-W36", required = true) @QueryParam("from") String from,
            @Parameter(description = "Last ISO week, inclusive; at most 106 weeks", required = true)
                    @QueryParam("to") String to,
            @Parameter(description = "Unit codes; without, every unit you belong to") @QueryParam("unit")
                    List<String> units,
            @Parameter(description = "An intervention type's code") @QueryParam("interventionType") String type,
            @Context SecurityContext security) {
        return weekView.unitWeeks(query(from, to, units, null, type), Roles.actor(security)).stream()
                .map(UnitWeekJson::of).toList();
    }

    private static WeekQuery query(String from, String to, List<String> units, String client, String type) {
        Params params = new Params();
        IsoWeek first = params.week("from", from, true);
        IsoWeek last = params.week("to", to, true);
        PersonalIdentityNumber pin = params.client("client", client);
        params.check();
        return new WeekQuery(first, last, Params.codes(units), pin, type == null || type.isBlank() ? null : type.strip());
    }
}
