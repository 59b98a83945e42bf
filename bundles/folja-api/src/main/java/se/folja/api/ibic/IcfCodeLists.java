package se.folja.api.ibic;

import java.io.InputStream;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import se.folja.api.Actor;
import se.folja.api.ValidationException;

/**
 * The municipality's licensed ICF code list. Until one is loaded, codes are checked for structure only; once one
 * is loaded, codes must also exist in it, and its titles are shown.
 *
 * @since 1.0.0
 */
@ProviderType
public interface IcfCodeLists {

    /**
     * Replaces the code list with the one read from {@code content}, all or nothing.
     *
     * @param name a name for the list, used if the file gives none; may be null
     * @throws ValidationException naming the line or element and the problem, e.g. {@code line 12: code}; nothing
     *     is stored
     */
    IcfCodeListInfo load(IcfCodeListFormat format, InputStream content, String name, Actor actor);

    /** @return the loaded list, if any */
    Optional<IcfCodeListInfo> current();

    /** @return the code with its titles, if the loaded list has it */
    Optional<IcfCodeEntry> entry(String code);
}
