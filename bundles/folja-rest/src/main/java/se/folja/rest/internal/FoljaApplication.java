package se.folja.rest.internal;

import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Application;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

import se.folja.rest.internal.catalogue.InterventionTypeAdminResource;
import se.folja.rest.internal.catalogue.InterventionTypeResource;
import se.folja.rest.internal.catalogue.ReasonAdminResource;
import se.folja.rest.internal.catalogue.ReasonCodeResource;
import se.folja.rest.internal.catalogue.UnitAdminResource;
import se.folja.rest.internal.catalogue.UnitResource;
import se.folja.rest.internal.export.ExportAuditResource;
import se.folja.rest.internal.export.ExportResource;
import se.folja.rest.internal.fhir.FhirQuestionnaireResource;
import se.folja.rest.internal.fhir.FhirQuestionnaireResponseResource;
import se.folja.rest.internal.fhir.FhirTerminologyResource;
import se.folja.rest.internal.followup.DueOccasionResource;
import se.folja.rest.internal.followup.EnablementAdminResource;
import se.folja.rest.internal.followup.EnablementResource;
import se.folja.rest.internal.followup.EnrolmentResource;
import se.folja.rest.internal.followup.FollowUpTemplateAdminResource;
import se.folja.rest.internal.followup.FollowUpTemplateResource;
import se.folja.rest.internal.followup.ProposalResource;
import se.folja.rest.internal.followup.ResponseResource;
import se.folja.rest.internal.ibic.AssessmentResource;
import se.folja.rest.internal.ibic.IbicResource;
import se.folja.rest.internal.ibic.IcfCodeListAdminResource;
import se.folja.rest.internal.ibic.TermMappingAdminResource;
import se.folja.rest.internal.ibic.TermMappingResource;
import se.folja.rest.internal.nondelivery.GrantResource;
import se.folja.rest.internal.nondelivery.NonDeliveryResource;
import se.folja.rest.internal.nondelivery.PendingEntryResource;
import se.folja.rest.internal.nondelivery.RegistrationImportResource;
import se.folja.rest.internal.nondelivery.WeekViewResource;
import se.folja.rest.internal.nondelivery.WriteBackAdminResource;
import se.folja.rest.internal.security.SessionResource;

/**
 * The Följa REST application at {@code /folja/api/v1}. Resources and extensions join it with
 * {@code @JaxrsApplicationSelect("(osgi.jaxrs.name=folja)")}. A breaking change gets a new {@code v2}
 * application beside this one.
 *
 * <p>The application is registered only once every resource and every extension (the authentication filter,
 * the known-codes filter, the JSON provider, the CSV and XLSX writers of the exports, the problem mapper, the
 * FHIR endpoints' OperationOutcome filter) are there, and it goes away as soon as one of them does. The whiteboard therefore builds it in one go, never serves half of it (a path answering 404 because
 * its resource has not come yet, a resource without its authentication filter), and rebuilds it rarely: each
 * rebuild of a CXF application lets requests through to an endpoint being replaced. While it is not registered,
 * {@link NotReadyServlet} answers 503 with {@code Retry-After}. A unit test checks that every resource and
 * extension of this bundle is referenced here, the extensions by their component names.
 */
@Component(service = Application.class)
@JaxrsApplicationBase(FoljaApplication.BASE)
@JaxrsName(FoljaApplication.NAME)
public final class FoljaApplication extends Application {
    static final String NAME = "folja";
    public static final String BASE = "folja/api/v1";
    /** The filter that resources and extensions use to join this application. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** The HTTP Whiteboard context the JAX-RS Whiteboard makes for this application, for servlet filters. */
    public static final String CONTEXT_SELECT = "(osgi.http.whiteboard.context.name=context.for" + NAME + ")";

    private static final String COMPONENT = "(component.name=se.folja.rest.internal.";

    /** Every parameter is a readiness condition only: the whiteboard finds the services itself. */
    @Activate
    @SuppressWarnings("unused")
    public FoljaApplication(
            @Reference(target = COMPONENT + "security.JaasAuthenticationFilter)") ContainerRequestFilter authentication,
            @Reference(target = COMPONENT + "json.JsonProvider)") MessageBodyWriter<?> json,
            @Reference(target = COMPONENT + "problem.ProblemMapper)") ExceptionMapper<?> problems,
            @Reference(target = COMPONENT + "request.KnownCodesFilter)") ContainerRequestFilter knownCodes,
            @Reference(target = COMPONENT + "export.CsvWriter)") MessageBodyWriter<?> csv,
            @Reference(target = COMPONENT + "export.XlsxWriter)") MessageBodyWriter<?> xlsx,
            @Reference(target = COMPONENT + "fhir.OperationOutcomeFilter)") ContainerResponseFilter fhirOutcomes,
            @Reference AssessmentResource assessments,
            @Reference DueOccasionResource dueOccasions,
            @Reference EnablementAdminResource enablementAdmin,
            @Reference EnablementResource enablements,
            @Reference EnrolmentResource enrolments,
            @Reference ExportAuditResource exportAudit,
            @Reference ExportResource exports,
            @Reference FhirQuestionnaireResource fhirQuestionnaires,
            @Reference FhirQuestionnaireResponseResource fhirQuestionnaireResponses,
            @Reference FhirTerminologyResource fhirTerminology,
            @Reference FollowUpTemplateAdminResource followUpTemplateAdmin,
            @Reference FollowUpTemplateResource followUpTemplates,
            @Reference GrantResource grants,
            @Reference IbicResource ibic,
            @Reference IcfCodeListAdminResource icfCodeListAdmin,
            @Reference InterventionTypeAdminResource interventionTypeAdmin,
            @Reference InterventionTypeResource interventionTypes,
            @Reference NonDeliveryResource nonDeliveries,
            @Reference OpenApiResource openApi,
            @Reference PendingEntryResource pendingEntries,
            @Reference ProposalResource followUpProposals,
            @Reference ReasonAdminResource reasonAdmin,
            @Reference ReasonCodeResource reasonCodes,
            @Reference RegistrationImportResource registrationImport,
            @Reference ResponseResource followUpResponses,
            @Reference SessionResource session,
            @Reference TermMappingAdminResource termMappingAdmin,
            @Reference TermMappingResource termMappings,
            @Reference UnitAdminResource unitAdmin,
            @Reference UnitResource units,
            @Reference WeekViewResource weekView,
            @Reference WriteBackAdminResource writeBackAdmin) {
        // nothing to keep: the references make the application wait for its parts
    }
}
