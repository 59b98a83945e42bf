package se.folja.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.folja.api.FieldError;
import se.folja.api.ValidationException;
import se.folja.api.ibic.IcfCodeListFormat;
import se.folja.api.ibic.IcfCodeListInfo;
import se.folja.api.ibic.IcfCodeLists;

/** {@code folja:icf-load /path/icf.csv}: loads the municipality's ICF code list, replacing the loaded one. */
@Service
@Command(scope = "folja", name = "icf-load",
        description = "Läs in kommunens ICF-kodlista / Load the municipality's ICF code list (CSV or FHIR CodeSystem"
                + " JSON), replacing the loaded one, all or nothing")
public final class IcfLoadCommand implements Action {

    @Reference
    IcfCodeLists codeLists;

    @Reference
    Session session;

    @Argument(index = 0, name = "file", description = "The code list: .csv, or .json with a FHIR CodeSystem",
            required = true)
    String file;

    @Option(name = "--format", description = "csv or fhir (default: from the file's extension)")
    String format;

    @Option(name = "--name", description = "A name for the list if the file gives none")
    String name;

    @Override
    public Object execute() throws IOException {
        PrintStream console = session.getConsole();
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            console.println("Filen finns inte / No such file: " + path);
            return null;
        }
        IcfCodeListFormat chosen = format(format, path);
        if (chosen == null) {
            console.println("Ange --format csv eller fhir / Give --format csv or fhir");
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            IcfCodeListInfo info = codeLists.load(chosen, in, name, ShellActor.current());
            console.println("Inläst / Loaded: " + info.name() + (info.version() == null ? "" : " " + info.version())
                    + ", " + info.codes() + " koder / codes (load " + info.id() + ")");
        } catch (ValidationException e) {
            console.println("Inget lästes in / Nothing was loaded:");
            for (FieldError error : e.errors()) {
                console.println("  " + error.field() + ": " + error.message());
            }
        }
        return null;
    }

    static IcfCodeListFormat format(String option, Path path) {
        String given = option != null ? option : path.getFileName().toString();
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.equals("csv") || lower.endsWith(".csv")) {
            return IcfCodeListFormat.CSV;
        }
        if (lower.equals("fhir") || lower.equals("json") || lower.endsWith(".json")) {
            return IcfCodeListFormat.FHIR_JSON;
        }
        return null;
    }
}
