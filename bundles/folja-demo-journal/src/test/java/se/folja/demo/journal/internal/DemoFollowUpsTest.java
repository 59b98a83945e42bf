package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.folja.api.Dates;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementChangeKind;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.EnablementStatus;
import se.folja.api.followup.Enablements;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentQuery;
import se.folja.api.followup.EnrolmentRequest;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.FollowUpResponse;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.ResponseStatus;
import se.folja.api.followup.Responses;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.Grants;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * The follow-ups' loader over services that keep what they are given in memory: what it makes, what it leaves,
 * and the load day it counts from.
 */
class DemoFollowUpsTest {

    private static final LocalDate LOAD_DAY = LocalDate.of(2027, 2, 28);

    /** The services' "now": changes made now are dated with it. */
    private Instant now = LOAD_DAY.atTime(LocalTime.of(23, 50)).atZone(Dates.ZONE).toInstant();
    private final Set<String> units = new HashSet<>();
    private final List<Enablement> enablements = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final Map<Long, Enrolment> enrolments = new HashMap<>();
    private final List<FollowUpResponse> responses = new ArrayList<>();
    /** Every change the loader asked for. */
    private final AtomicInteger changes = new AtomicInteger();

    @Test
    void aLoadCutOffIsFinishedOnALaterDayAsOfTheFirstDayWithNothingTwice() {
        AtomicInteger asked = new AtomicInteger();
        load(LOAD_DAY, () -> asked.incrementAndGet() > 250);
        int before = responses.size() + enrolments.size();
        // Karaf started again three days later, just after midnight
        now = LOAD_DAY.plusDays(3).atStartOfDay(Dates.ZONE).plusMinutes(5).toInstant();
        load(LOAD_DAY.plusDays(3), () -> false);

        assertTrue(before > 0 && before < responses.size() + enrolments.size(), "the first load was cut off");
        UmeaShape umea = new UmeaShape(LOAD_DAY);
        TrosaShape trosa = new TrosaShape(LOAD_DAY);
        SocialSamvaroShape samvaro = new SocialSamvaroShape(LOAD_DAY);
        List<FollowUpPlan> plans = List.of(umea.plan, trosa.youth, trosa.adults, samvaro.plan);
        assertEquals(plans.stream().mapToInt(p -> p.enrolments().size()).sum(), enrolments.size());
        assertEquals(plans.stream().mapToInt(p -> p.responses().size()).sum(), responses.size());
        assertEquals(samvaro.clients.stream().mapToInt(c -> c.grants().size()).sum(), grants.size());
        assertEquals(DemoFollowUps.UNITS.size(), units.size());
        assertEquals(4, enablements.size(), "ORS, Trosa's for two units, social samvaro");
        // as planned on the first day: each client's days, and every response once
        for (FollowUpPlan plan : plans) {
            for (FollowUpPlan.Enrolment planned : plan.enrolments()) {
                Enrolment stored = enrolments.values().stream()
                        .filter(e -> e.client().digits().equals(planned.client())).findFirst().orElseThrow();
                assertEquals(plan.unit().code(), stored.unit());
                assertEquals(planned.start(), stored.start());
                assertEquals(planned.end(), stored.end());
                assertEquals(planned.endReason(), stored.endReason());
                assertEquals(planned.responses().size(), responses.stream().filter(r -> r.enrolmentId() == stored.id())
                        .map(r -> r.occasion() + r.sequence() + r.role()).distinct().count());
            }
        }
        Set<String> keys = responses.stream().map(r -> r.enrolmentId() + r.occasion() + r.sequence() + r.role())
                .collect(Collectors.toSet());
        assertEquals(responses.size(), keys.size(), "no response twice");
    }

    @Test
    void loadedFollowUpsAreLeftAsTheyAreAndWhatUsersChangedStays() {
        load(LOAD_DAY, () -> false);
        int made = changes.get();
        // a user marks a response entered in error, annuls an enrolment and ends another
        FollowUpResponse wrong = responses.get(10);
        responses.set(10, new FollowUpResponse(wrong.id(), wrong.enrolmentId(), wrong.unit(), wrong.client(),
                wrong.templateCode(), wrong.templateVersion(), wrong.occasion(), wrong.sequence(), wrong.role(),
                wrong.answeredOn(), wrong.answers(), ResponseStatus.ENTERED_IN_ERROR, "Fel klient", 2, "staff3",
                now));
        Enrolment annulled = enrolments.get(20L);
        enrolments.put(20L, state(annulled, null, null, EnrolmentStatus.ANNULLED));
        Enrolment ended = enrolments.get(21L);
        enrolments.put(21L, state(ended, LOAD_DAY, EnrolmentEndReason.MOVED, EnrolmentStatus.ENDED));

        now = now.plusSeconds(86_400 * 40);
        load(LOAD_DAY.plusDays(40), () -> false);

        assertEquals(made, changes.get(), "nothing made or changed again");
        assertEquals(EnrolmentStatus.ANNULLED, enrolments.get(20L).status());
        assertEquals(EnrolmentEndReason.MOVED, enrolments.get(21L).endReason());
    }

    @Test
    void theLoadDayIsTheDayTheDemosOrsEnablementWasMade() {
        load(LOAD_DAY, () -> false);
        now = now.plusSeconds(86_400 * 400);
        assertEquals(LOAD_DAY, DemoFollowUps.anchor(enablements(), LOAD_DAY.plusDays(400)));
        assertEquals(1, enablements.stream().filter(e -> e.templateCode().equals("ORS")).count());
    }

    private void load(LocalDate today, BooleanSupplier stop) {
        DemoFollowUps.load(lists(), grants(), enablements(), enrolments(), responses(), today, stop);
    }

    private static Enrolment state(Enrolment e, LocalDate end, EnrolmentEndReason reason, EnrolmentStatus status) {
        return new Enrolment(e.id(), e.enablementId(), e.templateCode(), e.templateVersion(), e.unit(), e.client(),
                e.grantId(), e.responsible(), e.start(), end, reason, status, null, e.revision() + 1, "staff3",
                Instant.EPOCH);
    }

    private MaintainedLists lists() {
        return fake(MaintainedLists.class, (method, args) -> switch (method) {
            case "item" -> {
                if (!units.contains((String) args[1])) {
                    throw new NotFoundException("unit", (String) args[1]);
                }
                yield null;
            }
            case "create" -> {
                changes.incrementAndGet();
                units.add((String) args[1]);
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Enablements enablements() {
        return fake(Enablements.class, (method, args) -> switch (method) {
            case "list" -> {
                EnablementQuery query = (EnablementQuery) args[0];
                yield enablements.stream().filter(e -> query.units().contains(e.unit())
                        && e.templateCode().equals(query.template())).toList();
            }
            case "history" -> enablements.stream().filter(e -> e.id() == (long) args[0])
                    .map(e -> new EnablementChange(EnablementChangeKind.ENABLED, null, e)).toList();
            case "enable" -> {
                changes.incrementAndGet();
                EnableRequest r = (EnableRequest) args[0];
                assertEquals(EnablementSource.REST, args[1]);
                Enablement e = new Enablement(enablements.size() + 1, r.template(), 1, r.unit(), r.from(), r.to(),
                        EnablementStatus.ENABLED, EnablementSource.REST, null, 1, "system", now);
                enablements.add(e);
                yield e;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Grants grants() {
        return fake(Grants.class, (method, args) -> switch (method) {
            case "search" -> {
                GrantQuery query = (GrantQuery) args[0];
                List<Grant> found = grants.stream().filter(g -> query.units().contains(g.unit())).toList();
                yield new Page<>(found, found.size(), 0, 1000);
            }
            case "create" -> {
                changes.incrementAndGet();
                GrantRequest r = (GrantRequest) args[0];
                Grant g = new Grant(grants.size() + 1, PersonalIdentityNumber.ofDigits(r.client()), r.unit(),
                        r.interventionType(), r.sessionsPerWeek(), LocalDate.parse(r.validFrom()),
                        r.validTo() == null ? null : LocalDate.parse(r.validTo()), "system", now, 0);
                grants.add(g);
                yield g;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Enrolments enrolments() {
        return fake(Enrolments.class, (method, args) -> switch (method) {
            case "list" -> {
                EnrolmentQuery query = (EnrolmentQuery) args[0];
                List<Enrolment> found = enrolments.values().stream().filter(e -> query.units().contains(e.unit())
                        && e.templateCode().equals(query.template()) && (query.status() == null
                                ? e.status() != EnrolmentStatus.ANNULLED : e.status() == query.status())).toList();
                yield new Page<>(found, found.size(), 0, 1000);
            }
            case "enrol" -> {
                changes.incrementAndGet();
                EnrolmentRequest r = (EnrolmentRequest) args[0];
                Enablement enablement = enablements.stream().filter(e -> e.unit().equals(r.unit())
                        && e.templateCode().equals(r.template()) && e.inForceOn(r.start())).findFirst().orElseThrow();
                long id = enrolments.size() + 1;
                Enrolment e = new Enrolment(id, enablement.id(), r.template(), 1, r.unit(),
                        PersonalIdentityNumber.ofDigits(r.client()), r.grant(), r.responsible(), r.start(), null, null,
                        EnrolmentStatus.ONGOING, null, 1, "system", now);
                enrolments.put(id, e);
                yield e;
            }
            case "end" -> {
                changes.incrementAndGet();
                Enrolment e = enrolments.get((long) args[0]);
                assertEquals(e.revision(), (long) args[1]);
                Enrolment ended = state(e, (LocalDate) args[2], (EnrolmentEndReason) args[3], EnrolmentStatus.ENDED);
                enrolments.put(e.id(), ended);
                yield ended;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Responses responses() {
        return fake(Responses.class, (method, args) -> switch (method) {
            case "search" -> {
                ResponseQuery query = (ResponseQuery) args[0];
                List<FollowUpResponse> found = responses.stream().filter(r -> query.units().contains(r.unit())
                        && r.templateCode().equals(query.template())
                        && (query.includeEnteredInError() || r.status() == ResponseStatus.COMPLETED)).toList();
                yield new Page<>(found, found.size(), 0, 1000);
            }
            case "submit" -> {
                changes.incrementAndGet();
                ResponseRequest r = (ResponseRequest) args[0];
                Enrolment e = enrolments.get(r.enrolment());
                FollowUpResponse stored = new FollowUpResponse(responses.size() + 1, e.id(), e.unit(), e.client(),
                        e.templateCode(), 1, r.occasion(), r.sequence(), r.role(), r.answeredOn(), List.of(),
                        ResponseStatus.COMPLETED, null, 1, "system", now);
                responses.add(stored);
                yield stored;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
