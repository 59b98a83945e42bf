package se.folja.api.followup;

import java.util.List;
import java.util.Objects;

/**
 * A scoring scale of a template (e.g. ORS's total): the sum of numeric items of one respondent's answers, with a
 * clinical cutoff and a reliable-change threshold per age group.
 *
 * @param code unique in the template, {@code [a-z0-9-]+}, never null
 * @param title the scale's name, never null
 * @param respondent whose answers are summed, never null
 * @param sumOf the linkIds of that respondent's integer or decimal items that are summed, at least one
 * @param higherIsBetter whether a higher sum is the better outcome
 * @param clinicalCutoff the cutoff per age group, age ranges not overlapping; may be empty, never null
 * @param reliableChange the reliable-change threshold per age group, age ranges not overlapping; may be empty,
 *     never null
 * @since 1.0.0
 */
public record ScoringScale(String code, LocalizedText title, RespondentRole respondent, List<String> sumOf,
        boolean higherIsBetter, List<AgeThreshold> clinicalCutoff, List<AgeThreshold> reliableChange) {

    public ScoringScale {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(respondent, "respondent");
        sumOf = List.copyOf(sumOf);
        if (sumOf.isEmpty()) {
            throw new IllegalArgumentException("sumOf must name at least one item");
        }
        clinicalCutoff = List.copyOf(clinicalCutoff);
        reliableChange = List.copyOf(reliableChange);
    }

    /** Gives codes and counts, not the title. */
    @Override
    public String toString() {
        return "ScoringScale[" + code + ", " + respondent + ", sumOf=" + sumOf + ", higherIsBetter=" + higherIsBetter
                + ", cutoffs=" + clinicalCutoff.size() + ", reliableChange=" + reliableChange.size() + "]";
    }
}
