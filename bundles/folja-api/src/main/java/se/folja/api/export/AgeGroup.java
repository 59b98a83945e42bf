package se.folja.api.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.folja.api.ValidationException;

/**
 * An age group of a follow-up export, in whole years, both ends included: {@code 0-20} (youth, as Trosa counts
 * them), {@code 21-} (adults; no upper end).
 *
 * @param min the lowest age, 0-130
 * @param max the highest age, {@code min}-130, or null for no upper end
 * @since 1.2.0
 */
public record AgeGroup(int min, Integer max) {

    /** The groups when none are asked for: youth and adults, as Trosa counts them. */
    public static final String DEFAULT = "0-20,21-";

    /** The highest age a group may name. */
    public static final int OLDEST = 130;

    private static final Pattern GROUP = Pattern.compile("(\\d{1,3})-(\\d{1,3})?");

    public AgeGroup {
        if (min < 0 || min > OLDEST || max != null && (max < min || max > OLDEST)) {
            throw new IllegalArgumentException("an age group is min-max with 0 <= min <= max <= " + OLDEST);
        }
    }

    /** @return whether the group holds the age */
    public boolean contains(int age) {
        return age >= min && (max == null || age <= max);
    }

    /** @return the group as requests and exports name it, e.g. {@code 0-20} or {@code 21-} */
    public String label() {
        return min + "-" + (max == null ? "" : max);
    }

    /**
     * @param text comma-separated groups such as {@code 0-20,21-}; null or blank for {@link #DEFAULT}
     * @param field the parameter's name, for the error
     * @return the groups, in the order given
     * @throws ValidationException naming {@code field} unless each group is {@code min-max} or {@code min-}, ages
     *     0-{@value #OLDEST}, min not above max, no two groups sharing an age, at most 20 groups
     */
    public static List<AgeGroup> parse(String text, String field) {
        String given = text == null || text.isBlank() ? DEFAULT : text;
        List<AgeGroup> groups = new ArrayList<>();
        for (String part : given.split(",", -1)) {
            Matcher m = GROUP.matcher(part.strip());
            if (!m.matches()) {
                throw ValidationException.of(field, "must be age groups such as 0-20,21- (whole years, the last may"
                        + " be open)");
            }
            int min = Integer.parseInt(m.group(1));
            Integer max = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            if (min > OLDEST || max != null && (max < min || max > OLDEST)) {
                throw ValidationException.of(field, "each group must be min-max with 0 <= min <= max <= " + OLDEST);
            }
            AgeGroup group = new AgeGroup(min, max);
            for (AgeGroup other : groups) {
                if (group.overlaps(other)) {
                    throw ValidationException.of(field, "no two groups may share an age");
                }
            }
            groups.add(group);
        }
        if (groups.size() > 20) {
            throw ValidationException.of(field, "must be at most 20 groups");
        }
        return List.copyOf(groups);
    }

    private boolean overlaps(AgeGroup other) {
        long hi = Math.min(max == null ? Long.MAX_VALUE : max, other.max == null ? Long.MAX_VALUE : other.max);
        return Math.max(min, other.min) <= hi;
    }
}
