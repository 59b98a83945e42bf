package se.folja.rest.internal.followup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.folja.rest.internal.followup.Doubles.BASE;
import static se.folja.rest.internal.followup.Doubles.caller;
import static se.folja.rest.internal.followup.Doubles.info;
import static se.folja.rest.internal.followup.Doubles.uri;
import static se.folja.rest.internal.followup.Doubles.utf8;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.TemplateOrigin;
import se.folja.api.followup.TemplateUpload;
import se.folja.rest.internal.problem.ProblemException;
import se.folja.rest.internal.problem.ProblemJson;
import se.folja.rest.internal.security.Roles;

/** Uploading a template: the body's exact bytes to the service, 201 or 200, and nothing past the size limit read. */
class FollowUpTemplateAdminResourceTest {

    private static final byte[] DOCUMENT = utf8("{\"resourceType\":\"FoljaFollowUpTemplate\",\"code\":\"IT_MALL\","
            + "\"title\":{\"sv\":\"Måendeskattning\"}}\n");

    private final Doubles.Templates templates = new Doubles.Templates();
    private final FollowUpTemplateAdminResource resource = new FollowUpTemplateAdminResource(templates);

    @Test
    void aNewVersionIs201WithTheLocationOfItsDocumentAndTheServiceGetsTheExactBytes() throws Exception {
        templates.nextUpload = new TemplateUpload(info("IT_MALL", 2, DOCUMENT, TemplateOrigin.UPLOADED, "admin"), true);

        Response response = resource.upload(new ByteArrayInputStream(DOCUMENT), caller("admin", Roles.ADMIN), uri());

        assertEquals(201, response.getStatus());
        assertEquals(BASE + "followup-templates/IT_MALL/versions/2", response.getLocation().toString());
        TemplateVersionJson body = (TemplateVersionJson) response.getEntity();
        assertEquals(2, body.version());
        assertEquals("admin", body.storedBy());
        assertArrayEquals(DOCUMENT, templates.uploads.get(0));
        assertEquals(List.of(TemplateOrigin.UPLOADED), templates.origins);
        assertEquals("admin", templates.uploaders.get(0).userName());
    }

    @Test
    void theSameBytesAgainAre200WithTheVersionThatHoldsThemAndNoLocation() throws Exception {
        templates.nextUpload = new TemplateUpload(info("IT_MALL", 1, DOCUMENT, TemplateOrigin.UPLOADED, "anna"), false);

        Response response = resource.upload(new ByteArrayInputStream(DOCUMENT), caller("admin", Roles.ADMIN), uri());

        assertEquals(200, response.getStatus());
        assertNull(response.getLocation());
        assertEquals(BASE + "followup-templates/IT_MALL/versions/1", response.getHeaderString("Content-Location"));
        assertEquals(1, ((TemplateVersionJson) response.getEntity()).version());
    }

    @Test
    void aBodyLargerThanTheLimitIs413BeforeItIsReadToItsEndAndNothingReachesTheService() {
        CountingStream twoMegabytes = new CountingStream(2 * 1024 * 1024);

        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.upload(twoMegabytes, caller("admin", Roles.ADMIN), uri()));

        assertEquals(413, e.response().getStatus());
        assertEquals("application/problem+json", e.response().getMediaType().toString());
        assertTrue(((ProblemJson) e.response().getEntity()).detail().contains("1024 kB"));
        assertTrue(twoMegabytes.read <= FollowUpTemplates.MAX_DOCUMENT_BYTES + 64 * 1024,
                "read " + twoMegabytes.read + " bytes");
        assertEquals(List.of(), templates.uploads);
    }

    @Test
    void aBodyOfExactlyTheLimitReachesTheService() throws Exception {
        templates.nextUpload = new TemplateUpload(info("IT_MALL", 1, DOCUMENT, TemplateOrigin.UPLOADED, "admin"), true);

        resource.upload(new CountingStream(FollowUpTemplates.MAX_DOCUMENT_BYTES), caller("admin", Roles.ADMIN), uri());

        assertEquals(FollowUpTemplates.MAX_DOCUMENT_BYTES, templates.uploads.get(0).length);
    }

    /** A body of {@code size} spaces, made as it is read, that counts what was read. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            read += n;
            return n;
        }
    }
}
