package se.folja.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.followup.Coding;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.Item;
import se.folja.api.followup.QuestionType;
import se.folja.api.followup.Respondent;
import se.folja.api.followup.ScoringScale;
import se.folja.api.followup.TemplateVersionInfo;

/**
 * The template versions a follow-up export reads: one asked for, or every version. Their questions are the union of
 * the versions' questions by linkId (the newest version's first, in its questionnaires' order, then what older
 * versions add), each with the options every version offers; a question's type is the newest version's. The scales
 * are those of the version asked for, else of the newest.
 *
 * @param code the template's code
 * @param versions the versions read, oldest first
 * @param newest the template of the version asked for, else of the newest version
 * @param questions the questions that take an answer, by linkId, free text included (each export leaves it out)
 */
record TemplateScope(String code, List<Integer> versions, FollowUpTemplate newest, Map<String, Question> questions) {

    /**
     * A question of the template versions.
     *
     * @param options the fixed options of a single or multiple choice, the newest version's first; none otherwise
     * @param valueSet the value set of a reason-code or life-area question, or null
     */
    record Question(String linkId, QuestionType type, List<Coding> options, String valueSet) {
    }

    /**
     * @param version one version, or null for every version
     * @param errors where an unknown version is reported ({@code version}); the scope is then every version's
     * @throws NotFoundException if no template has the code
     */
    static TemplateScope of(FollowUpTemplates templates, String code, Integer version,
            ValidationException.Builder errors) {
        List<TemplateVersionInfo> infos = templates.versions(code);
        List<Integer> versions = infos.stream().map(TemplateVersionInfo::version).toList();
        if (version != null) {
            if (versions.contains(version)) {
                versions = List.of(version);
            } else {
                errors.add("version", "is not a version of the template; its versions: " + versions.stream()
                        .map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }
        List<FollowUpTemplate> newestFirst = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            newestFirst.add(templates.version(code, versions.get(i)).template());
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        for (FollowUpTemplate template : newestFirst) {
            for (Respondent respondent : template.respondents()) {
                for (Item item : respondent.questionnaire().allItems()) {
                    if (item.type().isAnswered()) {
                        questions.merge(item.linkId(), new Question(item.linkId(), item.type(), item.options(),
                                item.valueSet()), TemplateScope::withOptions);
                    }
                }
            }
        }
        return new TemplateScope(code, List.copyOf(versions), newestFirst.get(0), questions);
    }

    /** @return the question as known, with the options of the other that it lacks */
    private static Question withOptions(Question known, Question other) {
        List<Coding> options = new ArrayList<>(known.options());
        for (Coding option : other.options()) {
            if (options.stream().noneMatch(o -> o.code().equals(option.code()))) {
                options.add(option);
            }
        }
        return new Question(known.linkId(), known.type(), options, known.valueSet());
    }

    /** @return the questions a statistician may receive answers to: every one but free text, in order */
    List<Question> exported() {
        return questions.values().stream().filter(q -> !q.type().isFreeText()).toList();
    }

    /** @return the scale with the code, if the template has one */
    Optional<ScoringScale> scale(String scaleCode) {
        return newest.scoring().stream().filter(s -> s.code().equals(scaleCode)).findFirst();
    }

    /** @return the versions read, e.g. {@code 1,2} */
    String versionList() {
        return versions.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
