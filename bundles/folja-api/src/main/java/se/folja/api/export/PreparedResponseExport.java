package se.folja.api.export;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A follow-up's record export of responses, checked and ready to stream: besides its metadata, the questions whose
 * answers each row carries are known before the first row.
 *
 * @since 1.2.0
 */
@ProviderType
public interface PreparedResponseExport extends PreparedExport<FollowUpResponseRow> {

    /** @return the exported questions, in the questionnaires' order: every question but free text */
    List<QuestionColumn> questions();
}
