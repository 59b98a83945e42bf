package se.folja.rest.internal.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.ValidationException;
import se.folja.api.reasons.Language;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.RestConfig;
import se.folja.rest.internal.json.JsonProvider;
import se.folja.rest.internal.security.Roles;

/**
 * The reason dropdown (<em>orsakslistan</em>) that a host page shows when staff document a visit that did
 * not happen: active reasons in sort order, labelled in Swedish or English, with an ETag for caching.
 */
@Component(service = ReasonCodeResource.class, configurationPid = "se.folja.rest")
@Designate(ocd = RestConfig.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("reason-codes")
@Tag(name = "Reason codes", description = "Orsaker till ej genomförda insatser: the dropdown")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class ReasonCodeResource {

    private final ReasonCatalogue catalogue;
    private final Map<Language, Rendered> lastRendered = new ConcurrentHashMap<>();
    private volatile int maxAgeSeconds;

    @Activate
    public ReasonCodeResource(@Reference ReasonCatalogue catalogue, RestConfig config) {
        this.catalogue = catalogue;
        modified(config);
    }

    @Modified
    void modified(RestConfig config) {
        this.maxAgeSeconds = config.dropdown_maxAgeSeconds();
    }

    /**
     * @param lang {@code sv} (default) or {@code en}
     * @return the active reasons, or 304 if the client's If-None-Match still matches
     */
    @GET
    @Operation(summary = "The reason dropdown",
            description = "Active reasons in sort order, labelled in Swedish (default) or English. Send the ETag"
                    + " back in If-None-Match to get 304 while nothing has changed.")
    @ApiResponse(responseCode = "200", description = "The active reasons",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ReasonOptionJson.class))))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "400", description = "lang is neither sv nor en")
    public Response dropdown(
            @Parameter(description = "Label language: sv (default) or en") @QueryParam("lang") String lang,
            @Context Request request) {
        Language language = language(lang);
        Rendered dropdown = rendered(catalogue.activeReasons(), language);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(maxAgeSeconds);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(dropdown.tag());
        if (notModified != null) {
            return notModified.tag(dropdown.tag()).cacheControl(cache).build();
        }
        return Response.ok(dropdown.json(), MediaType.APPLICATION_JSON_TYPE).tag(dropdown.tag()).cacheControl(cache)
                .header("Content-Language", language.tag()).build();
    }

    /** The dropdown as sent for one state of the catalogue and one language. */
    record Rendered(List<ReasonCode> reasons, EntityTag tag, byte[] json) {
    }

    /**
     * @return the dropdown for {@code active} in {@code language}: rendered (tag and JSON) once for each state of
     *         the catalogue, since every host page asks for the same list until a reason changes
     */
    Rendered rendered(List<ReasonCode> active, Language language) {
        Rendered last = lastRendered.get(language);
        if (last != null && last.reasons().equals(active)) {
            return last;
        }
        List<ReasonOptionJson> options = active.stream().map(r -> ReasonOptionJson.of(r, language)).toList();
        byte[] json;
        try {
            json = JsonProvider.MAPPER.writeValueAsBytes(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the dropdown's records always serialise", e);
        }
        Rendered fresh = new Rendered(List.copyOf(active), tag(active, language), json);
        lastRendered.put(language, fresh);
        return fresh;
    }

    static Language language(String lang) {
        if (lang == null) {
            return Language.SV;
        }
        return Language.fromTag(lang).orElseThrow(() -> ValidationException.of("lang", "must be sv or en"));
    }

    /** A tag that changes whenever any listed reason changes (every change raises its version). */
    static EntityTag tag(List<ReasonCode> reasons, Language language) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(language.tag().getBytes(StandardCharsets.US_ASCII));
            for (ReasonCode reason : reasons) {
                digest.update((";" + reason.code() + ":" + reason.version()).getBytes(StandardCharsets.US_ASCII));
            }
            return new EntityTag(language.tag() + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
