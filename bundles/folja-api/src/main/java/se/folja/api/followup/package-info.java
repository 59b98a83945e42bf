/**
 * Follow-up templates (<em>uppföljningsmallar</em>): Följa's envelope (code, titles, target population,
 * respondent roles, measurement occasions, scoring scales) around one FHIR R4 Questionnaire per respondent role,
 * read into records from the JSON document an administrator uploads or a bundle ships. The supported subset of
 * the Questionnaire and every rule are in {@code docs/followup-templates.md}.
 *
 * @since 1.0.0 (1.1.0: stored versions, enablements)
 */
@Export
@Version("1.1.0")
package se.folja.api.followup;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
