package se.folja.rest.internal.followup;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.StoredTemplate;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/**
 * The stored follow-up templates (<em>uppföljningsmallar</em>): the latest version of each, every version of one,
 * and each version's document exactly as it was stored, with its SHA-256 as a strong ETag.
 */
@Component(service = FollowUpTemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("followup-templates")
@Tag(name = "Follow-up templates", description = "Uppföljningsmallar: stored versions, their documents, the upload")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class FollowUpTemplateResource {

    private final FollowUpTemplates templates;

    @Activate
    public FollowUpTemplateResource(@Reference FollowUpTemplates templates) {
        this.templates = templates;
    }

    @GET
    @Operation(summary = "The latest version of every template, by code",
            description = "storedBy (a login name) is given to administrators only.")
    @ApiResponse(responseCode = "200", description = "The templates",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TemplateVersionJson.class))))
    public List<TemplateVersionJson> list(@Context SecurityContext security) {
        boolean showWho = security.isUserInRole(Roles.ADMIN);
        return templates.latest().stream().map(info -> TemplateVersionJson.of(info, showWho)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "The latest version's document, exactly as stored",
            description = "The JSON document (the envelope and its FHIR R4 Questionnaires) byte for byte as it was"
                    + " uploaded or shipped. ETag: its SHA-256; send it back in If-None-Match to get 304 while no"
                    + " newer version is stored. Content-Location names the version.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "404", description = "No template has that code")
    public Response latest(@Parameter(description = "The template's code", example = "ORS") @PathParam("code")
            String code, @Context Request request, @Context UriInfo uri) {
        return document(templates.latest(code), request, uri);
    }

    @GET
    @Path("{code}/versions")
    @Operation(summary = "Every version of a template, oldest first")
    @ApiResponse(responseCode = "200", description = "The versions",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TemplateVersionJson.class))))
    @ApiResponse(responseCode = "404", description = "No template has that code")
    public List<TemplateVersionJson> versions(@PathParam("code") String code, @Context SecurityContext security) {
        boolean showWho = security.isUserInRole(Roles.ADMIN);
        return templates.versions(code).stream().map(info -> TemplateVersionJson.of(info, showWho)).toList();
    }

    @GET
    @Path("{code}/versions/{version}")
    @Operation(summary = "One version's document, exactly as stored",
            description = "Byte for byte as it was uploaded or shipped; a stored version never changes. ETag: its"
                    + " SHA-256, 304 on If-None-Match.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "400", description = "version is not a version's number")
    @ApiResponse(responseCode = "404", description = "No such template or version")
    public Response version(@PathParam("code") String code,
            @Parameter(description = "1, 2, 3 …", example = "1") @PathParam("version") String version,
            @Context Request request, @Context UriInfo uri) {
        return document(templates.version(code, versionNumber(version)), request, uri);
    }

    /**
     * @return the number of a version in a path
     * @throws ValidationException naming {@code version} if it is not a whole number from 1
     */
    static int versionNumber(String text) {
        if (text == null || !text.matches("[1-9]\\d{0,8}")) {
            throw ValidationException.of("version", "must be a version's number: 1, 2, 3 …");
        }
        return Integer.parseInt(text);
    }

    /**
     * The document's exact bytes as {@code application/json}, its SHA-256 as a strong ETag, revalidated on every
     * use ({@code private, no-cache}, as the catalogues' FHIR resources) so that a newer version is never missed and
     * an unchanged one costs a 304.
     */
    static Response document(StoredTemplate stored, Request request, UriInfo uri) {
        EntityTag tag = new EntityTag(stored.info().sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        String location = uri.getBaseUriBuilder().path("followup-templates").path(stored.info().code())
                .path("versions").path(Integer.toString(stored.info().version())).build().toString();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).header(HttpHeaders.CONTENT_LOCATION, location).build();
        }
        return Response.ok(stored.document().json(), MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache)
                .header(HttpHeaders.CONTENT_LOCATION, location).build();
    }
}
