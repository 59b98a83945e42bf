package se.folja.demo.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.ibic.AssessmentRequest;
import se.folja.api.ibic.Assessments;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeLists;
import se.folja.api.ibic.NeedRequest;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.Grants;
import se.folja.api.nondelivery.NonDeliveries;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.journal.spi.JournalEvents;

/**
 * Loads {@link KalmarShape} through Följa's own services, once, in the background: the units, the grants, and
 * for every cancellation an entry in the reference journal with its registration; six entries are left
 * awaiting a reason.
 */
@Component(immediate = true, configurationPid = "se.folja.demo.data")
@Designate(ocd = DemoDataConfig.class)
public final class DemoMunicipality {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMunicipality.class);
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    /** The synthetic ICF code list of the demo and the tests: codes shaped like ICF's, titles made up. */
    static final String SYNTHETIC_ICF = "icf-synthetic.csv";

    private final Thread loader;

    @Activate
    public DemoMunicipality(@Reference MaintainedLists lists, @Reference Grants grants,
            @Reference NonDeliveries nonDeliveries, @Reference ReferenceJournal journal,
            @Reference IcfCodeLists codeLists, @Reference Assessments assessments, DemoDataConfig config) {
        loader = new Thread(() -> {
            loadCodeList(codeLists);
            load(lists, grants, nonDeliveries, journal, assessments);
        }, "folja-demo-data");
        loader.setDaemon(true);
        if (config.enabled()) {
            loader.start();
        }
    }

    @Deactivate
    void deactivate() {
        loader.interrupt();
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

    static void load(MaintainedLists lists, Grants grants, NonDeliveries nonDeliveries, ReferenceJournal journal,
            Assessments assessments) {
        try {
            lists.item(ListKind.UNIT, KalmarShape.UNITS.get(0).code());
            LOG.debug("Demo municipality loaded before");
            return;
        } catch (NotFoundException firstTime) {
            // load it
        }
        try {
            KalmarShape shape = new KalmarShape();
            Actor system = Actor.SYSTEM;
            for (KalmarShape.Unit unit : KalmarShape.UNITS) {
                lists.create(ListKind.UNIT, unit.code(), unit.labelSv(), unit.labelEn(), system);
            }
            for (KalmarShape.Client client : shape.clients) {
                grants.create(new GrantRequest(client.number(), client.unit(), "BOENDESTOD", client.sessionsPerWeek(),
                        KalmarShape.GRANTED_FROM.toString(), null), system);
            }
            for (KalmarShape.ClientAssessment a : shape.assessments) {
                assessments.record(new AssessmentRequest(a.client().number(), a.client().unit(),
                        a.assessedOn().toString(), a.caseOfficer(), a.needs().stream()
                                .map(n -> new NeedRequest(n.icf(), n.lifeArea(), null, n.qualifier(), null, null))
                                .toList()), system);
            }
            for (KalmarShape.Cancellation c : shape.cancellations) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                String start = c.plannedStart().atZone(SWEDEN).toOffsetDateTime()
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                JournalEntry entry = journal.write(c.client().unit(), c.client().number(),
                        JournalEvents.NON_DELIVERY_HEADING, start, "Besöket blev inte av.");
                nonDeliveries.register(new NonDeliveryRequest(entry.id(), c.client().number(), c.client().unit(),
                        "BOENDESTOD", start, c.reasonCode(), null), system);
            }
            for (KalmarShape.Pending p : shape.pending) {
                journal.write(p.client().unit(), p.client().number(), JournalEvents.NON_DELIVERY_HEADING,
                        p.plannedStart().atZone(SWEDEN).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                        "Besöket blev inte av.");
            }
            LOG.info("Demo municipality loaded: {} units, {} clients with grants and assessments, {} registered"
                    + " cancellations, {} entries awaiting a reason", KalmarShape.UNITS.size(), shape.clients.size(),
                    shape.cancellations.size(), shape.pending.size());
        } catch (RuntimeException e) {
            LOG.warn("The demo municipality could not be loaded: {}", e.getClass().getSimpleName());
        }
    }
}
