package se.folja.rest.internal.catalogue;

import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.reasons.Language;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/** The intervention types staff can choose from (<em>insatstyper</em>), labelled in Swedish or English. */
@Component(service = InterventionTypeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("intervention-types")
@Tag(name = "Intervention types", description = "Insatstyper: what a registration or grant is about")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN})
public final class InterventionTypeResource {

    private final MaintainedLists lists;

    @Activate
    public InterventionTypeResource(@Reference MaintainedLists lists) {
        this.lists = lists;
    }

    @GET
    @Operation(summary = "Active intervention types, by Swedish label")
    public List<OptionJson> list(
            @Parameter(description = "Label language: sv (default) or en") @QueryParam("lang") String lang) {
        Language language = ReasonCodeResource.language(lang);
        return lists.active(ListKind.INTERVENTION_TYPE).stream()
                .map(t -> new OptionJson(t.code(), t.label(language))).toList();
    }
}
