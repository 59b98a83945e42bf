package se.folja.rest.internal.ibic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.Problems;
import se.folja.rest.internal.request.LimitedBody;
import se.folja.rest.internal.security.Roles;

/** Loading the municipality's licensed ICF code list. */
@Component(service = IcfCodeListAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/ibic/icf-codes")
@Tag(name = "IBIC", description = "Livsområden och ICF-koder / IBIC life areas and ICF codes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public final class IcfCodeListAdminResource {

    /** The largest code list accepted, in bytes (ICF with Swedish and English titles is about 300 kB). */
    static final long MOST_BYTES = 20L * 1024 * 1024;
    static final String CSV = "text/csv";
    static final String FHIR_JSON = "application/fhir+json";

    private final IcfCodeLists codeLists;

    @Activate
    public IcfCodeListAdminResource(@Reference IcfCodeLists codeLists) {
        this.codeLists = codeLists;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Load the municipality's ICF code list, replacing the loaded one (all or nothing)",
            description = "text/csv with a header row code,title_sv,title_en (comma or semicolon, UTF-8), or a FHIR"
                    + " CodeSystem as application/fhir+json or application/json",
            requestBody = @RequestBody(required = true, description = "The code list file"))
    @ApiResponse(responseCode = "201", description = "Loaded; the body describes the list")
    @ApiResponse(responseCode = "400", description = "A bad line or concept, named with the problem; nothing stored")
    @ApiResponse(responseCode = "413", description = "Larger than 20 MB")
    @ApiResponse(responseCode = "415", description = "Neither CSV nor FHIR JSON")
    public Response load(
            @Parameter(description = "A name for the list if the file gives none") @QueryParam("name") String name,
            @Context HttpHeaders headers, InputStream body, @Context SecurityContext security, @Context UriInfo uri) {
        IcfCodeListFormat format = format(headers.getMediaType());
        var info = codeLists.load(format, new LimitedBody(body, MOST_BYTES,
                "A code list may be at most " + MOST_BYTES / (1024 * 1024) + " MB"), name, Roles.actor(security));
        return Response.created(uri.getBaseUriBuilder().path("ibic/icf-codes").build())
                .entity(IcfCodeListJson.of(info)).build();
    }

    private static IcfCodeListFormat format(MediaType type) {
        if (type != null) {
            String subtype = type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
            switch (subtype) {
                case CSV, "application/csv":
                    return IcfCodeListFormat.CSV;
                case FHIR_JSON, MediaType.APPLICATION_JSON:
                    return IcfCodeListFormat.FHIR_JSON;
                default:
                    break;
            }
        }
        throw new ProblemException(Problems.UNSUPPORTED_MEDIA_TYPE.response(
                "Send the code list as text/csv or as a FHIR CodeSystem in application/fhir+json"));
    }
}
