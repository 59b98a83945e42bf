package se.folja.rest.internal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.rest.internal.FoljaApplication;
import se.folja.rest.internal.problem.Problems;

/**
 * Refuses a filter or export whose {@code unit}, {@code reason} or {@code interventionType} query parameter
 * names a code that does not exist, before any resource runs: a statistician's typo ({@code unit=NOPE}) is a
 * 400 naming the parameter, not an empty answer that looks like zero. Retired codes are known codes: history
 * is searched by them. Runs after authentication and role checks, so only a user who may call the resource
 * learns whether a code exists.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(FoljaApplication.SELECT)
@Priority(Priorities.USER)
public final class KnownCodesFilter implements ContainerRequestFilter {

    private final Map<String, Code> parameters;

    @Activate
    public KnownCodesFilter(@Reference MaintainedLists lists, @Reference ReasonCatalogue reasons) {
        // sorted, so that several errors come in a fixed order
        this.parameters = new TreeMap<>(Map.of(
                "unit", new Code("unit", "GET /units", code -> lists.item(ListKind.UNIT, code)),
                "interventionType", new Code("intervention type", "GET /intervention-types",
                        code -> lists.item(ListKind.INTERVENTION_TYPE, code)),
                "reason", new Code("reason", "GET /reason-codes", reasons::reason)));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        ValidationException.Builder errors = ValidationException.builder();
        for (Map.Entry<String, Code> parameter : parameters.entrySet()) {
            List<String> values = query.get(parameter.getKey());
            if (values != null) {
                parameter.getValue().check(parameter.getKey(), List.copyOf(Params.codes(values)), errors);
            }
        }
        if (!errors.isEmpty()) {
            List<FieldError> found = errors.errors();
            request.abortWith(Problems.VALIDATION.response(found.size() == 1
                    ? "Invalid parameter '" + found.get(0).field() + "': " + found.get(0).message()
                    : found.size() + " parameters are invalid", found));
        }
    }

    /** A kind of code, how to look one up (throwing {@link NotFoundException}) and where to find the list. */
    private record Code(String noun, String list, Consumer<String> lookUp) {

        void check(String parameter, List<String> codes, ValidationException.Builder errors) {
            List<Integer> unknown = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                if (!known(codes.get(i))) {
                    unknown.add(i + 1);
                }
            }
            if (!unknown.isEmpty()) {
                // the codes are not repeated: a mistyped parameter may hold anything, a personnummer too
                String which = codes.size() == 1 ? "is not a known " + noun
                        : "holds codes that are not a known " + noun + " (number " + join(unknown) + " of "
                                + codes.size() + ")";
                errors.add(parameter, which + "; codes are case-sensitive, see " + list);
            }
        }

        private boolean known(String code) {
            try {
                lookUp.accept(code);
                return true;
            } catch (NotFoundException e) {
                return false;
            }
        }

        private static String join(List<Integer> numbers) {
            return String.join(", ", numbers.stream().map(String::valueOf).toList());
        }
    }
}
