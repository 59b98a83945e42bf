package se.folja.api.followup;

/**
 * A range of ages in whole years, both ends included; a missing end is open.
 *
 * @param min the lowest age, 0-130, or null for no lower bound
 * @param max the highest age, 0-130, or null for no upper bound
 * @since 1.0.0
 */
public record AgeRange(Integer min, Integer max) {

    /** Every age. */
    public static final AgeRange ANY = new AgeRange(null, null);

    public AgeRange {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min must not be greater than max");
        }
    }

    /**
     * @param age an age in whole years
     * @return whether the range holds it
     */
    public boolean contains(int age) {
        return (min == null || age >= min) && (max == null || age <= max);
    }

    /**
     * @param other another range, not null
     * @return whether some age is in both ranges
     */
    public boolean overlaps(AgeRange other) {
        int lo = Math.max(min == null ? Integer.MIN_VALUE : min, other.min == null ? Integer.MIN_VALUE : other.min);
        int hi = Math.min(max == null ? Integer.MAX_VALUE : max, other.max == null ? Integer.MAX_VALUE : other.max);
        return lo <= hi;
    }
}
