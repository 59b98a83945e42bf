package se.folja.followup.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.UnavailableException;
import se.folja.api.ValidationException;
import se.folja.api.followup.FollowUpTemplate;
import se.folja.api.followup.FollowUpTemplateReader;
import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.StoredTemplate;
import se.folja.api.followup.TemplateDocument;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.api.followup.TemplateVersionInfo;
import se.folja.api.lists.ListItem;
import se.folja.api.lists.ListKind;
import se.folja.api.lists.MaintainedLists;
import se.folja.store.spi.FollowUpTemplateStore;

/**
 * The stored follow-up templates over a {@link FollowUpTemplateStore}. A document is read and validated whole by
 * the {@link FollowUpTemplateReader}, its intervention types checked against the catalogue, and stored as the next
 * version of its code unless a version already holds the same bytes (by SHA-256).
 *
 * <p>At activation the bundle's built-in templates ({@link BuiltInTemplates}) are stored the same way, as
 * {@link TemplateOrigin#BUILT_IN} by {@link Actor#SYSTEM}: an unchanged one stores nothing, so a restart makes no
 * version; a changed one becomes its code's next version. One that cannot be stored is logged and skipped.
 *
 * <p>A version is never changed once stored, so what a version reads as is kept in memory (the last
 * {@value #CACHED_VERSIONS} read). A stored document is read again through the reader: if the format's rules were
 * tightened since it was stored, it no longer reads, and {@link #version} answers {@link UnavailableException}
 * (503: an administrator has to upload the template again as a new version) after a WARN naming the code and
 * version, never the document.
 */
@Component(service = FollowUpTemplates.class, immediate = true)
public final class DefaultFollowUpTemplates implements FollowUpTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultFollowUpTemplates.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("se.folja.audit");

    /** How many versions, read and parsed, are kept in memory. */
    static final int CACHED_VERSIONS = 32;

    /** The form of a template's code (docs/followup-templates.md), to echo only well-formed codes in messages. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{2,40}");
    private static final String POPULATION_TYPES = "$.population.interventionTypes";

    private final FollowUpTemplateReader reader;
    private final FollowUpTemplateStore store;
    private final MaintainedLists lists;
    private final Clock clock;
    private final Map<Key, StoredTemplate> read = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, StoredTemplate> eldest) {
            return size() > CACHED_VERSIONS;
        }
    };

    private record Key(String code, int version) {
    }

    @Activate
    public DefaultFollowUpTemplates(@Reference FollowUpTemplateReader reader, @Reference FollowUpTemplateStore store,
            @Reference MaintainedLists lists) {
        this(reader, store, lists, Clock.systemUTC());
        storeBuiltIns(BuiltInTemplates.shipped());
    }

    DefaultFollowUpTemplates(FollowUpTemplateReader reader, FollowUpTemplateStore store, MaintainedLists lists,
            Clock clock) {
        this.reader = reader;
        this.store = store;
        this.lists = lists;
        this.clock = clock;
    }

    /**
     * Stores each built-in template whose bytes no version of its code holds yet. A failure is logged with the code
     * only and does not stop the others.
     *
     * @return how many versions were stored
     */
    int storeBuiltIns(List<BuiltInTemplates.Shipped> builtIns) {
        int stored = 0;
        for (BuiltInTemplates.Shipped builtIn : builtIns) {
            try {
                TemplateUpload upload = store(builtIn.document().read(), TemplateOrigin.BUILT_IN, Actor.SYSTEM);
                if (upload.created()) {
                    stored++;
                    LOG.info("Built-in follow-up template {} stored as version {}", upload.info().code(),
                            upload.info().version());
                }
            } catch (RuntimeException e) {
                // the code only: a refusal's fields and a failure's message stay out of the log
                LOG.warn("Built-in follow-up template {} not stored ({})", builtIn.code(),
                        e.getClass().getSimpleName());
            }
        }
        return stored;
    }

    @Override
    public TemplateUpload store(byte[] json, TemplateOrigin origin, Actor actor) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(actor, "actor");
        if (json == null) {
            throw ValidationException.of("$", "is required: the template's JSON document");
        }
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw ValidationException.of("$", "must be at most " + MAX_DOCUMENT_BYTES + " bytes");
        }
        TemplateDocument document = reader.read(json);
        FollowUpTemplate template = document.template();
        checkInterventionTypes(template);
        String sha256 = sha256(json);
        TemplateUpload upload;
        try {
            upload = storeNext(template, origin, sha256, json, actor);
        } catch (ConflictException raced) {
            // another node stored a version of the code at the same moment: the next one, or the same bytes
            upload = storeNext(template, origin, sha256, json, actor);
        }
        if (upload.created()) {
            TemplateVersionInfo info = upload.info();
            AUDIT.info("followup-template {} version={} STORED origin={} bytes={}", info.code(), info.version(),
                    info.origin(), info.size());
        }
        return upload;
    }

    private TemplateUpload storeNext(FollowUpTemplate template, TemplateOrigin origin, String sha256, byte[] json,
            Actor actor) {
        return store.storeNext(template.code(), template.title(), origin, sha256, json, actor.userName(), now());
    }

    /** Every intervention type of the population must be an active item of the catalogue. */
    private void checkInterventionTypes(FollowUpTemplate template) {
        ValidationException.Builder errors = ValidationException.builder();
        List<String> types = template.population().interventionTypes();
        for (int i = 0; i < types.size(); i++) {
            String field = POPULATION_TYPES + "[" + i + "]";
            ListItem item;
            try {
                item = lists.item(ListKind.INTERVENTION_TYPE, types.get(i));
            } catch (NotFoundException e) {
                errors.add(field, "is not an intervention type of the catalogue");
                continue;
            }
            errors.check(item.active(), field, "is a retired intervention type");
        }
        errors.throwIfAny();
    }

    @Override
    public List<TemplateVersionInfo> latest() {
        return store.latest();
    }

    @Override
    public List<TemplateVersionInfo> versions(String code) {
        List<TemplateVersionInfo> versions = wellFormed(code) ? store.versions(code) : List.of();
        if (versions.isEmpty()) {
            throw notFound(code);
        }
        return versions;
    }

    @Override
    public StoredTemplate latest(String code) {
        List<TemplateVersionInfo> versions = versions(code);
        return version(code, versions.get(versions.size() - 1).version());
    }

    @Override
    public StoredTemplate version(String code, int version) {
        if (!wellFormed(code)) {
            throw notFound(code);
        }
        Key key = new Key(code, version);
        synchronized (read) {
            StoredTemplate known = read.get(key);
            if (known != null) {
                return known;
            }
        }
        TemplateVersionInfo info = store.find(code, version).orElseThrow(() -> notFound(code, version));
        byte[] json = store.document(code, version).orElseThrow(() -> notFound(code, version));
        StoredTemplate stored = new StoredTemplate(info, reread(info, json));
        synchronized (read) {
            read.put(key, stored);
        }
        return stored;
    }

    private TemplateDocument reread(TemplateVersionInfo info, byte[] json) {
        try {
            return reader.read(json);
        } catch (ValidationException e) {
            LOG.warn("Follow-up template {} version {} was stored under format rules this Följa no longer accepts"
                    + " ({} errors); it is not served until a new version is uploaded", info.code(), info.version(),
                    e.errors().size());
            throw new UnavailableException("Version " + info.version() + " of follow-up template " + info.code()
                    + " was stored under format rules this version of Följa no longer accepts; an administrator"
                    + " must upload the template again as a new version");
        }
    }

    private static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The code is echoed only when it has a code's form: a path segment may hold anything. */
    private static NotFoundException notFound(String code) {
        return new NotFoundException("follow-up template", wellFormed(code) ? code : "?");
    }

    private static NotFoundException notFound(String code, int version) {
        return new NotFoundException("follow-up template", code + "' version '" + version);
    }

    static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
