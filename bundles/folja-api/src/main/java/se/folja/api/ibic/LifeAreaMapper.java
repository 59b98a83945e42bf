package se.folja.api.ibic;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;

/**
 * ICF codes to IBIC's life areas (<em>livsområden</em>) and related-factor groups, from versioned data that ships
 * with Följa; titles and existence from the municipality's loaded code list.
 *
 * @since 1.0.0
 */
@ProviderType
public interface LifeAreaMapper {

    /** @return the current version of the life areas */
    LifeAreaSet lifeAreas();

    /**
     * @return an earlier or the current version of the life areas
     * @throws NotFoundException if there is no such version
     */
    LifeAreaSet lifeAreas(String version);

    /** @return every version's identifier, oldest first; the last is current */
    List<String> versions();

    /**
     * @param code an ICF code, e.g. {@code d640}
     * @return its area in the current version, with titles if a code list is loaded
     * @throws ValidationException naming {@code field} if the code is not structurally valid, or, once a code list
     *     is loaded, not in it
     */
    IcfMapping map(String field, String code);

    /**
     * Maps many codes at once; a bad code does not stop the others.
     *
     * @return one outcome per code, in the order given
     */
    List<MapOutcome> mapAll(List<String> codes);
}
