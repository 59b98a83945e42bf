package se.folja.rest.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import se.folja.rest.internal.security.Roles;

/**
 * The OpenAPI 3 description of {@code /folja/api/v1}, generated on each request from the JAX-RS
 * annotations of the resources that are registered with the Följa application at that moment.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@Path("openapi.json")
@Hidden
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class OpenApiResource {

    static final String BASIC_AUTH = "basicAuth";
    static final String SESSION_COOKIE = "sessionCookie";
    /** Resources that select the Följa application (the filter value's parentheses escaped). */
    private static final String RESOURCES = "(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)("
            + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "="
            + FoljaApplication.SELECT.replace("(", "\\(").replace(")", "\\)") + "))";

    private final BundleContext context;

    @Activate
    public OpenApiResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() throws InvalidSyntaxException {
        return Json.pretty(describe(resourceClasses()));
    }

    /** @return the OpenAPI description of the given resource classes, as served under /folja/api/v1 */
    static OpenAPI describe(Set<Class<?>> resources) {
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("Följa API")
                        .version("v1")
                        .description("Structured follow-up of social-services interventions: visits that did not happen"
                                + " (Ej genomförda insatser) registered with a reason from the catalogue, grants,"
                                + " the week view and the journal entries awaiting a reason; follow-up templates"
                                + " (FHIR R4 Questionnaires in Följa's envelope) and the units they are enabled for."
                                + " Every endpoint needs"
                                + " HTTP Basic credentials (API clients) or the session cookie FOLJA_SESSION that"
                                + " the login page /folja/login sets (browsers), and one of the roles folja-staff,"
                                + " folja-admin or folja-statistician. With the cookie, every POST, PUT, PATCH and"
                                + " DELETE must carry the session's CSRF token (GET /session) in the header"
                                + " X-CSRF-Token. Errors are application/problem+json; below /fhir/ they are FHIR OperationOutcomes"
                                + " (application/fhir+json)."))
                .servers(List.of(new Server().url("/" + FoljaApplication.BASE)))
                .components(new Components().addSecuritySchemes(BASIC_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(SESSION_COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("FOLJA_SESSION")
                                .description("The session of a person logged in on /folja/login; changes also need"
                                        + " the header X-CSRF-Token")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .addSecurityItem(new SecurityRequirement().addList(SESSION_COOKIE));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).readAllResources(true);
        // A Reader keeps state between calls: one per document.
        return new Reader(config).read(resources);
    }

    private static String simpleName(String componentName) {
        return componentName.substring(componentName.lastIndexOf('.') + 1);
    }

    private Set<Class<?>> resourceClasses() throws InvalidSyntaxException {
        Set<Class<?>> classes = new LinkedHashSet<>();
        ServiceReference<?>[] found = context.getServiceReferences((String) null, RESOURCES);
        if (found == null) {
            return classes;
        }
        // by the class's simple name, so that the document's order does not depend on the areas' packages
        for (ServiceReference<?> reference : Arrays.stream(found)
                .sorted(Comparator.comparing(r -> simpleName(String.valueOf(r.getProperty("component.name")))))
                .toList()) {
            Object service = context.getService(reference);
            if (service != null) {
                try {
                    classes.add(service.getClass());
                } finally {
                    context.ungetService(reference);
                }
            }
        }
        return classes;
    }
}
