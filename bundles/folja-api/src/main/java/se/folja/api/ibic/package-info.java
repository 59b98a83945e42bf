/**
 * IBIC (<em>Individens behov i centrum</em>): ICF codes, IBIC's life areas (<em>livsområden</em>) and the
 * mapping between them, the municipality's licensed ICF code list, local terms mapped to codes or areas in
 * versions, and assessments (<em>bedömningar</em>) of clients' needs.
 *
 * <p>The life areas and the structure of ICF codes ship with Följa as versioned data; ICF's titles are WHO's
 * (CC BY-ND 3.0 IGO, Swedish by Socialstyrelsen) and are read from a code list the municipality loads.
 *
 * @since 1.0.0
 */
@Export
@Version("2.0.0")
package se.folja.api.ibic;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
