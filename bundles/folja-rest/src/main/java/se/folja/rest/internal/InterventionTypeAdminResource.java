package se.folja.rest.internal;

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
import se.folja.api.interventions.InterventionType;
import se.folja.api.interventions.InterventionTypeCatalogue;

/**
 * Administration of the intervention types: add, relabel, retire, reactivate. Changes need the type's ETag in
 * If-Match; a stale one is a 409.
 */
@Component(service = InterventionTypeAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/intervention-types")
@Tag(name = "Intervention type administration", description = "Add, relabel, retire, reactivate")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class InterventionTypeAdminResource {

    private final InterventionTypeCatalogue types;

    @Activate
    public InterventionTypeAdminResource(@Reference InterventionTypeCatalogue types) {
        this.types = types;
    }

    @GET
    @Operation(summary = "Every intervention type, retired ones included")
    public List<InterventionTypeJson> list() {
        return types.allTypes().stream().map(InterventionTypeJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an intervention type")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named")
    @ApiResponse(responseCode = "409", description = "The code exists already")
    public Response create(NewInterventionTypeJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "an intervention type is required");
        }
        InterventionType created = types.create(body.code(), body.labelSv(), body.labelEn(), Roles.actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(Versions.tag(created.version())).entity(InterventionTypeJson.of(created)).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One intervention type, with its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such type")
    public Response read(@PathParam("code") String code) {
        return withTag(types.type(code));
    }

    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Relabel an intervention type",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the type as read"))
    @ApiResponse(responseCode = "409", description = "Someone else changed the type since it was read")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response relabel(@PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            InterventionTypeEditJson body, @Context SecurityContext security) {
        long version = Versions.ifMatch(ifMatch);
        if (body == null) {
            throw ValidationException.of("body", "give labelSv, labelEn or both");
        }
        return withTag(types.relabel(code, version, body.labelSv(), body.labelEn(), Roles.actor(security)));
    }

    @POST
    @Path("{code}/retire")
    @Operation(summary = "Retire a type: it can no longer be chosen and stays valid where it is used",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the type as read"))
    public Response retire(@PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return withTag(types.setActive(code, Versions.ifMatch(ifMatch), false, Roles.actor(security)));
    }

    @POST
    @Path("{code}/reactivate")
    @Operation(summary = "Make a retired type choosable again",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the type as read"))
    public Response reactivate(@PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return withTag(types.setActive(code, Versions.ifMatch(ifMatch), true, Roles.actor(security)));
    }

    private static Response withTag(InterventionType type) {
        return Response.ok(InterventionTypeJson.of(type)).tag(Versions.tag(type.version())).build();
    }
}
