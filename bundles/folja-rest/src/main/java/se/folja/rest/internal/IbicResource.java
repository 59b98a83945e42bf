package se.folja.rest.internal;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

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

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.api.ibic.LifeAreaMapper;

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

    @Activate
    public IbicResource(@Reference LifeAreaMapper mapper, @Reference IcfCodeLists codeLists) {
        this.mapper = mapper;
        this.codeLists = codeLists;
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
}
