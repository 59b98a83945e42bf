package se.folja.rest.internal.catalogue;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import se.folja.api.ValidationException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.rest.internal.request.Versions;
import se.folja.rest.internal.security.Roles;

/**
 * Administration of one maintained list: add, relabel, retire, reactivate. Changes need the item's ETag in
 * If-Match; a stale one is a 409. Each list is a subclass that names its path, tag and roles.
 */
@Produces(MediaType.APPLICATION_JSON)
abstract class ListAdminResource {

    private final MaintainedLists lists;
    private final ListKind kind;

    ListAdminResource(MaintainedLists lists, ListKind kind) {
        this.lists = lists;
        this.kind = kind;
    }

    @GET
    @Operation(summary = "Every item, retired ones included")
    public List<ListItemJson> list() {
        return lists.all(kind).stream().map(ListItemJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item")
    @ApiResponse(responseCode = "201", description = "Created; Location and ETag name it")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named")
    @ApiResponse(responseCode = "409", description = "The code exists already")
    public Response create(NewListItemJson body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.of("body", "a code and labels are required");
        }
        ListItem created = lists.create(kind, body.code(), body.labelSv(), body.labelEn(), Roles.actor(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .tag(Versions.tag(created.version())).entity(ListItemJson.of(created)).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One item, with its version as ETag")
    @ApiResponse(responseCode = "404", description = "No such item")
    public Response read(@PathParam("code") String code) {
        return withTag(lists.item(kind, code));
    }

    @PATCH
    @Path("{code}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Relabel an item",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the item as read"))
    @ApiResponse(responseCode = "409", description = "Someone else changed the item since it was read")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    public Response relabel(@PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            ListItemEditJson body, @Context SecurityContext security) {
        long version = Versions.ifMatch(ifMatch);
        if (body == null) {
            throw ValidationException.of("body", "give labelSv, labelEn or both");
        }
        return withTag(lists.relabel(kind, code, version, body.labelSv(), body.labelEn(), Roles.actor(security)));
    }

    @POST
    @Path("{code}/retire")
    @Operation(summary = "Retire an item: it can no longer be chosen and stays valid where it is used",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the item as read"))
    public Response retire(@PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return withTag(lists.setActive(kind, code, Versions.ifMatch(ifMatch), false, Roles.actor(security)));
    }

    @POST
    @Path("{code}/reactivate")
    @Operation(summary = "Make a retired item choosable again",
            parameters = @Parameter(in = ParameterIn.HEADER, name = Versions.IF_MATCH, required = true,
                    description = "The ETag of the item as read"))
    public Response reactivate(@PathParam("code") String code,
            @Parameter(hidden = true) @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @Context SecurityContext security) {
        return withTag(lists.setActive(kind, code, Versions.ifMatch(ifMatch), true, Roles.actor(security)));
    }

    private static Response withTag(ListItem item) {
        return Response.ok(ListItemJson.of(item)).tag(Versions.tag(item.version())).build();
    }
}
