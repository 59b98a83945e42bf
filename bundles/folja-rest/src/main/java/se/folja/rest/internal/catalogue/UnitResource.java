package se.folja.rest.internal.catalogue;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.Actor;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.reasons.Language;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/** The units the caller can register for (<em>mina enheter</em>), labelled in Swedish or English. */
@Component(service = UnitResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("units")
@Tag(name = "Units", description = "Enheter: the caller's units (role folja-unit-<CODE>); every unit for"
        + " administrators and statisticians")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class UnitResource {

    private final MaintainedLists lists;

    @Activate
    public UnitResource(@Reference MaintainedLists lists) {
        this.lists = lists;
    }

    @GET
    @Operation(summary = "The caller's active units, by Swedish label")
    public List<OptionJson> list(
            @Parameter(description = "Label language: sv (default) or en") @QueryParam("lang") String lang,
            @Context SecurityContext security) {
        Language language = ReasonCodeResource.language(lang);
        Actor actor = Roles.actor(security);
        return lists.active(ListKind.UNIT).stream().filter(u -> actor.mayAccess(u.code()))
                .map(u -> new OptionJson(u.code(), u.label(language))).toList();
    }
}
