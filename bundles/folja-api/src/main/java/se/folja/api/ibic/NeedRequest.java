package se.folja.api.ibic;

/**
 * A need as the user entered it: exactly one of {@code icf}, {@code lifeArea} and {@code term}.
 *
 * @param icf an ICF code, e.g. {@code d640}
 * @param lifeArea a life area's or IBIC area's code, for a need without an ICF code, e.g. {@code TRYGGHET}
 * @param term a local need label that the current mapping maps to a code or area
 * @param qualifier assessed functioning: 0–4, 8 or 9
 * @param goalQualifier intended functioning: 0–4, 8 or 9; may be null
 * @param goalText the goal in words, at most 2,000 characters; may be null
 * @since 1.0.0
 */
public record NeedRequest(String icf, String lifeArea, String term, Integer qualifier, Integer goalQualifier,
        String goalText) {

    @Override
    public String toString() {
        return "NeedRequest[" + icf + ", " + lifeArea + ", " + qualifier + "]";
    }
}
