package se.folja.rest.internal.catalogue;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.swagger.v3.oas.annotations.tags.Tag;

import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.security.Roles;

/** Administration of the intervention types (<em>insatstyper</em>). */
@Component(service = InterventionTypeAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/intervention-types")
@Tag(name = "Intervention type administration", description = "Add, relabel, retire, reactivate insatstyper")
@RolesAllowed(Roles.ADMIN)
public final class InterventionTypeAdminResource extends ListAdminResource {

    @Activate
    public InterventionTypeAdminResource(@Reference MaintainedLists lists) {
        super(lists, ListKind.INTERVENTION_TYPE);
    }
}
