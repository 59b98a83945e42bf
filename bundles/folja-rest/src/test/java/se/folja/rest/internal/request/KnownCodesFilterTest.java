package se.folja.rest.internal.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import se.folja.api.FieldError;
import se.folja.api.NotFoundException;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.reasons.ReasonCatalogue;
import se.folja.api.reasons.ReasonCode;
import se.folja.rest.internal.problem.ProblemJson;
import se.folja.rest.internal.problem.Problems;

class KnownCodesFilterTest {

    private static final Set<String> UNITS = Set.of("BOSTOD_NORR", "RETIRED_UNIT");
    private static final Set<String> TYPES = Set.of("BOENDESTOD");
    private static final Set<String> REASONS = Set.of("BORTREST", "RETIRED_REASON");

    private final KnownCodesFilter filter = new KnownCodesFilter(lists(), reasons());

    @Test
    void knownCodesRetiredOnesIncludedPass() {
        assertNull(run("unit=BOSTOD_NORR,RETIRED_UNIT&reason=RETIRED_REASON&interventionType=BOENDESTOD"));
        assertNull(run("from=2026-01-01"));
    }

    @Test
    void anUnknownUnitIsA400NamingTheParameter() {
        ProblemJson problem = problem(run("unit=NOPE"));
        assertEquals(List.of("unit"), problem.errors().stream().map(FieldError::field).toList());
        assertTrue(problem.errors().get(0).message().startsWith("is not a known unit"));
    }

    @Test
    void everyUnknownParameterIsNamedInAFixedOrderWithoutRepeatingTheCode() {
        ProblemJson problem = problem(run("unit=BOSTOD_NORR&unit=19121212-1212,bostod_norr&reason=FOO"
                + "&interventionType=FOO"));
        assertEquals(List.of("interventionType", "reason", "unit"),
                problem.errors().stream().map(FieldError::field).toList());
        String unit = problem.errors().get(2).message();
        assertTrue(unit.contains("number 2, 3 of 3"), unit);
        assertTrue(problem.errors().stream().noneMatch(e -> e.message().contains("1912")));
    }

    private static ProblemJson problem(Response response) {
        assertEquals(400, response.getStatus());
        assertEquals(Problems.MEDIA_TYPE, response.getMediaType().toString());
        return assertInstanceOf(ProblemJson.class, response.getEntity());
    }

    /** @return the response the filter aborted with, or null if it let the request through */
    private Response run(String query) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            parameters.add(kv[0], kv[1]);
        }
        UriInfo uri = proxy(UriInfo.class, (method, args) -> switch (method) {
            case "getQueryParameters" -> parameters;
            case "getRequestUri" -> URI.create("http://localhost/folja/api/v1/x?" + query);
            default -> throw new UnsupportedOperationException(method);
        });
        AtomicReference<Response> aborted = new AtomicReference<>();
        ContainerRequestContext request = proxy(ContainerRequestContext.class, (method, args) -> switch (method) {
            case "getUriInfo" -> uri;
            case "abortWith" -> {
                aborted.set((Response) args[0]);
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        filter.filter(request);
        return aborted.get();
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> answer.answer(method.getName(), args)));
    }

    private static MaintainedLists lists() {
        return proxy(MaintainedLists.class, (method, args) -> {
            if (!method.equals("item")) {
                throw new UnsupportedOperationException(method);
            }
            Set<String> known = args[0] == ListKind.UNIT ? UNITS : TYPES;
            if (!known.contains((String) args[1])) {
                throw new NotFoundException("item", (String) args[1]);
            }
            return (ListItem) null;
        });
    }

    private static ReasonCatalogue reasons() {
        return proxy(ReasonCatalogue.class, (method, args) -> {
            if (!REASONS.contains((String) args[0])) {
                throw new NotFoundException("reason", (String) args[0]);
            }
            return (ReasonCode) null;
        });
    }
}
