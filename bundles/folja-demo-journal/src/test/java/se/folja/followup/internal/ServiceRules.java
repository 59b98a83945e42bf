package se.folja.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import se.folja.api.followup.Answer;
import se.folja.api.followup.Enrolment;
import se.folja.api.followup.EnrolmentEndReason;
import se.folja.api.followup.EnrolmentStatus;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpValueSets;
import se.folja.api.followup.Occasion;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.RespondentRole;
import se.folja.api.nondelivery.Grant;
import se.folja.api.person.PersonalIdentityNumber;

/**
 * The follow-up services' own rules, opened to the demo's tests (the classes are package-private in
 * {@code folja-followup}): the built-in templates as Följa reads them, the response reader that checks a
 * QuestionnaireResponse as {@code DefaultResponses} does, the occasion schedule, and how long an intervention has
 * run as {@code DefaultEnrolments} traces it through a client's grants. Test code only; the demo itself uses the
 * services.
 */
public final class ServiceRules {

    /** Kalmar's reason codes, as the catalogue ships them. */
    private static final Set<String> REASON_CODES = Set.of("PERSONALBRIST", "PAVERKAN_OMVARLD", "NY_OKAND_PERSONAL",
            "MAENDE", "VILL_EJ_UPPGE", "ANNAN_SOCIAL_AKTIVITET", "ARBETE_STUDIER", "ANNAN_FORMELL_AKTIVITET",
            "SER_INTE_BEHOV", "FEL_TID", "BORTREST", "VILL_INTE_HA_PERSONAL", "COVID19");
    /** IBIC's life areas and its own two areas: what a life-area question takes. */
    private static final Set<String> LIFE_AREAS = Set.of("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9",
            "TRYGGHET", "NARSTAENDESTOD");

    private ServiceRules() {
    }

    private static final Map<String, FollowUpTemplate> TEMPLATES = new ConcurrentHashMap<>();

    /** @return the built-in template as Följa reads it */
    public static FollowUpTemplate template(String code) {
        return TEMPLATES.computeIfAbsent(code, c -> new JsonTemplateReader().read(BuiltInTemplates.shipped().stream()
                .filter(s -> s.code().equals(c)).findFirst().orElseThrow().document().read()).template());
    }

    /**
     * Reads a response as {@code DefaultResponses} does.
     *
     * @throws se.folja.api.ValidationException naming every wrong answer
     */
    public static List<Answer> read(String template, RespondentRole role, byte[] json) {
        Respondent respondent = template(template).respondent(role).orElseThrow();
        return new ResponseReader(new ResponseReader.Codes(REASON_CODES::contains, LIFE_AREAS::contains))
                .read(json, respondent.questionnaire(), FollowUpValueSets.questionnaireUrl(template, role), 1);
    }

    /** @return the day the {@code sequence}th time of the occasion falls due for the enrolment, as the service has it */
    public static Optional<LocalDate> due(String template, String occasion, int sequence, String client,
            LocalDate start, LocalDate end, EnrolmentEndReason reason) {
        Occasion o = template(template).occasions().stream().filter(x -> x.code().equals(occasion)).findFirst()
                .orElseThrow();
        Enrolment enrolment = new Enrolment(1, 1, template, 1, "UNIT", PersonalIdentityNumber.ofDigits(client), null,
                null, start, end, reason, end == null ? EnrolmentStatus.ONGOING : EnrolmentStatus.ENDED, null, 1,
                "system", Instant.EPOCH);
        return OccasionSchedule.due(o, sequence, enrolment);
    }

    /** @return the first day of the intervention the grant is part of, traced as proposals trace it */
    public static LocalDate runningSince(Grant grant, List<Grant> history) {
        return DefaultEnrolments.runningSince(grant, history);
    }
}
