package se.folja.demo.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.Dates;
import se.folja.api.NotFoundException;
import se.folja.api.followup.Enablements;
import se.folja.api.followup.Enrolments;
import se.folja.api.followup.Responses;
import se.folja.api.ibic.AssessmentQuery;
import se.folja.api.ibic.AssessmentRequest;
import se.folja.api.ibic.Assessments;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.api.ibic.NeedRequest;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.GrantQuery;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.Grants;
import se.folja.api.nondelivery.NonDeliveries;
import se.folja.api.nondelivery.NonDeliveryQuery;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.api.nondelivery.NonDeliverySort;
import se.folja.journal.spi.JournalEvents;

/**
 * Loads {@link KalmarShape} through Följa's own services, once, in the background: the units, the grants, and
 * for every cancellation an entry in the reference journal with its registration; six entries are left
 * awaiting a reason. Then the follow-ups shaped like the other seeds ({@link DemoFollowUps}).
 */
@Component(immediate = true, configurationPid = "se.folja.demo.data")
@Designate(ocd = DemoDataConfig.class)
public final class DemoMunicipality {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMunicipality.class);

    /** The synthetic ICF code list of the demo and the tests: codes shaped like ICF's, titles made up. */
    static final String SYNTHETIC_ICF = "icf-synthetic.csv";

    static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Thread loader;
    private volatile boolean stopping;

    @Activate
    public DemoMunicipality(@Reference MaintainedLists lists, @Reference Grants grants,
            @Reference NonDeliveries nonDeliveries, @Reference ReferenceJournal journal,
            @Reference IcfCodeLists codeLists, @Reference Assessments assessments, @Reference Enablements enablements,
            @Reference Enrolments enrolments, @Reference Responses responses, DemoDataConfig config) {
        loader = new Thread(() -> {
            loadCodeList(codeLists);
            load(lists, grants, nonDeliveries, journal, assessments, () -> stopping);
            if (!stopping) {
                DemoFollowUps.load(lists, grants, enablements, enrolments, responses, LocalDate.now(Dates.ZONE),
                        () -> stopping);
            }
        }, "folja-demo-data");
        loader.setDaemon(true);
        if (config.enabled()) {
            loader.start();
        }
    }

    /**
     * Lets the loader finish the change under way and stop, and waits for it (at most {@link #STOP_WAIT}): a
     * transaction cut off while the feature is uninstalled would fail in the middle, and an interrupt could
     * close H2's file under it.
     */
    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        loader.join(STOP_WAIT.toMillis());
        if (loader.isAlive()) {
            LOG.warn("The demo municipality was still loading {} after it was asked to stop", STOP_WAIT);
        }
    }

    /** Loads the synthetic ICF code list (codes shaped like ICF's, titles made up) unless a list is loaded. */
    static void loadCodeList(IcfCodeLists codeLists) {
        if (codeLists.current().isPresent()) {
            return;
        }
        try (InputStream csv = DemoMunicipality.class.getResourceAsStream(SYNTHETIC_ICF)) {
            codeLists.load(IcfCodeListFormat.CSV, csv, "Syntetisk ICF-lista (demo)", Actor.SYSTEM);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The synthetic ICF code list could not be loaded: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * Loads what of the demo municipality is not there yet, so that a load cut off (Karaf stopped, a service it
     * uses restarted, a failure) is finished at the next start instead of staying half done: each unit, grant,
     * assessment, journal entry and registration is looked up before it is made, and registering an entry again
     * is answered as the first time.
     *
     * @param stop says, between changes, whether to stop loading
     */
    static void load(MaintainedLists lists, Grants grants, NonDeliveries nonDeliveries, ReferenceJournal journal,
            Assessments assessments, BooleanSupplier stop) {
        try {
            KalmarShape shape = new KalmarShape();
            Actor system = Actor.SYSTEM;
            Set<String> unitCodes = new HashSet<>();
            for (KalmarShape.Unit unit : KalmarShape.UNITS) {
                unitCodes.add(unit.code());
                try {
                    lists.item(ListKind.UNIT, unit.code());
                } catch (NotFoundException missing) {
                    lists.create(ListKind.UNIT, unit.code(), unit.labelSv(), unit.labelEn(), system);
                }
            }
            if (loaded(shape, unitCodes, nonDeliveries, journal)) {
                LOG.debug("Demo municipality loaded before");
                return;
            }
            Set<String> granted = grants.search(new GrantQuery(unitCodes, null, null, null, null, 0,
                    NonDeliveryQuery.MAX_LIMIT), system).items().stream().map(g -> g.client().digits())
                    .collect(Collectors.toSet());
            for (KalmarShape.Client client : shape.clients) {
                if (stop.getAsBoolean()) {
                    return;
                }
                if (!granted.contains(client.number())) {
                    grants.create(new GrantRequest(client.number(), client.unit(), "BOENDESTOD",
                            client.sessionsPerWeek(), KalmarShape.GRANTED_FROM.toString(), null), system);
                }
            }
            Set<String> assessed = assessments.search(new AssessmentQuery(unitCodes, null, null, null, 0,
                    AssessmentQuery.MAX_LIMIT), system).items().stream()
                    .map(a -> a.client().digits() + "@" + a.assessedOn()).collect(Collectors.toSet());
            for (KalmarShape.ClientAssessment a : shape.assessments) {
                if (stop.getAsBoolean()) {
                    return;
                }
                if (!assessed.contains(a.client().number() + "@" + a.assessedOn())) {
                    assessments.record(new AssessmentRequest(a.client().number(), a.client().unit(),
                            a.assessedOn().toString(), a.caseOfficer(), a.needs().stream()
                                    .map(n -> new NeedRequest(n.icf(), n.lifeArea(), null, n.qualifier(), null, null))
                                    .toList()), system);
                }
            }
            for (KalmarShape.Cancellation c : shape.cancellations) {
                if (stop.getAsBoolean()) {
                    return;
                }
                String start = offset(c.plannedStart());
                // announced before it is registered, as an entry a user picks from the list would be
                JournalEntry entry = journal.find(c.client().unit(), c.client().number(),
                        JournalEvents.NON_DELIVERY_HEADING, start).orElseGet(() -> journal.writeAnnounced(
                                c.client().unit(), c.client().number(), JournalEvents.NON_DELIVERY_HEADING, start,
                                "Besöket blev inte av."));
                nonDeliveries.register(new NonDeliveryRequest(entry.id(), c.client().number(), c.client().unit(),
                        "BOENDESTOD", start, c.reasonCode(), null), system);
            }
            for (KalmarShape.Pending p : shape.pending) {
                String start = offset(p.plannedStart());
                if (journal.find(p.client().unit(), p.client().number(), JournalEvents.NON_DELIVERY_HEADING, start)
                        .isEmpty()) {
                    journal.write(p.client().unit(), p.client().number(), JournalEvents.NON_DELIVERY_HEADING, start,
                            "Besöket blev inte av.");
                }
            }
            LOG.info("Demo municipality loaded: {} units, {} clients with grants and assessments, {} registered"
                    + " cancellations, {} entries awaiting a reason", KalmarShape.UNITS.size(), shape.clients.size(),
                    shape.cancellations.size(), shape.pending.size());
        } catch (RuntimeException e) {
            LOG.warn("The demo municipality could not be loaded: {}", e.getClass().getSimpleName());
        }
    }

    /** Whether every registration and every entry awaiting a reason is there: the last two steps of a load. */
    private static boolean loaded(KalmarShape shape, Set<String> units, NonDeliveries nonDeliveries,
            ReferenceJournal journal) {
        for (KalmarShape.Pending p : shape.pending) {
            if (journal.find(p.client().unit(), p.client().number(), JournalEvents.NON_DELIVERY_HEADING,
                    offset(p.plannedStart())).isEmpty()) {
                return false;
            }
        }
        long registered = nonDeliveries.search(new NonDeliveryQuery(null, null, units, null, null, null, null, true,
                NonDeliverySort.PLANNED_START, 0, 1),
                Actor.SYSTEM).total();
        return registered >= shape.cancellations.size();
    }

    private static String offset(LocalDateTime plannedStart) {
        return plannedStart.atZone(Dates.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
