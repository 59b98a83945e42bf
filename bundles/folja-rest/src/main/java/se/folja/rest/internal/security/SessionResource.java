package se.folja.rest.internal.security;

import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.rest.internal.FoljaApplication;

/** Who the caller is: what a page reads first, for the user's roles and the session's CSRF token. */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("session")
@Tag(name = "Session", description = "The caller: user name, roles and, for a browser session opened on the"
        + " login page (/folja/login, cookie FOLJA_SESSION), the CSRF token its state-changing requests must carry in"
        + " the header X-CSRF-Token")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class SessionResource {

    /** The caller; {@code csrfToken} only for a browser session (left out with HTTP Basic). */
    @Schema(name = "Session")
    public record SessionJson(String user, List<String> roles,
            @Schema(description = "The session's CSRF token: send it in X-CSRF-Token with every POST, PUT, PATCH and"
                    + " DELETE made with the session cookie. Absent with HTTP Basic.") String csrfToken) {
        @Override
        public String toString() {
            return "SessionJson[" + roles.size() + " roles]";
        }
    }

    @GET
    @Operation(summary = "The caller's user name and roles, and the CSRF token of a browser session",
            description = "With the session cookie FOLJA_SESSION (set by POST /folja/login): the session's user, roles"
                    + " and CSRF token. With HTTP Basic: the user and roles, no token. Without either, or when the"
                    + " session has ended: 401 (without a Basic challenge when the request carried the cookie).")
    @ApiResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionJson.class)))
    @ApiResponse(responseCode = "401", description = "No credentials, wrong ones, or the session has ended")
    public Response session(@Context SecurityContext security) {
        Roles.CallerPrincipal caller = (Roles.CallerPrincipal) security.getUserPrincipal();
        return Response.ok(new SessionJson(caller.getName(), sorted(caller.roles()), caller.csrfToken()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static List<String> sorted(Set<String> roles) {
        return roles.stream().sorted().toList();
    }
}
