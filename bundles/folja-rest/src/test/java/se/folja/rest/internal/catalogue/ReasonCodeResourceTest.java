package se.folja.rest.internal.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.folja.api.ValidationException;
import se.folja.api.reasons.Initiator;
import se.folja.api.reasons.Language;
import se.folja.api.reasons.ReasonCode;
import se.folja.rest.internal.RestConfig;

class ReasonCodeResourceTest {

    private static final Instant CHANGED = Instant.parse("2025-03-01T10:00:00Z");

    private static ReasonCode reason(String code, long version) {
        return new ReasonCode(code, code.toLowerCase(), code.toLowerCase(), Initiator.CLIENT, 10, true, version,
                CHANGED);
    }

    private static final List<ReasonCode> REASONS = List.of(reason("BORTREST", 1), reason("SJUK", 2),
            reason("PERSONALBRIST", 1));

    @Test
    void languageDefaultsToSwedish() {
        assertEquals(Language.SV, ReasonCodeResource.language(null));
    }

    @Test
    void languageAcceptsEnglishAndSwedish() {
        assertEquals(Language.EN, ReasonCodeResource.language("en"));
        assertEquals(Language.SV, ReasonCodeResource.language("sv"));
    }

    @Test
    void otherLanguagesAreAValidationErrorNamingLang() {
        ValidationException e = assertThrows(ValidationException.class, () -> ReasonCodeResource.language("de"));

        assertEquals("lang", e.errors().get(0).field());
    }

    @Test
    void tagIsEqualForEqualInput() {
        List<ReasonCode> copy = List.of(reason("BORTREST", 1), reason("SJUK", 2), reason("PERSONALBRIST", 1));

        assertEquals(ReasonCodeResource.tag(REASONS, Language.SV), ReasonCodeResource.tag(copy, Language.SV));
    }

    @Test
    void tagDiffersBetweenLanguages() {
        assertNotEquals(ReasonCodeResource.tag(REASONS, Language.SV), ReasonCodeResource.tag(REASONS, Language.EN));
    }

    @Test
    void tagChangesWhenAnyReasonsVersionChanges() {
        for (int i = 0; i < REASONS.size(); i++) {
            List<ReasonCode> changed = new java.util.ArrayList<>(REASONS);
            ReasonCode r = changed.get(i);
            changed.set(i, reason(r.code(), r.version() + 1));

            assertNotEquals(ReasonCodeResource.tag(REASONS, Language.SV),
                    ReasonCodeResource.tag(changed, Language.SV), "version of " + r.code());
        }
    }

    @Test
    void tagChangesWhenAReasonLeavesTheList() {
        assertNotEquals(ReasonCodeResource.tag(REASONS, Language.EN),
                ReasonCodeResource.tag(REASONS.subList(0, 2), Language.EN));
        assertNotEquals(ReasonCodeResource.tag(REASONS, Language.EN),
                ReasonCodeResource.tag(List.of(REASONS.get(0), REASONS.get(2)), Language.EN));
    }

    @Test
    void theDropdownIsRenderedOnceForEachStateOfTheCatalogueAndLanguage() throws Exception {
        ReasonCodeResource resource = new ReasonCodeResource(null, new RestConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return RestConfig.class;
            }

            @Override
            public int dropdown_maxAgeSeconds() {
                return 60;
            }
        });
        ReasonCodeResource.Rendered first = resource.rendered(REASONS, Language.SV);
        assertEquals("[{\"code\":\"BORTREST\",\"label\":\"bortrest\",\"initiator\":\"CLIENT\",\"sortOrder\":10},"
                + "{\"code\":\"SJUK\",\"label\":\"sjuk\",\"initiator\":\"CLIENT\",\"sortOrder\":10},"
                + "{\"code\":\"PERSONALBRIST\",\"label\":\"personalbrist\",\"initiator\":\"CLIENT\",\"sortOrder\":10}]",
                new String(first.json(), java.nio.charset.StandardCharsets.UTF_8));
        assertSame(first, resource.rendered(List.copyOf(REASONS), Language.SV), "an equal catalogue is not rendered again");
        assertNotSame(first, resource.rendered(REASONS, Language.EN));

        List<ReasonCode> retired = REASONS.subList(0, 2);
        ReasonCodeResource.Rendered after = resource.rendered(retired, Language.SV);
        assertNotEquals(first.tag(), after.tag());
        assertFalse(new String(after.json(), java.nio.charset.StandardCharsets.UTF_8).contains("PERSONALBRIST"));
    }

    @Test
    void tagIsAStrongTag() {
        assertFalse(ReasonCodeResource.tag(REASONS, Language.SV).isWeak());
    }
}
