package se.folja.rest.internal.ibic;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.ibic.MappingVersion;
import se.folja.api.ibic.TermMappings;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/** The term mappings, current and past versions. */
@Component(service = TermMappingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("ibic/mappings")
@Tag(name = "IBIC", description = "Livsområden och ICF-koder / IBIC life areas and ICF codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class TermMappingResource {

    private final TermMappings mappings;

    @Activate
    public TermMappingResource(@Reference TermMappings mappings) {
        this.mappings = mappings;
    }

    @GET
    @Operation(summary = "The current term mappings, with their version as ETag (0 before the first change)")
    public Response current(@Context SecurityContext security) {
        return tagged(mappings.current(), security);
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every version of the term mappings, newest first, without their terms")
    public List<MappingVersionJson> versions(@Context SecurityContext security) {
        boolean showWho = security.isUserInRole(Roles.ADMIN);
        return mappings.versions().stream().map(i -> MappingVersionJson.of(i, null, showWho)).toList();
    }

    @GET
    @Path("versions/{version}")
    @Operation(summary = "A past or the current version of the term mappings, with every term it mapped")
    @ApiResponse(responseCode = "404", description = "No such version")
    public Response version(@PathParam("version") String version, @Context SecurityContext security) {
        if (version == null || !version.matches("\\d{1,18}")) {
            throw ValidationException.of("version", "must be a mapping version's number");
        }
        return tagged(mappings.version(Long.parseLong(version)), security);
    }

    /** @return the version with its ETag; who changed it for administrators only */
    static Response tagged(MappingVersion version, SecurityContext security) {
        return Response.ok(MappingVersionJson.of(version, security.isUserInRole(Roles.ADMIN)))
                .tag(Versions.tag(version.info().version())).build();
    }
}
