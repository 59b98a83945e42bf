package se.folja.rest.internal.fhir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.Questionnaire;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.Responses;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/**
 * Stored follow-up responses as plain FHIR R4 {@code QuestionnaireResponse} resources ({@link
 * QuestionnaireResponseJson} says what they hold), for a host's own FHIR tooling. They name the client
 * ({@code subject.identifier}, the personnummer), so only staff read them, and only their own units' responses, as
 * at {@code /responses}: administrators and statisticians get 403, and statistics come from the exports. The search
 * takes no client: a personnummer never goes in a URL.
 */
@Component(service = FhirQuestionnaireResponseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path(Fhir.PATH)
@Tag(name = "FHIR questionnaire responses", description = "Svaren i uppföljningarna som FHIR R4"
        + " QuestionnaireResponse / the follow-up responses as FHIR R4, for the unit's staff (application/fhir+json;"
        + " errors are OperationOutcomes)")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed(Roles.STAFF)
public final class FhirQuestionnaireResponseResource {

    /** The page size of a search without {@code _count}. */
    static final int DEFAULT_COUNT = 50;
    /** How many stored responses a versioned search reads at a time while it skips the other versions. */
    private static final int SCAN = NonDeliveryQuery.MAX_LIMIT;

    private final Responses responses;
    private final FollowUpTemplates templates;

    @Activate
    public FhirQuestionnaireResponseResource(@Reference Responses responses, @Reference FollowUpTemplates templates) {
        this.responses = responses;
        this.templates = templates;
    }

    @GET
    @Path("QuestionnaireResponse/{id}")
    @Operation(summary = "A stored response as a FHIR R4 QuestionnaireResponse",
            description = "id: the response's number, as at /responses/{id}. status entered-in-error for one marked"
                    + " so; meta.versionId is its revision.")
    @ApiResponse(responseCode = "200", description = "The QuestionnaireResponse")
    @ApiResponse(responseCode = "403", description = "Its enrolment's unit is not one of yours (an OperationOutcome)")
    @ApiResponse(responseCode = "404", description = "No such response (an OperationOutcome)")
    public Response read(@Parameter(description = "e.g. 17") @PathParam("id") String id,
            @Context SecurityContext security, @Context Request request, @Context HttpHeaders headers) {
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundException("QuestionnaireResponse", id);
        }
        FollowUpResponse response = responses.get(Long.parseLong(id), Roles.actor(security));
        ObjectNode resource = QuestionnaireResponseJson.render(response, new Questionnaires(templates).of(response));
        return FhirTerminologyResource.answer(resource, "response-" + response.id() + "-" + response.revision(),
                request, headers);
    }

    @GET
    @Path("QuestionnaireResponse")
    @Operation(summary = "Search your units' responses, by the questionnaire they answer",
            description = "A Bundle of type searchset, newest answered first, with its total and next and previous"
                    + " links. Without questionnaire: every response of your units; responses entered in error are"
                    + " there with status entered-in-error.")
    @ApiResponse(responseCode = "200", description = "A searchset Bundle")
    @ApiResponse(responseCode = "400", description = "questionnaire's version, _count or _offset invalid (an"
            + " OperationOutcome)")
    public Response search(
            @Parameter(description = "A questionnaire's canonical URL, optionally with |version, e.g."
                    + " https://folja.se/fhir/Questionnaire/ORS-client|1") @QueryParam("questionnaire")
                    String questionnaire,
            @Parameter(description = "Page size, 1-1000 (default 50)") @QueryParam("_count") String count,
            @Parameter(description = "Matches to skip (default 0)") @QueryParam("_offset") String offset,
            @Context SecurityContext security, @Context UriInfo uri, @Context HttpHeaders headers) {
        int size = number("_count", count, DEFAULT_COUNT, 1, SCAN);
        int skip = number("_offset", offset, 0, 0, Integer.MAX_VALUE);
        Actor actor = Roles.actor(security);
        List<FollowUpResponse> found = new ArrayList<>();
        long total = 0;
        if (questionnaire == null || questionnaire.isBlank()) {
            Page<FollowUpResponse> page = responses.search(query(null, skip, size), actor);
            found.addAll(page.items());
            total = page.total();
        } else {
            String url = questionnaire.strip();
            Integer version = null;
            int bar = url.indexOf('|');
            if (bar >= 0) {
                version = version(url.substring(bar + 1));
                url = url.substring(0, bar);
            }
            QuestionnaireJson.Ref ref = QuestionnaireJson.parseUrl(url).orElse(null);
            if (ref != null && version == null) {
                Page<FollowUpResponse> page = responses.search(query(ref, skip, size), actor);
                found.addAll(page.items());
                total = page.total();
            } else if (ref != null) {
                total = versioned(ref, version, skip, size, actor, found);
            }
        }
        Questionnaires questionnaires = new Questionnaires(templates);
        List<ObjectNode> resources = found.stream()
                .map(r -> QuestionnaireResponseJson.render(r, questionnaires.of(r))).toList();
        return bundle(resources, total, skip, size, uri, headers);
    }

    /** @return the matches of one template version, reading every match of the template and role to count them */
    private long versioned(QuestionnaireJson.Ref ref, int version, int skip, int size, Actor actor,
            List<FollowUpResponse> found) {
        long matched = 0;
        int offset = 0;
        while (true) {
            Page<FollowUpResponse> page = responses.search(query(ref, offset, SCAN), actor);
            for (FollowUpResponse response : page.items()) {
                if (response.templateVersion() == version) {
                    if (matched >= skip && found.size() < size) {
                        found.add(response);
                    }
                    matched++;
                }
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return matched;
            }
        }
    }

    private static ResponseQuery query(QuestionnaireJson.Ref ref, int offset, int limit) {
        return new ResponseQuery(Set.of(), null, ref == null ? null : ref.code(), null, ref == null ? null : ref.role(),
                null, null, true, offset, limit);
    }

    private static Response bundle(List<ObjectNode> resources, long total, int skip, int size, UriInfo uri,
            HttpHeaders headers) {
        Response response = FhirTerminologyResource.search(resources, uri, headers);
        ObjectNode bundle = (ObjectNode) response.getEntity();
        bundle.put("total", total);
        ArrayNode links = (ArrayNode) bundle.get("link");
        if (skip + resources.size() < total) {
            links.addObject().put("relation", "next").put("url", page(uri, skip + size, size));
        }
        if (skip > 0) {
            links.addObject().put("relation", "previous").put("url", page(uri, Math.max(0, skip - size), size));
        }
        return response;
    }

    private static String page(UriInfo uri, int offset, int count) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("_offset", offset)
                .replaceQueryParam("_count", count);
        return builder.build().toString();
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,10}") || Long.parseLong(digits) < min || Long.parseLong(digits) > max) {
            throw ValidationException.of(name, "must be a whole number from " + min
                    + (max == Integer.MAX_VALUE ? "" : " to " + max));
        }
        return Integer.parseInt(digits);
    }

    private static int version(String version) {
        if (!version.matches("[1-9][0-9]{0,8}")) {
            throw ValidationException.of("questionnaire", "must be a canonical URL, optionally followed by"
                    + " |<template version>, a whole number from 1");
        }
        return Integer.parseInt(version);
    }

    /** The questionnaires responses answer, each template version read once per request. */
    private static final class Questionnaires {
        private final FollowUpTemplates templates;
        private final Map<String, FollowUpTemplate> read = new HashMap<>();

        Questionnaires(FollowUpTemplates templates) {
            this.templates = templates;
        }

        Questionnaire of(FollowUpResponse response) {
            return read.computeIfAbsent(response.templateCode() + "|" + response.templateVersion(),
                    key -> templates.version(response.templateCode(), response.templateVersion()).template())
                    .respondent(response.role()).orElseThrow(() -> new IllegalStateException(
                            "a stored response answers a role of its template version"))
                    .questionnaire();
        }
    }
}
