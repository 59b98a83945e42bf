package se.folja.rest.internal.fhir;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/**
 * The follow-up templates' questionnaires as plain FHIR R4 {@code Questionnaire} resources, one per template
 * version and respondent role ({@link QuestionnaireJson} says how they are named), for a host's own FHIR
 * tooling and form renderers.
 */
@Component(service = FhirQuestionnaireResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path(Fhir.PATH)
@Tag(name = "FHIR questionnaires", description = "Uppföljningsmallarnas frågeformulär som FHIR R4 Questionnaire /"
        + " the follow-up templates' questionnaires as FHIR R4 (application/fhir+json; errors are OperationOutcomes)")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class FhirQuestionnaireResource {

    private final FollowUpTemplates templates;

    @Activate
    public FhirQuestionnaireResource(@Reference FollowUpTemplates templates) {
        this.templates = templates;
    }

    @GET
    @Path("Questionnaire/{id}")
    @Operation(summary = "A follow-up template's questionnaire for one respondent role, as FHIR R4",
            description = "id: <template code, _ written .>-v<version>-<caseofficer|provider|client>, e.g."
                    + " ORS-v1-client or KALMAR.BOENDESTOD-v1-provider. Immutable: a template version never changes.")
    @ApiResponse(responseCode = "200", description = "The Questionnaire")
    @ApiResponse(responseCode = "404", description = "No such template version or role (an OperationOutcome)")
    public Response read(@Parameter(description = "e.g. ORS-v1-client") @PathParam("id") String id,
            @Context Request request, @Context HttpHeaders headers) {
        QuestionnaireJson.Ref ref = QuestionnaireJson.parse(id)
                .orElseThrow(() -> new NotFoundException("Questionnaire", id));
        StoredTemplate stored = stored(ref, id);
        ObjectNode questionnaire = QuestionnaireJson.questionnaire(stored, ref.role())
                .orElseThrow(() -> new NotFoundException("Questionnaire", id));
        return FhirTerminologyResource.answer(questionnaire, stored.info().sha256().substring(0, 16) + "-"
                + QuestionnaireJson.token(ref.role()), request, headers);
    }

    @GET
    @Path("Questionnaire")
    @Operation(summary = "Search the questionnaires by canonical url and version",
            description = "A Bundle of type searchset. Without url: the latest version of every template, each"
                    + " respondent role. With url: every version of that template's questionnaire for that role,"
                    + " or the one version given.")
    @ApiResponse(responseCode = "200", description = "A searchset Bundle")
    @ApiResponse(responseCode = "400", description = "version is not a whole number from 1 (an OperationOutcome)")
    public Response search(
            @Parameter(description = "A canonical URL, e.g. https://folja.se/fhir/Questionnaire/ORS-client")
            @QueryParam("url") String url,
            @Parameter(description = "A template version, e.g. 1") @QueryParam("version") String version,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Integer wanted = version(version);
        List<ObjectNode> found = new ArrayList<>();
        if (url == null) {
            for (TemplateVersionInfo info : templates.latest()) {
                if (wanted == null || wanted == info.version()) {
                    StoredTemplate stored = templates.version(info.code(), info.version());
                    for (RespondentRole role : RespondentRole.values()) {
                        QuestionnaireJson.questionnaire(stored, role).ifPresent(found::add);
                    }
                }
            }
        } else {
            QuestionnaireJson.Ref ref = QuestionnaireJson.parseUrl(url).orElse(null);
            if (ref != null) {
                for (TemplateVersionInfo info : versions(ref.code())) {
                    if (wanted == null || wanted == info.version()) {
                        QuestionnaireJson.questionnaire(templates.version(info.code(), info.version()), ref.role())
                                .ifPresent(found::add);
                    }
                }
            }
        }
        return FhirTerminologyResource.search(found, uri, headers);
    }

    private List<TemplateVersionInfo> versions(String code) {
        try {
            return templates.versions(code);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private StoredTemplate stored(QuestionnaireJson.Ref ref, String id) {
        try {
            return templates.version(ref.code(), ref.version());
        } catch (NotFoundException e) {
            throw new NotFoundException("Questionnaire", id);
        }
    }

    private static Integer version(String version) {
        if (version == null) {
            return null;
        }
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw ValidationException.of("version", "must be a template version: a whole number from 1");
        }
        return Integer.valueOf(version);
    }
}
