package se.folja.export.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import se.folja.api.export.ScaleOutcome;
import se.folja.api.followup.AgeThreshold;
import se.folja.api.followup.ScoringScale;

/**
 * Classifies a change on a scale by the template's scoring (domain.md, ORS): reliable when the change is at least the
 * reliable-change threshold of the client's age group; recovered when reliably improved and the total crossed the
 * clinical cutoff of that age group in the good direction — for a scale where higher is better, from below the cutoff
 * (the clinical range) to the cutoff or above.
 */
final class ScaleClassifier {

    /** A change's class, and whether the client recovered. */
    record Classified(ScaleOutcome outcome, boolean recovered) {
    }

    private ScaleClassifier() {
    }

    /**
     * @param age the client's age in whole years at the first measurement
     * @param first the total at the first measurement
     * @param latest the total at the latest
     */
    static Classified classify(ScoringScale scale, int age, BigDecimal first, BigDecimal latest) {
        Optional<BigDecimal> threshold = threshold(scale.reliableChange(), age);
        if (threshold.isEmpty()) {
            return new Classified(ScaleOutcome.NOT_CLASSIFIED, false);
        }
        BigDecimal change = latest.subtract(first);
        BigDecimal better = scale.higherIsBetter() ? change : change.negate();
        ScaleOutcome outcome;
        if (better.signum() != 0 && better.abs().compareTo(threshold.get()) >= 0) {
            outcome = better.signum() > 0 ? ScaleOutcome.RELIABLY_IMPROVED : ScaleOutcome.RELIABLY_DETERIORATED;
        } else {
            outcome = ScaleOutcome.NO_RELIABLE_CHANGE;
        }
        boolean recovered = outcome == ScaleOutcome.RELIABLY_IMPROVED && threshold(scale.clinicalCutoff(), age)
                .map(cutoff -> clinical(scale, first, cutoff) && !clinical(scale, latest, cutoff)).orElse(false);
        return new Classified(outcome, recovered);
    }

    /** @return whether a total is in the clinical range: below the cutoff, or above it where lower is better */
    static boolean clinical(ScoringScale scale, BigDecimal total, BigDecimal cutoff) {
        int c = total.compareTo(cutoff);
        return scale.higherIsBetter() ? c < 0 : c > 0;
    }

    /** @return the value of the age group that holds the age, if any */
    static Optional<BigDecimal> threshold(List<AgeThreshold> thresholds, int age) {
        return thresholds.stream().filter(t -> t.ageYears().contains(age)).map(AgeThreshold::value).findFirst();
    }
}
