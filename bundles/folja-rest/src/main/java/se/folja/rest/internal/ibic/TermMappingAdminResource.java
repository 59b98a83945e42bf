package se.folja.rest.internal.ibic;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ibic.TermKind;
import se.folja.api.ibic.TermMappings;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.Params;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/** Administrators map local terms to ICF codes or life areas; every change is a new version. */
@Component(service = TermMappingAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/ibic/mappings")
@Tag(name = "IBIC", description = "Livsområden och ICF-koder / IBIC life areas and ICF codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class TermMappingAdminResource {

    private final TermMappings mappings;

    @Activate
    public TermMappingAdminResource(@Reference TermMappings mappings) {
        this.mappings = mappings;
    }

    @PUT
    @Path("{kind}/{term: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map a local term to an ICF code or a life area; a change makes a new version",
            description = "kind is INTERVENTION_TYPE or NEED_LABEL; the body is {\"icf\":\"d640\"} or"
                    + " {\"lifeArea\":\"TRYGGHET\"}. Mapping a term to what it maps to changes nothing.",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH,
                    description = "Optional: the ETag of the mappings as read; a change since then is 409"))
    @ApiResponse(responseCode = "200", description = "The new (or unchanged) current version, its number as ETag")
    @ApiResponse(responseCode = "400", description = "kind, term, icf or lifeArea invalid, each named")
    @ApiResponse(responseCode = "409", description = "The mappings changed since the If-Match version")
    public Response put(@PathParam("kind") String kind, @PathParam("term") String term,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch, TermTargetJson body,
            @Context SecurityContext security) {
        TermKind parsed = kind(kind);
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.ifMatch(ifMatch);
        return TermMappingResource.tagged(mappings.put(parsed, term, body == null ? null : body.icf(),
                body == null ? null : body.lifeArea(), expected, TermMappings.REST, Roles.actor(security)), security);
    }

    @DELETE
    @Path("{kind}/{term: .+}")
    @Operation(summary = "Remove a term's mapping; a new version without it",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH,
                    description = "Optional: the ETag of the mappings as read"))
    @ApiResponse(responseCode = "404", description = "The current version does not map the term")
    public Response remove(@PathParam("kind") String kind, @PathParam("term") String term,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        TermKind parsed = kind(kind);
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.ifMatch(ifMatch);
        return TermMappingResource.tagged(mappings.remove(parsed, term, expected, Roles.actor(security)), security);
    }

    private static TermKind kind(String text) {
        Params params = new Params();
        TermKind kind = params.enumValue("kind", text == null ? null : text.replace('-', '_'), TermKind.class);
        params.check();
        return kind;
    }
}
