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

/** Administration of the units (<em>enheter</em>), e.g. boendestöd groups. Staff belong to a unit through the role {@code folja-unit-<CODE>}. */
@Component(service = UnitAdminResource.class)
@JaxrsResource
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@JSONRequired
@Path("admin/units")
@Tag(name = "Unit administration", description = "Add, relabel, retire, reactivate enheter; membership comes from the role folja-unit-<CODE>")
@RolesAllowed(Roles.ADMIN)
public final class UnitAdminResource extends ListAdminResource {

    @Activate
    public UnitAdminResource(@Reference MaintainedLists lists) {
        super(lists, ListKind.UNIT);
    }
}
