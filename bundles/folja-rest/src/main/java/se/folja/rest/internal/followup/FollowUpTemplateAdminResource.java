package se.folja.rest.internal.followup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.request.LimitedBody;
import se.folja.rest.internal.security.Roles;

/** Administrators upload follow-up templates: each different document of a code is its next version. */
@Component(service = FollowUpTemplateAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/followup-templates")
@Tag(name = "Follow-up templates", description = "Uppföljningsmallar: stored versions, their documents, the upload")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class FollowUpTemplateAdminResource {

    private static final String TOO_LARGE = "A template may be at most " + FollowUpTemplates.MAX_DOCUMENT_BYTES / 1024
            + " kB (" + FollowUpTemplates.MAX_DOCUMENT_BYTES + " bytes)";

    private final FollowUpTemplates templates;

    @Activate
    public FollowUpTemplateAdminResource(@Reference FollowUpTemplates templates) {
        this.templates = templates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a template's document",
            description = "The JSON document (docs/followup-templates.md), stored byte for byte after it is read and"
                    + " validated, as the next version of its code; the same bytes again store nothing and answer"
                    + " with the version that holds them. At most 1 MB.",
            requestBody = @RequestBody(required = true, description = "The template's JSON document",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON)))
    @ApiResponse(responseCode = "201", description = "Stored as a new version; Location names its document",
            content = @Content(schema = @Schema(implementation = TemplateVersionJson.class)))
    @ApiResponse(responseCode = "200", description = "A version of the code holds exactly these bytes already;"
            + " nothing stored", content = @Content(schema = @Schema(implementation = TemplateVersionJson.class)))
    @ApiResponse(responseCode = "400", description = "Every error named by its JSON path and rule; nothing stored")
    @ApiResponse(responseCode = "413", description = "Larger than 1 MB; nothing stored")
    @ApiResponse(responseCode = "415", description = "Not application/json")
    public Response upload(InputStream body, @Context SecurityContext security, @Context UriInfo uri)
            throws IOException {
        TemplateUpload upload = templates.store(read(body), TemplateOrigin.UPLOADED, Roles.actor(security));
        TemplateVersionInfo info = upload.info();
        URI document = uri.getBaseUriBuilder().path("followup-templates").path(info.code()).path("versions")
                .path(Integer.toString(info.version())).build();
        TemplateVersionJson entity = TemplateVersionJson.of(info, true);
        return upload.created() ? Response.created(document).entity(entity).build()
                : Response.ok(entity).header(HttpHeaders.CONTENT_LOCATION, document).build();
    }

    /**
     * @return the body's bytes
     * @throws se.folja.rest.internal.problem.ProblemException 413 as soon as the body is larger than
     *     {@link FollowUpTemplates#MAX_DOCUMENT_BYTES}: the rest is never read
     */
    static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        // not closed: the request's stream is the container's
        return new LimitedBody(body, FollowUpTemplates.MAX_DOCUMENT_BYTES, TOO_LARGE).readAllBytes();
    }
}
