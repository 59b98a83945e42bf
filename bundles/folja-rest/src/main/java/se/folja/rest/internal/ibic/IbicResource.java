package se.folja.rest.internal.ibic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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

import se.folja.api.ForbiddenException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.LifeAreaQueries;
import se.folja.api.ibic.NeedGrouping;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.security.Roles;

/** IBIC's life areas and ICF codes mapped to them. */
@Component(service = IbicResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("ibic")
@Tag(name = "IBIC", description = "Livsområden och ICF-koder / IBIC life areas and ICF codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class IbicResource {

    /** The most codes one batch request maps. */
    static final int MOST_CODES = 100_000;

    private final LifeAreaMapper mapper;
    private final IcfCodeLists codeLists;
    private final LifeAreaQueries queries;

    @Activate
    public IbicResource(@Reference LifeAreaMapper mapper, @Reference IcfCodeLists codeLists,
            @Reference LifeAreaQueries queries) {
        this.mapper = mapper;
        this.codeLists = codeLists;
        this.queries = queries;
    }

    @GET
    @Path("life-areas")
    @Operation(summary = "IBIC's life areas, IBIC's own areas and the related-factor groups, with their ICF prefixes",
            description = "The current version, or an earlier one by version")
    @ApiResponse(responseCode = "404", description = "No such version")
    public LifeAreaSetJson lifeAreas(
            @Parameter(description = "A version, e.g. 2021.1 (default: current)") @QueryParam("version")
                    String version) {
        return LifeAreaSetJson.of(version == null || version.isBlank() ? mapper.lifeAreas()
                : mapper.lifeAreas(version), mapper.versions());
    }

    @GET
    @Path("map")
    @Operation(summary = "The life area or related-factor group of one ICF code",
            description = "Checked for structure; once a code list is loaded, also for existence, with its titles")
    @ApiResponse(responseCode = "400", description = "icf is missing, malformed or not in the loaded code list")
    public IcfMappingJson map(@Parameter(description = "An ICF code, e.g. d640") @QueryParam("icf") String icf) {
        return IcfMappingJson.of(mapper.map("icf", icf));
    }

    @POST
    @Path("map")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map many ICF codes in one request (up to 100,000)",
            description = "One result per code, in the order sent; a bad code gets an error and does not stop the"
                    + " others")
    @ApiResponse(responseCode = "400", description = "codes is missing or too long")
    public MapBatchJson mapAll(MapRequestJson body) {
        if (body == null || body.codes() == null) {
            throw ValidationException.of("codes", "is required: a list of ICF codes");
        }
        if (body.codes().size() > MOST_CODES) {
            throw ValidationException.of("codes", "must hold at most " + MOST_CODES + " codes");
        }
        return MapBatchJson.of(mapper.lifeAreas().version(), mapper.mapAll(body.codes()));
    }

    @GET
    @Path("icf-codes")
    @Operation(summary = "The loaded ICF code list: name, version, number of codes, who loaded it when")
    @ApiResponse(responseCode = "404", description = "No code list is loaded: codes are checked for structure only")
    public IcfCodeListJson codeList() {
        return codeLists.current().map(IcfCodeListJson::of)
                .orElseThrow(() -> new NotFoundException("ICF code list", "loaded"));
    }

    @GET
    @Path("needs")
    @Operation(summary = "Life areas with assessed need in a period: in total, per unit, per case officer or per"
            + " client",
            description = "Counts the assessments in force in the period (made in it, or the client's latest before"
                    + " it) and their needs with qualifier 1-4 or 8. For the members of the units only; per client only"
                    + " for staff.")
    @ApiResponse(responseCode = "400", description = "from, to or groupBy invalid, each named")
    @ApiResponse(responseCode = "403", description = "A unit you do not belong to (or you belong to none), or"
            + " groupBy=client without the staff role")
    public LifeAreaNeedsJson needs(
            @Parameter(description = "First day, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "total (default), unit, caseOfficer or client") @QueryParam("groupBy")
                    String groupBy,
            @Parameter(description = "Unit codes (default: every unit you reach)") @QueryParam("unit")
                    List<String> units,
            @Context SecurityContext security) {
        Params params = new Params();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        NeedGrouping grouping = params.enumValue("groupBy", groupBy == null ? null
                : groupBy.replaceAll("([a-z])([A-Z])", "$1_$2"), NeedGrouping.class);
        params.check();
        if (grouping == NeedGrouping.CLIENT && !security.isUserInRole(Roles.STAFF)) {
            throw new ForbiddenException("Life areas per client are for staff in their own units");
        }
        NeedGrouping by = grouping == null ? NeedGrouping.TOTAL : grouping;
        return LifeAreaNeedsJson.of(switch (by) {
            case TOTAL -> "total";
            case UNIT -> "unit";
            case CASE_OFFICER -> "caseOfficer";
            case CLIENT -> "client";
        },
                queries.needs(by, Params.codes(units), first, last, Roles.actor(security)), mapper.lifeAreas());
    }

    @GET
    @Path("cancellations")
    @Operation(summary = "The life areas of the clients who cancelled in a period (Kalmar's analysis)",
            description = "For the active non-deliveries planned in the period: cancelling clients and cancellations,"
                    + " and per life area the cancelling clients with an assessed need there and their cancellations."
                    + " Exact for a member of every unit counted; for anyone else suppressed as the life-area export's"
                    + " total column (suppressionK; suppressed areas last, by code)")
    @ApiResponse(responseCode = "400", description = "from or to invalid, each named")
    public CancellationLifeAreasJson cancellations(
            @Parameter(description = "First day, e.g. 2026-09-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, e.g. 2026-10-31") @QueryParam("to") String to,
            @Parameter(description = "Unit codes (default: every unit you reach)") @QueryParam("unit")
                    List<String> units,
            @Context SecurityContext security) {
        Params params = new Params();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        params.check();
        Set<String> asked = Params.codes(units);
        return CancellationLifeAreasJson.of(queries.cancellations(asked, first, last, Roles.actor(security)),
                mapper.lifeAreas());
    }
}
