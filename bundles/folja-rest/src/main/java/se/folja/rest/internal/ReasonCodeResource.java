package se.folja.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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
        List<ReasonCode> active = catalogue.activeReasons();
        EntityTag tag = tag(active, language);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(maxAgeSeconds);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        List<ReasonOptionJson> options = active.stream().map(r -> ReasonOptionJson.of(r, language)).toList();
        return Response.ok(options).tag(tag).cacheControl(cache).header("Content-Language", language.tag()).build();
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
