package se.folja.store.spi;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.UnitScope;
import se.folja.api.followup.RespondentRole;

/**
 * What the follow-up exports read, counted by the database (plain SQL over the enrolments, responses and their
 * answers as rows) or streamed through a cursor, so that no read holds every response in memory. Enrolments count
 * unless annulled; responses when completed and their enrolment is not annulled. Free-text answers are never read.
 * Every read takes its units as a {@link UnitScope}: {@link UnitScope#NONE} reads nothing and no statement reaches
 * the database.
 *
 * @since 1.2.0
 */
@ProviderType
public interface FollowUpExportSource {

    /**
     * What a read selects.
     *
     * @param template the template's code
     * @param version one version, or null for every version
     * @param units the units read
     */
    record Selection(String template, Integer version, UnitScope units) {
        public Selection {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(units, "units");
        }
    }

    /**
     * The responses giving one answer to a question, or (value null) answering it at all, and their clients.
     *
     * @param value a code, {@code true} or {@code false}; null for the question's total
     */
    record ValueCount(String linkId, String value, long responses, long clients) {
    }

    /**
     * @param linkIds the choice and yes/no questions to count
     * @return per question answered in the responses answered in [from, to]: its total, and a count per code (of a
     *     choice) or per {@code true} and {@code false} (of a yes/no)
     */
    List<ValueCount> valueCounts(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds);

    /**
     * The values of a number question: the responses answering it, their clients, and the count, least, greatest and
     * sum of its values and the two middle ones (equal for an odd count).
     */
    record NumberStats(String linkId, long responses, long clients, long values, BigDecimal min, BigDecimal max,
            BigDecimal sum, BigDecimal lowerMedian, BigDecimal upperMedian) {
    }

    /** @return per number question answered in the responses answered in [from, to], its figures */
    List<NumberStats> numberStats(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds);

    /** The answers to a date question: the responses answering it, their clients, the earliest and latest day. */
    record DateStats(String linkId, long responses, long clients, LocalDate earliest, LocalDate latest) {
    }

    /** @return per date question answered in the responses answered in [from, to], its figures */
    List<DateStats> dateStats(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds);

    /**
     * The durations in whole months ({@code ChronoUnit.MONTHS.between}) of the ongoing or the ended enrolments: how
     * many, of how many clients, the shortest, longest and their sum, and the two middle ones (equal for an odd
     * count).
     */
    record DurationStats(boolean ended, long enrolments, long clients, int min, int max, long sum, int lowerMedian,
            int upperMedian) {
    }

    /**
     * @return for the enrolments started on or before {@code asOf}: those ended on or before it (months from the
     *     start to the last day), and the others (months from the start to {@code asOf}); a line only where there are
     *     some
     */
    List<DurationStats> durations(Selection selection, LocalDate asOf);

    /**
     * A period of an export of enrolled and ended.
     *
     * @param index the period's number, which its counts carry
     */
    record Slice(int index, LocalDate first, LocalDate last) {
    }

    /**
     * The enrolments of one legal gender active (started on or before the period's last day, not ended before its
     * first), started and ended in one period.
     */
    record FlowCount(int slice, String legalGender, long active, long started, long ended) {
    }

    /** @return per period and legal gender, the counts; nothing where none is active */
    List<FlowCount> flow(Selection selection, List<Slice> slices);

    /**
     * The enrolments started at one age (whole years on the first day), with the dropouts among them, those with a
     * completed response answering the question, and those whose latest such response gives a positive code.
     */
    record AgeCount(int age, long enrolments, long dropouts, long answered, long positive) {
    }

    /**
     * @param linkId the question that tells the change
     * @param positive the codes of positive change
     * @return per age on the first day, for the enrolments started in [from, to]: dropouts (ended with reason
     *     {@code DROPOUT} on or before {@code asOf}), those with a completed response answered on or before
     *     {@code asOf} that answers the question, and those whose latest such response (by the day answered, then
     *     id) gives one of the codes
     */
    List<AgeCount> shares(Selection selection, LocalDate from, LocalDate to, LocalDate asOf, String linkId,
            Set<String> positive);

    /**
     * An enrolment's first and latest measurement on a scale; the number stays inside Följa (it becomes a
     * pseudonym).
     */
    record ScaleMeasures(long enrolmentId, String unit, String clientNumber, int birthDay, String legalGender,
            int measurements, LocalDate firstDay, BigDecimal first, LocalDate latestDay, BigDecimal latest) {

        /** Masked: the number never reaches a log line through {@code toString}. */
        @Override
        public String toString() {
            return "ScaleMeasures[" + enrolmentId + "]";
        }
    }

    /** Receives the enrolments' measures one by one. */
    @FunctionalInterface
    interface MeasuresConsumer {
        /** @return false to stop reading */
        boolean accept(ScaleMeasures measures) throws IOException;
    }

    /**
     * Per enrolment, by id, with at least two completed responses answered in [from, to] by {@code role} that answer
     * every one of {@code items}: the sums of the items' values at the first and at the latest (by the day answered,
     * then the occasion's sequence, then id), read through a cursor.
     */
    void scaleMeasures(Selection selection, LocalDate from, LocalDate to, RespondentRole role, List<String> items,
            MeasuresConsumer measures) throws IOException;

    /** A client of the responses; the number stays inside Följa (it becomes a pseudonym). */
    record ResponseClient(long id, String clientNumber, int birthDay, String legalGender) {

        /** Masked: the number never reaches a log line through {@code toString}. */
        @Override
        public String toString() {
            return "ResponseClient[" + id + "]";
        }
    }

    /**
     * One value of an answer.
     *
     * @param kind {@code CODING}, {@code INTEGER}, {@code DECIMAL}, {@code DATE} or {@code BOOLEAN}
     * @param value the code, the number as plain digits, the day as {@code yyyy-mm-dd}, {@code true} or
     *     {@code false}
     */
    record AnswerValueText(String linkId, String kind, String value) {
    }

    /** A completed response with the values of the questions read, in the response's order; its client by id. */
    record ResponseRecord(long id, long clientId, String unit, int templateVersion, String occasion, int sequence,
            RespondentRole role, LocalDate answeredOn, List<AnswerValueText> answers) {
    }

    /** Receives the clients one by one. */
    @FunctionalInterface
    interface ClientConsumer {
        void accept(ResponseClient client);
    }

    /** Receives the responses one by one. */
    @FunctionalInterface
    interface ResponseConsumer {
        /** @return false to stop reading */
        boolean accept(ResponseRecord response) throws IOException;
    }

    /**
     * The completed responses answered in [from, to]: first every client they name, then the responses by the day
     * answered, then id, both from one snapshot of the database (every response's client has come before it); the
     * responses through a cursor.
     *
     * @param linkIds the questions whose values are read (never free text: those values are not read at all)
     */
    void responses(Selection selection, LocalDate from, LocalDate to, Collection<String> linkIds,
            ClientConsumer clients, ResponseConsumer responses) throws IOException;
}
