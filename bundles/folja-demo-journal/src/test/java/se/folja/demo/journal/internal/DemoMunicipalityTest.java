package se.folja.demo.journal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import se.folja.api.NotFoundException;
import se.folja.api.Page;
import se.folja.api.ibic.Assessment;
import se.folja.api.ibic.AssessmentRequest;
import se.folja.api.ibic.Assessments;
import se.folja.api.lists.MaintainedLists;
import se.folja.api.nondelivery.Grant;
import se.folja.api.nondelivery.GrantRequest;
import se.folja.api.nondelivery.GrantStatus;
import se.folja.api.nondelivery.Grants;
import se.folja.api.nondelivery.NonDeliveries;
import se.folja.api.nondelivery.NonDeliveryRequest;
import se.folja.api.person.PersonalIdentityNumber;

class DemoMunicipalityTest {

    @TempDir
    Path data;

    private final Set<String> units = new HashSet<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    /** The journal entries registered, once each however often they are registered. */
    private final Set<String> registered = new HashSet<>();

    @Test
    void aLoadCutOffIsFinishedAtTheNextStartWithNothingTwice() throws Exception {
        ReferenceJournal journal = journal();
        KalmarShape shape = new KalmarShape();
        AtomicInteger changes = new AtomicInteger();
        BooleanSupplier stopHalfway = () -> changes.incrementAndGet() > shape.clients.size() + 50;

        load(journal, stopHalfway);
        int entriesBefore = journal.entries().size();
        load(journal, () -> false);

        assertEquals(shape.clients.size(), grants.size(), "grants");
        assertEquals(shape.assessments.size(), assessments.size(), "assessments");
        assertEquals(shape.cancellations.size(), registered.size(), "registrations");
        assertEquals(shape.cancellations.size() + shape.pending.size(), journal.entries().size(), "journal entries");
        assertTrue(entriesBefore < journal.entries().size(), "the first load was cut off halfway");
        assertEquals(KalmarShape.UNITS.size(), units.size(), "units");
    }

    @Test
    void aLoadedMunicipalityIsLeftAsItIs() throws Exception {
        ReferenceJournal journal = journal();
        load(journal, () -> false);
        int entries = journal.entries().size();
        int grantCount = grants.size();

        load(journal, () -> false);

        assertEquals(entries, journal.entries().size());
        assertEquals(grantCount, grants.size());
    }

    private void load(ReferenceJournal journal, BooleanSupplier stop) {
        DemoMunicipality.load(lists(), grants(), nonDeliveries(), journal, assessments(), stop);
    }

    private ReferenceJournal journal() throws Exception {
        EventAdmin events = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                // nobody listens in this test
            }

            @Override
            public void sendEvent(Event event) {
                // nobody listens in this test
            }
        };
        ReferenceJournalConfig available = new ReferenceJournalConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReferenceJournalConfig.class;
            }

            @Override
            public boolean available() {
                return true;
            }
        };
        return new ReferenceJournal(events, data.resolve("journal.tsv"),
                Clock.fixed(Instant.parse("2026-11-16T09:00:00Z"), ZoneOffset.UTC), available);
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
                units.add((String) args[1]);
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Grants grants() {
        return fake(Grants.class, (method, args) -> switch (method) {
            case "search" -> new Page<>(List.copyOf(grants), grants.size(), 0, 1000);
            case "create" -> {
                GrantRequest request = (GrantRequest) args[0];
                grants.add(new Grant(grants.size() + 1, PersonalIdentityNumber.ofDigits(request.client()),
                        request.unit(), request.interventionType(), request.sessionsPerWeek(),
                        LocalDate.parse(request.validFrom()), null, "system", Instant.EPOCH, 0, GrantStatus.ACTIVE,
                        null));
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private Assessments assessments() {
        return fake(Assessments.class, (method, args) -> switch (method) {
            case "search" -> new Page<>(List.copyOf(assessments), assessments.size(), 0, 1000);
            case "record" -> {
                AssessmentRequest request = (AssessmentRequest) args[0];
                assessments.add(new Assessment(assessments.size() + 1,
                        PersonalIdentityNumber.ofDigits(request.client()), request.unit(),
                        LocalDate.parse(request.assessedOn()), request.caseOfficer(), 1, "1", List.of(), "system",
                        Instant.EPOCH, 0));
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
    }

    private NonDeliveries nonDeliveries() {
        return fake(NonDeliveries.class, (method, args) -> switch (method) {
            case "search" -> new Page<>(List.of(), registered.size(), 0, 1);
            case "register" -> {
                registered.add(((NonDeliveryRequest) args[0]).journalEntryId());
                yield null;
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
