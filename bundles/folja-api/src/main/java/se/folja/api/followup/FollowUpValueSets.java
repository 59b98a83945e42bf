package se.folja.api.followup;

/**
 * The canonical URLs of the value sets a choice question may take its answers from ({@code answerValueSet}), of
 * their code systems, and of the templates' questionnaires.
 *
 * @since 1.0.0
 */
public final class FollowUpValueSets {

    /** The reason catalogue's codes: a {@link QuestionType#REASON_CODE} question. */
    public static final String REASON_CODES = "https://folja.se/fhir/ValueSet/reason-codes";

    /** IBIC's life areas: a {@link QuestionType#LIFE_AREA} question. */
    public static final String IBIC_LIFE_AREAS = "https://folja.se/fhir/ValueSet/ibic-life-areas";

    /**
     * The code system of the reason catalogue: the {@code system} of a {@link QuestionType#REASON_CODE} answer.
     *
     * @since 1.1.0
     */
    public static final String REASON_CODE_SYSTEM = "https://folja.se/fhir/CodeSystem/reason-codes";

    /**
     * The code system of IBIC's life areas: the {@code system} of a {@link QuestionType#LIFE_AREA} answer.
     *
     * @since 1.1.0
     */
    public static final String IBIC_LIFE_AREA_SYSTEM = "https://folja.se/fhir/CodeSystem/ibic-life-areas";

    /**
     * The start of the canonical URL of a template's questionnaire for a respondent role.
     *
     * @since 1.1.0
     */
    public static final String QUESTIONNAIRE_URL_PREFIX = "https://folja.se/fhir/Questionnaire/";

    /**
     * The canonical URL of a template's questionnaire for one respondent role, the same for every version of the
     * template (FHIR's {@code Questionnaire.url}; the version is {@code Questionnaire.version}): the template code
     * with {@code _} written {@code .}, a dash, and the role in lower case without {@code _}, e.g.
     * {@code https://folja.se/fhir/Questionnaire/KALMAR.BOENDESTOD-provider}.
     *
     * @since 1.1.0
     */
    public static String questionnaireUrl(String templateCode, RespondentRole role) {
        return QUESTIONNAIRE_URL_PREFIX + templateCode.replace('_', '.') + "-" + roleToken(role);
    }

    /**
     * @return the role as questionnaire URLs and ids write it: {@code caseofficer}, {@code provider}, {@code client}
     * @since 1.1.0
     */
    public static String roleToken(RespondentRole role) {
        return role.name().replace("_", "").toLowerCase(java.util.Locale.ROOT);
    }

    private FollowUpValueSets() {
    }
}
