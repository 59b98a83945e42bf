package se.folja.api.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * The results of follow-ups for statisticians, per template: answer distributions, enrolment durations, enrolled
 * and ended per period and gender, shares by age group, scale change, and pseudonymised records. As every export,
 * each is audited, counts of fewer than k individuals are suppressed with their complements, and clients appear only
 * as keyed pseudonyms. Free-text answers never leave Följa, not even counted by value.
 *
 * <p>Enrolments count unless annulled; responses count when completed (not entered in error) and their enrolment is
 * not annulled. The selection's template version, if given, limits them to those of that version; its units to
 * those units (each one the reader reaches).
 *
 * @since 1.2.0
 */
@ProviderType
public interface FollowUpExports {

    /**
     * Per question of the template version(s), the distribution of the answers of the completed responses answered in
     * [from, to]: per answer the responses and clients for choice, reason-code, life-area and yes/no questions; count,
     * least, greatest, mean and median for number questions; count and earliest and latest month for date questions.
     *
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version}, {@code from} or {@code to}
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    FollowUpTable<AnswerLine> answers(FollowUpSelection selection, LocalDate from, LocalDate to, Actor actor);

    /**
     * Enrolment durations in whole months, Umeå's table: the enrolments started on or before {@code asOf} that are
     * ongoing on it (not ended, or ended after it; months from the start to {@code asOf}) and those ended on or before
     * it (months from the start to the last day).
     *
     * @param asOf the day asked about; null for today (Swedish time)
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version} or {@code asOf}
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    FollowUpTable<DurationLine> durations(FollowUpSelection selection, LocalDate asOf, Actor actor);

    /**
     * Enrolments active, started and ended in each month, quarter or year of [from, to], by legal gender, with every
     * total.
     *
     * @param interval the periods; null for months
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version}, {@code from} or {@code to}
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    FollowUpTable<FlowLine> flow(FollowUpSelection selection, LocalDate from, LocalDate to, FlowInterval interval,
            Actor actor);

    /**
     * Trosa's shares per age group of the enrolments started in [from, to]: positive change and dropout
     * ({@link ShareLine}).
     *
     * @param asOf the day dropouts and responses are counted up to; null for today (Swedish time)
     * @param question the linkId of a choice question of the template whose answers tell the change
     * @param positive the codes of that question that mean positive change, at least one
     * @param ageGroups the age groups, by the age at the start; empty for {@link AgeGroup#DEFAULT}
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version}, {@code from}, {@code to}, {@code asOf}, {@code question}
     *     (missing, not a question of the template, not a choice) or {@code positive} (none, or not an option)
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    FollowUpTable<ShareLine> shares(FollowUpSelection selection, LocalDate from, LocalDate to, LocalDate asOf,
            String question, Set<String> positive, List<AgeGroup> ageGroups, Actor actor);

    /**
     * Change on a scale of the template (ORS's total) from the first to the latest measurement answered in
     * [from, to], per enrolment with at least two, counted per {@link ScaleOutcome} and recovered, in total and,
     * if asked, per unit or age group.
     *
     * @param scale the scale's code; null when the template has exactly one
     * @param groupBy null for {@link ScaleGrouping#NONE}
     * @param ageGroups with {@link ScaleGrouping#AGE_GROUP}, the groups by the age at the first measurement; empty
     *     for {@link AgeGroup#DEFAULT}. An enrolment in no group is left out
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version}, {@code from}, {@code to} or {@code scale}
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    FollowUpTable<ScaleChangeLine> scaleChange(FollowUpSelection selection, LocalDate from, LocalDate to,
            String scale, ScaleGrouping groupBy, List<AgeGroup> ageGroups, Actor actor);

    /**
     * The enrolments of {@link #scaleChange}, one pseudonymised row each; checked now, streamed from the database when
     * written.
     *
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version}, {@code from}, {@code to} or {@code scale}
     * @throws se.folja.api.UnavailableException if no pseudonym key is configured
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    PreparedExport<ScaleChangeRow> scaleChangeRecords(FollowUpSelection selection, LocalDate from, LocalDate to,
            String scale, Actor actor);

    /**
     * The completed responses answered in [from, to], one pseudonymised row each with the answers to every question
     * that is not free text, by the day answered; checked now, streamed from the database when written.
     *
     * @throws NotFoundException if no template has the selection's code
     * @throws ValidationException naming {@code version}, {@code from} or {@code to}
     * @throws se.folja.api.UnavailableException if no pseudonym key is configured
     * @throws se.folja.api.ForbiddenException if a named unit is not one the reader reaches
     */
    PreparedResponseExport responses(FollowUpSelection selection, LocalDate from, LocalDate to, Actor actor);
}
