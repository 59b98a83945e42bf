package se.folja.api.ibic;

import java.util.List;
import java.util.Objects;

/**
 * A life area (<em>livsområde</em>) of IBIC, one of IBIC's own areas, or a group of related factors, with IBIC's
 * labels. ICF's own title of a chapter (e.g. d8's <em>Viktiga livsområden</em>) is not IBIC's label; it comes
 * from the municipality's code list.
 *
 * @param code stable code, e.g. {@code D6}, {@code TRYGGHET}, {@code BODY_FUNCTIONS}
 * @param kind what the area is
 * @param labelSv IBIC's Swedish label
 * @param labelEn English label
 * @param icf the ICF code prefixes that belong to the area, e.g. {@code [d6]} or {@code [b]}; empty for IBIC's
 *     own areas
 * @since 1.0.0
 */
public record LifeArea(String code, AreaKind kind, String labelSv, String labelEn, List<String> icf) {

    public LifeArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labelSv, "labelSv");
        Objects.requireNonNull(labelEn, "labelEn");
        icf = List.copyOf(icf);
    }
}
