package se.folja.demo.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.Dates;
import se.folja.api.FoljaException;
import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementChange;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.Enablements;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentQuery;
import se.folja.api.followup.EnrolmentRequest;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.ResponseQuery;
import se.folja.api.followup.ResponseRequest;
import se.folja.api.followup.Responses;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.Grants;
import se.folja.api.nondelivery.NonDeliveryQuery;

/**
 * Loads the demo municipality's follow-ups through Följa's services, as staff and an administrator would make them:
 * the units, the grants of social samvaro, the templates enabled per unit, the clients enrolled (and ended), and the
 * responses at their occasions ({@link UmeaShape}, {@link TrosaShape}, {@link SocialSamvaroShape}). Each service checks
 * what it is given as it checks a user's request: an enrolment starts within an enablement, a response answers an
 * occasion that has opened, on a day not in the future, and every answer is valid.
 *
 * <p>Every day of the follow-ups counts from the load day: the day the demo's ORS enablement was made (its first
 * revision), so that a load cut off and finished on a later day makes the same follow-ups. Whatever is there is left
 * as it is and only what is missing is made: each unit, grant, enablement, enrolment, end and response is looked up
 * before it is made, responses marked entered in error and annulled enrolments included.
 */
final class DemoFollowUps {

    private static final Logger LOG = LoggerFactory.getLogger(DemoFollowUps.class);

    /** The follow-up units, beside Kalmar's. */
    static final List<KalmarShape.Unit> UNITS = List.of(UmeaShape.UNIT, TrosaShape.YOUTH, TrosaShape.ADULTS,
            SocialSamvaroShape.UNIT);

    /** Who enrols and answers: the system, as a member of the follow-up units (only members enrol and answer). */
    static final Actor MEMBER = new Actor(Actor.SYSTEM.userName(),
            UNITS.stream().map(KalmarShape.Unit::code).collect(Collectors.toSet()), false);

    private DemoFollowUps() {
    }

    /** What a load wrote. */
    record Written(int grants, int enrolments, int ends, int responses) {

        Written plus(Written other) {
            return new Written(grants + other.grants, enrolments + other.enrolments, ends + other.ends,
                    responses + other.responses);
        }

        boolean any() {
            return grants + enrolments + ends + responses > 0;
        }
    }

    /**
     * Loads what of the follow-ups is not there yet.
     *
     * @param today the day to count from if the follow-ups were never loaded (Swedish time)
     * @param stop says, between changes, whether to stop loading
     */
    static void load(MaintainedLists lists, Grants grants, Enablements enablements, Enrolments enrolments,
            Responses responses, LocalDate today, BooleanSupplier stop) {
        try {
            for (KalmarShape.Unit unit : UNITS) {
                try {
                    lists.item(ListKind.UNIT, unit.code());
                } catch (NotFoundException missing) {
                    lists.create(ListKind.UNIT, unit.code(), unit.labelSv(), unit.labelEn(), Actor.SYSTEM);
                }
            }
            LocalDate anchor = anchor(enablements, today);
            UmeaShape umea = new UmeaShape(anchor);
            TrosaShape trosa = new TrosaShape(anchor);
            SocialSamvaroShape samvaro = new SocialSamvaroShape(anchor);
            Map<String, Long> grantIds = new HashMap<>();
            Written written = grants(samvaro, grants, grantIds, stop);
            for (FollowUpPlan plan : List.of(umea.plan, trosa.youth, trosa.adults, samvaro.plan)) {
                if (stop.getAsBoolean()) {
                    return;
                }
                try {
                    written = written.plus(load(plan, grantIds, enablements, enrolments, responses, stop));
                } catch (FoljaException e) {
                    // the unit's and template's codes only: a refusal's message may name a value
                    LOG.warn("The demo follow-up {} at {} could not be loaded: {}", plan.template(),
                            plan.unit().code(), e.getClass().getSimpleName());
                }
            }
            if (written.any()) {
                LOG.info("Demo follow-ups loaded as of {}: {} grants, {} enrolments, {} ended, {} responses", anchor,
                        written.grants(), written.enrolments(), written.ends(), written.responses());
            } else {
                LOG.debug("Demo follow-ups loaded before, as of {}", anchor);
            }
        } catch (RuntimeException e) {
            LOG.warn("The demo follow-ups could not be loaded: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * The load day: the day the demo's ORS enablement was first made, made now (from {@code today}) if there is
     * none. The demo's enablements are made as an administrator's request is ({@link EnablementSource#REST}: the
     * source is how an enablement may be changed, and an administrator changes the demo's through the API).
     */
    static LocalDate anchor(Enablements enablements, LocalDate today) {
        Instant made = demoEnablement(enablements, UmeaShape.UNIT.code(), UmeaShape.TEMPLATE)
                .map(e -> firstRevision(enablements, e).changedAt())
                .orElseGet(() -> enablements.enable(new EnableRequest(UmeaShape.TEMPLATE, null, UmeaShape.UNIT.code(),
                        UmeaShape.enabledFrom(today), null), EnablementSource.REST, Actor.SYSTEM).changedAt());
        return LocalDate.ofInstant(made, Dates.ZONE);
    }

    /** @return the enablement of the template for the unit the demo made (the system made its first revision) */
    private static Optional<Enablement> demoEnablement(Enablements enablements, String unit, String template) {
        return enablements.list(new EnablementQuery(Set.of(unit), template, true), Actor.SYSTEM).stream()
                .filter(e -> firstRevision(enablements, e).changedBy().equals(Actor.SYSTEM.userName()))
                .findFirst();
    }

    private static Enablement firstRevision(Enablements enablements, Enablement enablement) {
        List<EnablementChange> history = enablements.history(enablement.id(), Actor.SYSTEM);
        return history.isEmpty() ? enablement : history.get(0).after();
    }

    /** Makes the home-care unit's grants that are missing, and gives every grant's id by client and first day. */
    static Written grants(SocialSamvaroShape samvaro, Grants grants, Map<String, Long> ids, BooleanSupplier stop) {
        String unit = SocialSamvaroShape.UNIT.code();
        all(offset -> grants.search(new GrantQuery(Set.of(unit), null, null, null, null, offset,
                NonDeliveryQuery.MAX_LIMIT, true), Actor.SYSTEM))
                .forEach(g -> ids.put(grantKey(g.client().digits(), g.validFrom()), g.id()));
        int made = 0;
        for (SocialSamvaroShape.Client client : samvaro.clients) {
            for (SocialSamvaroShape.Grant grant : client.grants()) {
                String key = grantKey(client.number(), grant.from());
                if (ids.containsKey(key)) {
                    continue;
                }
                if (stop.getAsBoolean()) {
                    return new Written(made, 0, 0, 0);
                }
                Grant stored = grants.create(new GrantRequest(client.number(), unit,
                        SocialSamvaroShape.INTERVENTION_TYPE, grant.sessionsPerWeek(), grant.from().toString(),
                        grant.to() == null ? null : grant.to().toString()), Actor.SYSTEM);
                ids.put(key, stored.id());
                made++;
            }
        }
        return new Written(made, 0, 0, 0);
    }

    private static String grantKey(String client, LocalDate from) {
        return client + "@" + from;
    }

    /** Enables the plan's template for its unit unless the demo did, and makes its missing enrolments and responses. */
    static Written load(FollowUpPlan plan, Map<String, Long> grantIds, Enablements enablements,
            Enrolments enrolments, Responses responses, BooleanSupplier stop) {
        String unit = plan.unit().code();
        if (demoEnablement(enablements, unit, plan.template()).isEmpty()) {
            enablements.enable(new EnableRequest(plan.template(), null, unit, plan.enabledFrom(), null),
                    EnablementSource.REST, Actor.SYSTEM);
        }
        // the unit's enrolments in the template, annulled ones too, and every response, entered in error too
        Map<String, Enrolment> enrolled = new HashMap<>();
        for (EnrolmentStatus status : new EnrolmentStatus[] {null, EnrolmentStatus.ANNULLED}) {
            all(offset -> enrolments.list(new EnrolmentQuery(Set.of(unit), plan.template(), status, null, null, offset,
                    NonDeliveryQuery.MAX_LIMIT), MEMBER)).forEach(e -> enrolled.putIfAbsent(e.client().digits(), e));
        }
        Set<String> answered = new HashSet<>();
        all(offset -> responses.search(new ResponseQuery(Set.of(unit), null, plan.template(), null, null, null, null,
                true, offset, NonDeliveryQuery.MAX_LIMIT), MEMBER)).forEach(r -> answered.add(responseKey(
                        r.enrolmentId(), r.occasion(), r.sequence(), r.role().name())));
        int made = 0;
        int ended = 0;
        int submitted = 0;
        for (FollowUpPlan.Enrolment planned : plan.enrolments()) {
            if (stop.getAsBoolean()) {
                break;
            }
            Enrolment enrolment = enrolled.get(planned.client());
            if (enrolment == null) {
                Long grant = planned.grantFrom() == null ? null
                        : grantIds.get(grantKey(planned.client(), planned.grantFrom()));
                enrolment = enrolments.enrol(new EnrolmentRequest(plan.template(), unit, planned.client(), grant,
                        planned.start(), planned.responsible()), MEMBER);
                made++;
            }
            if (enrolment.status() == EnrolmentStatus.ANNULLED) {
                continue;
            }
            if (planned.end() != null && enrolment.status() == EnrolmentStatus.ONGOING) {
                if (stop.getAsBoolean()) {
                    break;
                }
                enrolment = enrolments.end(enrolment.id(), enrolment.revision(), planned.end(), planned.endReason(),
                        MEMBER);
                ended++;
            }
            List<FollowUpPlan.Response> missing = new ArrayList<>();
            for (FollowUpPlan.Response response : planned.responses()) {
                if (!answered.contains(responseKey(enrolment.id(), response.occasion(), response.sequence(),
                        response.role().name()))) {
                    missing.add(response);
                }
            }
            for (FollowUpPlan.Response response : missing) {
                if (stop.getAsBoolean()) {
                    break;
                }
                responses.submit(new ResponseRequest(enrolment.id(), response.occasion(), response.sequence(),
                        response.role(), response.answeredOn(), response.json()), MEMBER);
                submitted++;
            }
        }
        return new Written(0, made, ended, submitted);
    }

    /** @return every item of a search, page by page from the offset given */
    private static <T> List<T> all(IntFunction<Page<T>> search) {
        List<T> all = new ArrayList<>();
        while (true) {
            Page<T> page = search.apply(all.size());
            all.addAll(page.items());
            if (page.items().isEmpty() || all.size() >= page.total()) {
                return all;
            }
        }
    }

    private static String responseKey(long enrolment, String occasion, int sequence, String role) {
        return enrolment + "|" + occasion + "|" + sequence + "|" + role;
    }
}
