package se.folja.api.followup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up template (<em>uppföljningsmall</em>): Följa's envelope holding one FHIR questionnaire per
 * respondent role. Its version is not part of it: the store numbers the uploads of a code.
 *
 * @param code the template's identity across versions, {@code [A-Z0-9_-]}, 2-40 characters, never null
 * @param title the title, never null
 * @param purpose the purpose, or null
 * @param population whom it is for, never null ({@link Population#EVERYONE} when the document gives none)
 * @param respondents one to three, each role at most once
 * @param occasions the measurement occasions, one to twenty, codes unique
 * @param scoring the scoring scales, codes unique; may be empty, never null
 * @since 1.0.0
 */
public record FollowUpTemplate(String code, LocalizedText title, LocalizedText purpose, Population population,
        List<Respondent> respondents, List<Occasion> occasions, List<ScoringScale> scoring) {

    public FollowUpTemplate {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(population, "population");
        respondents = List.copyOf(respondents);
        occasions = List.copyOf(occasions);
        scoring = List.copyOf(scoring);
        if (respondents.isEmpty()) {
            throw new IllegalArgumentException("a template has at least one respondent");
        }
        if (occasions.isEmpty()) {
            throw new IllegalArgumentException("a template has at least one occasion");
        }
    }

    /**
     * @param role a role, may be null
     * @return the role's respondent entry, or empty if the template does not ask that role
     */
    public Optional<Respondent> respondent(RespondentRole role) {
        return respondents.stream().filter(r -> r.role() == role).findFirst();
    }

    /** Gives codes and counts, never a text. */
    @Override
    public String toString() {
        return "FollowUpTemplate[" + code + ", respondents="
                + respondents.stream().map(Respondent::role).toList() + ", occasions="
                + occasions.stream().map(Occasion::code).toList() + ", scoring="
                + scoring.stream().map(ScoringScale::code).toList() + "]";
    }
}
