package se.folja.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import se.folja.api.ibic.LifeAreaMapper;
import se.folja.api.ibic.MapOutcome;

/** {@code folja:ibic-map d640 b152 …}: the life area of each ICF code. */
@Service
@Command(scope = "folja", name = "ibic-map",
        description = "Livsområde för ICF-koder / The IBIC life area of each ICF code")
public final class IbicMapCommand implements Action {

    @Reference
    LifeAreaMapper mapper;

    @Reference
    Session session;

    @Argument(index = 0, name = "codes", description = "ICF codes, e.g. d640 b152", required = true,
            multiValued = true)
    List<String> codes;

    @Override
    public Object execute() {
        table(mapper.mapAll(codes), mapper.lifeAreas().version()).print(session.getConsole());
        return null;
    }

    static ShellTable table(List<MapOutcome> outcomes, String version) {
        ShellTable table = new ShellTable().emptyTableText("No codes");
        table.column("ICF");
        table.column("Area");
        table.column("Livsområde / life area (" + version + ")");
        table.column("Titel / title");
        for (MapOutcome o : outcomes) {
            if (o.mapping() == null) {
                table.addRow().addContent(o.input(), "-", "Fel / error: " + o.error(), "");
            } else {
                String title = o.mapping().titleSv() != null ? o.mapping().titleSv()
                        : o.mapping().titleEn() != null ? o.mapping().titleEn() : "";
                table.addRow().addContent(o.mapping().code().code(), o.mapping().area().code(),
                        o.mapping().area().labelSv() + " / " + o.mapping().area().labelEn(), title);
            }
        }
        return table;
    }
}
