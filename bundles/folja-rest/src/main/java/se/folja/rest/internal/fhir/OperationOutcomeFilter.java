package se.folja.rest.internal.fhir;

import java.lang.annotation.Annotation;
import java.util.List;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.folja.api.FieldError;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.problem.ProblemJson;

/**
 * Answers every error below {@code /fhir/} as a FHIR {@code OperationOutcome} ({@code application/fhir+json})
 * instead of problem+json: the problem that the rest of the application answers with (from the problem mapper,
 * the authentication filter or any other filter) is rewritten, with its status and headers kept, so a FHIR client
 * reads Följa's errors as it reads any FHIR server's. Elsewhere it changes nothing.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
public final class OperationOutcomeFilter implements ContainerResponseFilter {

    private static final Annotation[] NONE = new Annotation[0];

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof ProblemJson problem && Fhir.isFhirPath(request.getUriInfo().getPath())) {
            response.setEntity(outcome(problem), NONE, Fhir.MEDIA_TYPE_TYPE);
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, Fhir.MEDIA_TYPE);
        }
    }

    /** @return the problem as an OperationOutcome: one issue, or one per invalid field */
    static ObjectNode outcome(ProblemJson problem) {
        ObjectNode outcome = JsonProvider.MAPPER.createObjectNode().put("resourceType", "OperationOutcome");
        ArrayNode issues = outcome.putArray("issue");
        String code = issueCode(problem.status());
        List<FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
        if (errors.isEmpty()) {
            issue(issues, code, problem.title(), problem.detail(), null);
        }
        for (FieldError error : errors) {
            issue(issues, code, problem.title(), error.field() + ": " + error.message(), error.field());
        }
        return outcome;
    }

    private static void issue(ArrayNode issues, String code, String title, String diagnostics, String expression) {
        ObjectNode issue = issues.addObject().put("severity", "error").put("code", code);
        if (title != null) {
            issue.putObject("details").put("text", title);
        }
        if (diagnostics != null) {
            issue.put("diagnostics", diagnostics);
        }
        if (expression != null) {
            issue.putArray("expression").add(expression);
        }
    }

    /** @return FHIR's issue type for an HTTP status (value set {@code issue-type}) */
    static String issueCode(int status) {
        return switch (status) {
            case 401 -> "login";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405, 406, 415 -> "not-supported";
            case 409, 412 -> "conflict";
            case 413 -> "too-costly";
            case 503 -> "transient";
            default -> status >= 500 ? "exception" : "invalid";
        };
    }
}
