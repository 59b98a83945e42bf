package se.folja.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.Test;

/**
 * The demo assembly carries its configuration in {@code etc/} from the build on: nothing is written into
 * {@code etc/} at the first start, where Felix FileInstall could read a half-written file and write the empty
 * configuration back (see docs/stack-pitfalls.md). Reads the built archive; starts nothing.
 */
public class AssemblyConfigurationIT {

    private static final Path DEFAULTS = Path.of("../features/src/main/resources");

    @Test
    public void theAssemblyShipsItsConfigurationInEtc() throws IOException {
        Map<String, byte[]> etc = etcFiles(Path.of(System.getProperty("folja.assembly")));

        for (String file : new String[] {"org.ops4j.datasource-folja.cfg", "se.folja.export.cfg",
                "folja-demo-users.properties"}) {
            byte[] shipped = etc.get(file);
            assertNotNull("etc/" + file + " is not in the assembly; it has " + etc.keySet(), shipped);
            assertArrayEquals("etc/" + file + " as in features/src/main/resources",
                    Files.readAllBytes(DEFAULTS.resolve(file)), shipped);
        }
    }

    @Test
    public void theAssemblyNeedsNoJvmOptionAgainstJava17sZipChecks() throws IOException {
        byte[] setenv = etcFiles(Path.of(System.getProperty("folja.assembly")), "bin/").get("setenv");
        assertNotNull(setenv);
        assertFalse(new String(setenv, StandardCharsets.UTF_8).contains("disableZip64ExtraFieldValidation"));
    }

    private static Map<String, byte[]> etcFiles(Path archive) throws IOException {
        return etcFiles(archive, "etc/");
    }

    /** The files directly under {@code directory} of a tar.gz, by name (ustar headers, as Maven writes them). */
    private static Map<String, byte[]> etcFiles(Path archive, String directory) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            byte[] header = new byte[512];
            String longName = null;
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = longName != null ? longName : field(header, 345, 155).isEmpty()
                        ? field(header, 0, 100) : field(header, 345, 155) + "/" + field(header, 0, 100);
                longName = null;
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] content = in.readNBytes((int) size);
                in.readNBytes((int) ((512 - size % 512) % 512));
                char type = (char) header[156];
                if (type == 'L') { // GNU long name: the next entry's name
                    longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                int at = name.indexOf('/' + directory);
                if (at >= 0 && (type == '0' || type == 0) && name.indexOf('/', at + directory.length() + 1) < 0) {
                    files.put(name.substring(at + directory.length() + 1), content);
                }
            }
        }
        return files;
    }

    private static String field(byte[] header, int offset, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = offset; i < offset + length && header[i] != 0; i++) {
            out.write(header[i]);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
