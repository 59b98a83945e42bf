package se.folja.rest.internal.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.followup.Answer;
import se.folja.api.followup.AnswerValue;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.RespondentRole;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.ResponseRevision;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.followup.Responses;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.followup.internal.JsonTemplateReader;
import se.folja.rest.internal.security.Roles;

/**
 * {@code /fhir/QuestionnaireResponse}: one response by its number, and the search by questionnaire (with or without
 * its version) as a searchset Bundle with its total and paging links; for staff only.
 */
class FhirQuestionnaireResponseResourceTest {

    private static final String BASE = "http://localhost:8181/folja/api/v1/";
    private static final PersonalIdentityNumber CLIENT = PersonalIdentityNumber.parse("19960115-9826",
            LocalDate.of(2026, 12, 7));
    private static final SecurityContext STAFF = staff();

    private final StoredResponses responses = new StoredResponses();
    private final FhirQuestionnaireResponseResource resource = new FhirQuestionnaireResponseResource(responses,
            new OrsTemplates());

    FhirQuestionnaireResponseResourceTest() {
        // 5 responses to version 1, then 4 to version 2, newest first as the service orders them
        for (int i = 1; i <= 9; i++) {
            responses.stored.add(ors(i, i <= 5 ? 1 : 2));
        }
    }

    @Test
    void oneResponseIsServedAsFhirWithAnETagAndAnythingButANumberIsNotFound() {
        Response read = resource.read("3", STAFF, Doubles.get(), headers());

        ObjectNode qr = (ObjectNode) read.getEntity();
        assertEquals("3", qr.path("id").asText());
        assertEquals("https://folja.se/fhir/Questionnaire/ORS-client|1", qr.path("questionnaire").asText());
        assertEquals("application/fhir+json", read.getMediaType().toString());
        assertTrue(read.getEntityTag().getValue().startsWith("response-3-1"), read.getEntityTag().getValue());
        assertThrows(NotFoundException.class, () -> resource.read("ORS-1", STAFF, Doubles.get(), headers()));
        assertThrows(NotFoundException.class, () -> resource.read("0", STAFF, Doubles.get(), headers()));
    }

    @Test
    void aSearchByQuestionnaireAndVersionCountsOnlyThatVersionAndPagesThroughIt() {
        Bundle page = bundle(resource.search("https://folja.se/fhir/Questionnaire/ORS-client|1", "2", "2", STAFF,
                uri("questionnaire=https://folja.se/fhir/Questionnaire/ORS-client%7C1&_count=2&_offset=2"),
                headers()));

        assertEquals(5, page.getTotal());
        assertEquals(List.of("3", "4"), page.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart())
                .toList());
        assertTrue(page.getLink("next").getUrl().contains("_offset=4"), page.getLink("next").getUrl());
        assertTrue(page.getLink("previous").getUrl().contains("_offset=0"), page.getLink("previous").getUrl());
        assertEquals(BASE + "fhir/QuestionnaireResponse/3", page.getEntry().get(0).getFullUrl());

        Bundle second = bundle(resource.search("https://folja.se/fhir/Questionnaire/ORS-client|2", null, null, STAFF,
                uri("questionnaire=x"), headers()));
        assertEquals(4, second.getTotal());
        assertEquals(null, second.getLink("next"));
        assertEquals(List.of(new ResponseQuery(Set.of(), null, "ORS", null, RespondentRole.CLIENT, null, null, true, 0,
                1000)), responses.queries.subList(responses.queries.size() - 1, responses.queries.size()));
    }

    @Test
    void withoutVersionTheServicePagesAndAnUnknownQuestionnaireFindsNothing() {
        Bundle all = bundle(resource.search("https://folja.se/fhir/Questionnaire/ORS-client", "4", null, STAFF,
                uri("_count=4"), headers()));
        assertEquals(9, all.getTotal());
        assertEquals(4, all.getEntry().size());
        assertEquals(List.of(new ResponseQuery(Set.of(), null, "ORS", null, RespondentRole.CLIENT, null, null, true, 0,
                4)), responses.queries);

        Bundle none = bundle(resource.search("https://example.org/Questionnaire/ORS", null, null, STAFF, uri(""),
                headers()));
        assertEquals(0, none.getTotal());
        assertEquals(1, responses.queries.size(), "the service is not asked for a questionnaire Följa has not");
    }

    @Test
    void badSearchParametersAreNamed() {
        for (String[] bad : List.of(new String[] {"https://folja.se/fhir/Questionnaire/ORS-client|v1", null, null,
            "questionnaire"}, new String[] {null, "0", null, "_count"}, new String[] {null, "1001", null, "_count"},
            new String[] {null, null, "-1", "_offset"})) {
            ValidationException e = assertThrows(ValidationException.class, () -> resource.search(bad[0], bad[1],
                    bad[2], STAFF, uri(""), headers()));
            assertEquals(bad[3], e.errors().get(0).field());
        }
        assertEquals(List.of(), responses.queries);
    }

    @Test
    void onlyStaffReadResponsesAsFhirForTheyNameTheClient() throws Exception {
        for (Method method : FhirQuestionnaireResponseResource.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(GET.class)) {
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class) != null
                        ? method.getAnnotation(RolesAllowed.class)
                        : FhirQuestionnaireResponseResource.class.getAnnotation(RolesAllowed.class);
                assertEquals(Set.of(Roles.STAFF), Set.of(roles.value()), method.getName());
            }
        }
        OpenAPI api = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true))
                .read(Set.of(FhirQuestionnaireResponseResource.class));
        assertEquals(Set.of("/fhir/QuestionnaireResponse", "/fhir/QuestionnaireResponse/{id}"),
                api.getPaths().keySet());
        assertFalse(api.getPaths().get("/fhir/QuestionnaireResponse").getGet().getParameters().stream()
                .anyMatch(p -> p.getName().contains("subject") || p.getName().contains("patient")),
                "no search by client: a personnummer never goes in a URL");
    }

    // ---------------------------------------------------------------- doubles

    private static FollowUpResponse ors(long id, int version) {
        return new FollowUpResponse(id, 100 + id, "BOSTOD_NORR", CLIENT, "ORS", version, "baseline", 1,
                RespondentRole.CLIENT, LocalDate.of(2026, 12, 7).minusDays(id), List.of(new Answer("ors-individual",
                        List.of(new AnswerValue.OfDecimal(new BigDecimal("5.5"))))), ResponseStatus.COMPLETED, null, 1,
                "anna", Instant.parse("2026-12-07T08:00:00Z"));
    }

    private static Bundle bundle(Response response) {
        return FhirContext.forR4Cached().newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                .parseResource(Bundle.class, response.getEntity().toString());
    }

    /** Responses as stored: searched by template and role, paged; every query recorded. */
    private static final class StoredResponses implements Responses {
        final List<FollowUpResponse> stored = new ArrayList<>();
        final List<ResponseQuery> queries = new ArrayList<>();

        @Override
        public Page<FollowUpResponse> search(ResponseQuery query, Actor actor) {
            queries.add(query);
            List<FollowUpResponse> matches = stored.stream().filter(r -> (query.template() == null
                    || r.templateCode().equals(query.template())) && (query.role() == null || r.role() == query.role()))
                    .toList();
            return new Page<>(matches.subList(Math.min(query.offset(), matches.size()),
                    Math.min(query.offset() + query.limit(), matches.size())), matches.size(), query.offset(),
                    query.limit());
        }

        @Override
        public FollowUpResponse get(long id, Actor actor) {
            return stored.stream().filter(r -> r.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("response", Long.toString(id)));
        }

        @Override
        public FollowUpResponse submit(ResponseRequest request, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FollowUpResponse correct(long id, long expectedRevision, byte[] questionnaireResponse,
                LocalDate answeredOn, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FollowUpResponse enteredInError(long id, long expectedRevision, String reason, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ResponseRevision> history(long id, Actor actor) {
            throw new UnsupportedOperationException();
        }
    }

    /** The built-in ORS template in two versions. */
    private static final class OrsTemplates implements FollowUpTemplates {
        @Override
        public StoredTemplate version(String code, int version) {
            try (InputStream in = getClass().getResourceAsStream("/templates/ORS.json")) {
                byte[] json = in.readAllBytes();
                TemplateDocument document = new JsonTemplateReader().read(json);
                return new StoredTemplate(new TemplateVersionInfo("ORS", version, document.template().title(),
                        TemplateOrigin.BUILT_IN, "0".repeat(64), json.length, "system", Instant.EPOCH), document);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public TemplateUpload store(byte[] json, TemplateOrigin origin, Actor actor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TemplateVersionInfo> latest() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TemplateVersionInfo> versions(String code) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StoredTemplate latest(String code) {
            throw new UnsupportedOperationException();
        }
    }

    private static SecurityContext staff() {
        Principal principal = () -> "anna";
        return (SecurityContext) Proxy.newProxyInstance(FhirQuestionnaireResponseResourceTest.class.getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole" -> Roles.STAFF.equals(args[0]);
                    default -> null;
                });
    }

    private static UriInfo uri(String query) {
        URI request = URI.create(BASE + "fhir/QuestionnaireResponse" + (query.isEmpty() ? "" : "?" + query));
        return (UriInfo) Proxy.newProxyInstance(FhirQuestionnaireResponseResourceTest.class.getClassLoader(),
                new Class<?>[] {UriInfo.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getBaseUri" -> URI.create(BASE);
                    case "getRequestUri" -> request;
                    case "getRequestUriBuilder" -> UriBuilder.fromUri(request);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpHeaders headers() {
        return (HttpHeaders) Proxy.newProxyInstance(FhirQuestionnaireResponseResourceTest.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAcceptableMediaTypes" -> List.of(MediaType.WILDCARD_TYPE);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A GET as CXF evaluates its preconditions. */
    private static final class Doubles {
        static javax.ws.rs.core.Request get() {
            org.apache.cxf.message.Message message = new org.apache.cxf.message.MessageImpl();
            message.put(org.apache.cxf.message.Message.PROTOCOL_HEADERS,
                    new java.util.TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER));
            message.put(org.apache.cxf.message.Message.HTTP_REQUEST_METHOD, "GET");
            return new org.apache.cxf.jaxrs.impl.RequestImpl(message);
        }
    }
}
