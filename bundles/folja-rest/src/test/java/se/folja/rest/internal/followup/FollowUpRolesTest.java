package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import se.folja.rest.internal.security.Roles;

/**
 * Who may call what (the authentication filter enforces each method's {@code @RolesAllowed}, else its class's):
 * every Följa role reads templates and enablements, only administrators upload, enable, change and disable; only
 * staff reach enrolments, proposals, due occasions and responses, which name clients.
 */
class FollowUpRolesTest {

    private static final Set<String> EVERY_ROLE = Set.of(Roles.STAFF, Roles.ADMIN, Roles.STATISTICIAN);
    private static final Set<String> ADMIN = Set.of(Roles.ADMIN);
    private static final Set<String> STAFF = Set.of(Roles.STAFF);

    @Test
    void readersAreEveryRoleAndWritersAdministratorsOnly() {
        Map<String, Set<String>> expected = new TreeMap<>(Map.of(
                "FollowUpTemplateResource.list", EVERY_ROLE,
                "FollowUpTemplateResource.latest", EVERY_ROLE,
                "FollowUpTemplateResource.versions", EVERY_ROLE,
                "FollowUpTemplateResource.version", EVERY_ROLE,
                "FollowUpTemplateAdminResource.upload", ADMIN,
                "EnablementResource.list", EVERY_ROLE,
                "EnablementResource.read", EVERY_ROLE,
                "EnablementResource.history", EVERY_ROLE,
                "EnablementAdminResource.enable", ADMIN,
                "EnablementAdminResource.change", ADMIN));
        expected.put("EnablementAdminResource.disable", ADMIN);
        // clients' data: the unit's staff only, never administrators or statisticians (they have the exports)
        for (String method : List.of("EnrolmentResource.enrol", "EnrolmentResource.list", "EnrolmentResource.read",
                "EnrolmentResource.history", "EnrolmentResource.end", "EnrolmentResource.assign",
                "EnrolmentResource.annul", "EnrolmentResource.submit", "ProposalResource.proposals",
                "DueOccasionResource.due", "ResponseResource.search", "ResponseResource.read",
                "ResponseResource.history", "ResponseResource.correct", "ResponseResource.enteredInError")) {
            expected.put(method, STAFF);
        }

        Map<String, Set<String>> declared = new TreeMap<>();
        for (Class<?> resource : List.of(FollowUpTemplateResource.class, FollowUpTemplateAdminResource.class,
                EnablementResource.class, EnablementAdminResource.class, EnrolmentResource.class,
                ProposalResource.class, DueOccasionResource.class, ResponseResource.class)) {
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                        || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(PUT.class)) {
                    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                    if (roles == null) {
                        roles = resource.getAnnotation(RolesAllowed.class);
                    }
                    declared.put(resource.getSimpleName() + "." + method.getName(), Set.of(roles.value()));
                }
            }
        }

        assertEquals(expected, declared);
    }
}
