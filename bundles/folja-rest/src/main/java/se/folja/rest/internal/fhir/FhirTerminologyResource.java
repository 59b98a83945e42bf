package se.folja.rest.internal.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.reasons.Language;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.security.Roles;

/**
 * The reason catalogue and IBIC's life areas as FHIR R4 terminology ({@code CodeSystem}, {@code ValueSet},
 * {@code $expand}), so that a Questionnaire's {@code answerValueSet} resolves and a host's FHIR tooling reads them.
 * Each is rendered once for each state of its catalogue; every answer carries an ETag for If-None-Match.
 */
@Component(service = FhirTerminologyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path(Fhir.PATH)
@Tag(name = "FHIR terminology", description = "Orsakskatalogen och IBIC:s livsområden som FHIR R4 CodeSystem och"
        + " ValueSet / the reason catalogue and IBIC's life areas as FHIR R4 terminology (application/fhir+json;"
        + " errors are OperationOutcomes)")
@Produces({Fhir.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class FhirTerminologyResource {

    private static final String IDS = "reason-codes or ibic-life-areas";

    private final ReasonCatalogue catalogue;
    private final LifeAreaMapper lifeAreas;
    private final Map<String, Rendered> lastRendered = new ConcurrentHashMap<>();

    @Activate
    public FhirTerminologyResource(@Reference ReasonCatalogue catalogue, @Reference LifeAreaMapper lifeAreas) {
        this.catalogue = catalogue;
        this.lifeAreas = lifeAreas;
    }

    @GET
    @Path("CodeSystem/{id}")
    @Operation(summary = "A code system: reason-codes (every reason, retired ones with status retired) or"
            + " ibic-life-areas", description = "Display in Swedish, English as a designation. 304 while the ETag"
                    + " in If-None-Match still matches.")
    @ApiResponse(responseCode = "200", description = "The CodeSystem")
    @ApiResponse(responseCode = "404", description = "No such code system (an OperationOutcome)")
    public Response codeSystem(@Parameter(description = IDS) @PathParam("id") String id,
            @Context Request request, @Context HttpHeaders headers) {
        Rendered rendered = rendered(id, "CodeSystem");
        return answer(rendered.codeSystem(), rendered.tag("cs"), request, headers);
    }

    @GET
    @Path("CodeSystem")
    @Operation(summary = "Search the code systems by canonical url",
            description = "A Bundle of type searchset: the code system whose url is given (total 0 if none), or"
                    + " every code system without url")
    public Response searchCodeSystems(
            @Parameter(description = "A canonical URL, e.g. https://folja.se/fhir/CodeSystem/reason-codes")
            @QueryParam("url") String url, @Context UriInfo uri, @Context HttpHeaders headers) {
        List<ObjectNode> found = new ArrayList<>();
        for (String id : Terminologies.IDS) {
            Rendered rendered = rendered(id, "CodeSystem");
            if (url == null || url.equals(rendered.source().codeSystemUrl())) {
                found.add(rendered.codeSystem());
            }
        }
        return search(found, uri, headers);
    }

    @GET
    @Path("ValueSet/{id}")
    @Operation(summary = "A value set: reason-codes (the active reasons) or ibic-life-areas (the life areas and"
            + " IBIC's own areas)", description = "Its definition (compose); GET its $expand for the codes")
    @ApiResponse(responseCode = "200", description = "The ValueSet")
    @ApiResponse(responseCode = "404", description = "No such value set (an OperationOutcome)")
    public Response valueSet(@Parameter(description = IDS) @PathParam("id") String id,
            @Context Request request, @Context HttpHeaders headers) {
        Rendered rendered = rendered(id, "ValueSet");
        return answer(rendered.valueSet(), rendered.tag("vs"), request, headers);
    }

    @GET
    @Path("ValueSet/{id}/$expand")
    @Operation(summary = "A value set expanded: its codes in order, displayed in Swedish (default) or English",
            description = "For tooling without a terminology server, e.g. a form rendering a Questionnaire's"
                    + " answerValueSet")
    @ApiResponse(responseCode = "200", description = "The ValueSet with its expansion")
    @ApiResponse(responseCode = "400", description = "displayLanguage is neither sv nor en (an OperationOutcome)")
    @ApiResponse(responseCode = "404", description = "No such value set (an OperationOutcome)")
    public Response expand(@Parameter(description = IDS) @PathParam("id") String id,
            @Parameter(description = "sv (default) or en") @QueryParam("displayLanguage") String displayLanguage,
            @Context Request request, @Context HttpHeaders headers) {
        Language language = language(displayLanguage);
        Rendered rendered = rendered(id, "ValueSet");
        return answer(rendered.expansions().get(language), rendered.tag("expand-" + language.tag()), request,
                headers);
    }

    @GET
    @Path("ValueSet/$expand")
    @Operation(summary = "A value set expanded, named by its canonical url",
            description = "As GET ValueSet/{id}/$expand, for a client that knows the url only")
    @ApiResponse(responseCode = "200", description = "The ValueSet with its expansion")
    @ApiResponse(responseCode = "400", description = "url missing, or displayLanguage neither sv nor en")
    @ApiResponse(responseCode = "404", description = "No value set has that url (an OperationOutcome)")
    public Response expandByUrl(
            @Parameter(description = "A canonical URL, e.g. https://folja.se/fhir/ValueSet/reason-codes")
            @QueryParam("url") String url,
            @Parameter(description = "sv (default) or en") @QueryParam("displayLanguage") String displayLanguage,
            @Context Request request, @Context HttpHeaders headers) {
        if (url == null || url.isBlank()) {
            throw ValidationException.of("url", "is required: the value set's canonical URL");
        }
        String prefix = Terminology.CANONICAL + "ValueSet/";
        String id = url.startsWith(prefix) ? url.substring(prefix.length()) : null;
        if (id == null || !Terminologies.IDS.contains(id)) {
            throw new NotFoundException("ValueSet with url", url);
        }
        return expand(id, displayLanguage, request, headers);
    }

    @GET
    @Path("ValueSet")
    @Operation(summary = "Search the value sets by canonical url",
            description = "A Bundle of type searchset: the value set whose url is given (total 0 if none), or"
                    + " every value set without url")
    public Response searchValueSets(
            @Parameter(description = "A canonical URL, e.g. https://folja.se/fhir/ValueSet/reason-codes")
            @QueryParam("url") String url, @Context UriInfo uri, @Context HttpHeaders headers) {
        List<ObjectNode> found = new ArrayList<>();
        for (String id : Terminologies.IDS) {
            Rendered rendered = rendered(id, "ValueSet");
            if (url == null || url.equals(rendered.source().valueSetUrl())) {
                found.add(rendered.valueSet());
            }
        }
        return search(found, uri, headers);
    }

    static Response search(List<ObjectNode> found, UriInfo uri, HttpHeaders headers) {
        String base = uri.getBaseUri().toString();
        base = (base.endsWith("/") ? base : base + "/") + Fhir.PATH;
        ObjectNode bundle = TerminologyJson.searchset(base, uri.getRequestUri().toString(), found);
        return Response.ok(bundle, Fhir.mediaType(headers.getAcceptableMediaTypes())).cacheControl(noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    static Response answer(ObjectNode resource, String tag, Request request, HttpHeaders headers) {
        MediaType type = Fhir.mediaType(headers.getAcceptableMediaTypes());
        EntityTag etag = new EntityTag(tag + (type.equals(Fhir.MEDIA_TYPE_TYPE) ? "-fhir" : "-json"));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.tag(etag).cacheControl(noCache()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return Response.ok(resource, type).tag(etag).cacheControl(noCache())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** Kept, but asked again each time: the ETag makes that a 304 while nothing changed. */
    private static CacheControl noCache() {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return cache;
    }

    static Language language(String displayLanguage) {
        if (displayLanguage == null) {
            return Language.SV;
        }
        return Language.fromTag(displayLanguage)
                .orElseThrow(() -> ValidationException.of("displayLanguage", "must be sv or en"));
    }

    /** @throws NotFoundException naming {@code kind} if {@code id} is neither terminology */
    private Rendered rendered(String id, String kind) {
        Terminology now = switch (id) {
            case Terminologies.REASON_CODES -> Terminologies.reasons(catalogue.allReasons());
            case Terminologies.IBIC_LIFE_AREAS -> Terminologies.lifeAreas(lifeAreas.lifeAreas());
            default -> throw new NotFoundException(kind, id);
        };
        return rendered(now, Instant.now());
    }

    /**
     * @return the resources of {@code now}: rendered once for each state of the catalogue, so that an expansion
     *         keeps the time it was made, and its ETag, until the catalogue changes
     */
    Rendered rendered(Terminology now, Instant timestamp) {
        Rendered last = lastRendered.get(now.id());
        if (last != null && last.source().equals(now)) {
            return last;
        }
        Map<Language, ObjectNode> expansions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            expansions.put(language, TerminologyJson.expansion(now, language, timestamp));
        }
        ObjectNode codeSystem = TerminologyJson.codeSystem(now);
        Rendered fresh = new Rendered(now, hash(codeSystem), codeSystem, TerminologyJson.valueSet(now),
                Map.copyOf(expansions));
        lastRendered.put(now.id(), fresh);
        return fresh;
    }

    /** A terminology's resources as sent for one state of it. */
    record Rendered(Terminology source, String hash, ObjectNode codeSystem, ObjectNode valueSet,
            Map<Language, ObjectNode> expansions) {

        /** @return the ETag's value for one of the resources: the resource and the state */
        String tag(String resource) {
            return source.id() + "-" + resource + "-" + hash;
        }
    }

    /** @return a hash of the code system as sent: it changes whenever any code, label, property or version does */
    static String hash(ObjectNode codeSystem) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(JsonProvider.MAPPER.writeValueAsString(codeSystem)
                    .getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }
}
