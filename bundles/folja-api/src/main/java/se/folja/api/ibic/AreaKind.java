package se.folja.api.ibic;

/**
 * What a {@link LifeArea} of IBIC is.
 *
 * @since 1.0.0
 */
public enum AreaKind {
    /** One of IBIC's nine life areas, an ICF chapter of activities and participation (D1–D9). */
    LIFE_AREA,
    /** An area IBIC adds with no ICF code, e.g. <em>Känsla av trygghet</em>. */
    IBIC_AREA,
    /**
     * A group of related factors (<em>relaterade faktorer</em>): body functions, body structures or environmental
     * factors, which help or hinder within a life area but are not one.
     */
    RELATED_FACTORS
}
