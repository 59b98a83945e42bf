package se.folja.ibic.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the IBIC services, PID {@code se.folja.ibic}. */
@ObjectClassDefinition(
        name = "Följa IBIC life areas and ICF code list",
        description = "ICF codes to IBIC's life areas (livsområden), and the municipality's loaded ICF code list.")
public @interface IbicConfig {

    @AttributeDefinition(
            name = "Code list cache (seconds)",
            description = "How long the loaded ICF code list is kept in memory for mapping and validation (0-3600;"
                    + " 0 reads the database every time). A load on this node is seen at once; one made by another"
                    + " node sharing the database within this time.",
            min = "0", max = "3600")
    int cache_seconds() default 30;

    @AttributeDefinition(
            name = "Most codes in a list",
            description = "The most codes a loaded ICF code list may hold (ICF has about 2,000 codes with chapters).",
            min = "1", max = "1000000")
    int codeList_maxCodes() default 20000;
}
