package se.folja.demo.journal.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import se.folja.api.Dates;
import se.folja.api.ValidationException;
import se.folja.api.lists.UnitCode;
import se.folja.api.person.PersonalIdentityNumber;
import se.folja.journal.spi.JournalEvents;

/**
 * The reference journal over HTTP, inside the Följa application (its authentication and problem answers):
 * write an entry as the host's users would, read the keywords Följa wrote back, take the journal down and up.
 * Staff read and write only their units' entries; an administrator reads every unit's without clients and texts.
 */
@Component(service = ReferenceJournalResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=folja)")
@JSONRequired
@Path("demo-journal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"folja-staff", "folja-admin"})
public final class ReferenceJournalResource {

    private static final String UNIT_ROLE_PREFIX = "folja-unit-";

    private final ReferenceJournal journal;

    @Activate
    public ReferenceJournalResource(@Reference ReferenceJournal journal) {
        this.journal = journal;
    }

    /** Staff see their units' entries; an administrator every unit's, without other units' clients and texts. */
    @GET
    @Path("entries")
    public List<JournalEntry> entries(@QueryParam("unit") String unit, @QueryParam("heading") String heading,
            @Context SecurityContext security) {
        return journal.entries(user(security), unit, heading);
    }

    @GET
    @Path("entries/{id}")
    public JournalEntry entry(@PathParam("id") String id, @Context SecurityContext security) {
        return journal.entry(id, user(security));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response write(NewEntryJson body, @Context UriInfo uri, @Context SecurityContext security) {
        if (body == null) {
            throw ValidationException.of("body", "an entry is required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        if (body.unit() == null || !UnitCode.isValid(body.unit())) {
            errors.add("unit", UnitCode.RULE);
        }
        String client = null;
        if (body.client() != null && !body.client().isBlank()) {
            try {
                client = PersonalIdentityNumber.parse(body.client(), LocalDate.now(Dates.ZONE)).digits();
            } catch (IllegalArgumentException e) {
                errors.add("client", e.getMessage());
            }
        }
        String start = null;
        if (body.plannedStart() != null && !body.plannedStart().isBlank()) {
            try {
                start = OffsetDateTime.parse(body.plannedStart().strip()).toString();
            } catch (DateTimeParseException e) {
                errors.add("plannedStart", "must be a date and time with offset such as"
                        + " 2026-11-16T10:00+01:00");
            }
        }
        String heading = body.heading() == null || body.heading().isBlank() ? JournalEvents.NON_DELIVERY_HEADING
                : body.heading().strip();
        if (heading.length() > 100) {
            errors.add("heading", "must be at most 100 characters");
        }
        if (body.text() != null && body.text().length() > 2000) {
            errors.add("text", "must be at most 2000 characters");
        }
        errors.throwIfAny();
        JournalEntry entry = journal.write(body.unit(), client, heading, start, body.text(), user(security));
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id()).build()).entity(entry).build();
    }

    /** The user as the host's journal sees them: the unit roles Följa's realm grants, asked one at a time. */
    private static JournalUser user(SecurityContext security) {
        return new JournalUser(unit -> security.isUserInRole(UNIT_ROLE_PREFIX + unit),
                security.isUserInRole("folja-admin"));
    }

    @GET
    @Path("availability")
    public AvailabilityJson availability() {
        return new AvailabilityJson(journal.available());
    }

    @PUT
    @Path("availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("folja-admin")
    public AvailabilityJson setAvailability(AvailabilityJson body) {
        if (body == null || body.available() == null) {
            throw ValidationException.of("available", "is required: true or false");
        }
        journal.setAvailable(body.available());
        return new AvailabilityJson(journal.available());
    }
}
