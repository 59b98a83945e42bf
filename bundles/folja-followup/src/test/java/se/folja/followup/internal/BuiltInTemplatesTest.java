package se.folja.followup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The one list of built-in templates is the folder the bundle ships. */
class BuiltInTemplatesTest {

    @Test
    void theListNamesExactlyTheFilesOfTheTemplatesFolder() throws IOException, URISyntaxException {
        URL folder = BuiltInTemplatesTest.class.getClassLoader().getResource(BuiltInTemplates.FOLDER);
        assertNotNull(folder, "the bundle ships " + BuiltInTemplates.FOLDER);
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            files = list.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }

        assertEquals(files, BuiltInTemplates.CODES.stream().map(code -> code + ".json").collect(Collectors.toSet()));
        assertEquals(BuiltInTemplates.CODES.size(), Set.copyOf(BuiltInTemplates.CODES).size(), "each once");
    }

    @Test
    void eachShippedDocumentIsItsFileByteForByteAndHoldsTheTemplateOfItsName() throws IOException,
            URISyntaxException {
        List<BuiltInTemplates.Shipped> shipped = BuiltInTemplates.shipped();
        assertEquals(BuiltInTemplates.CODES, shipped.stream().map(BuiltInTemplates.Shipped::code).toList());
        JsonTemplateReader reader = new JsonTemplateReader();
        for (BuiltInTemplates.Shipped template : shipped) {
            byte[] file = Files.readAllBytes(Path.of(BuiltInTemplatesTest.class.getClassLoader()
                    .getResource(BuiltInTemplates.FOLDER + template.code() + ".json").toURI()));
            byte[] read = template.document().read();
            assertArrayEquals(file, read, template.code());
            assertEquals(template.code(), reader.read(read).template().code());
        }
    }
}
