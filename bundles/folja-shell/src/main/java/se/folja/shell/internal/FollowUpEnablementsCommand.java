package se.folja.shell.internal;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import se.folja.api.Actor;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementQuery;
import se.folja.api.followup.Enablements;

/**
 * {@code folja:followup-enablements [--unit BOSTOD_NORR] [--template ORS] [--all]}: the enablements in force now or
 * later, or with {@code --all} also the disabled and ended ones.
 */
@Service
@Command(scope = "folja", name = "followup-enablements",
        description = "Aktiverade uppföljningsmallar per enhet / Follow-up templates enabled per unit")
public final class FollowUpEnablementsCommand implements Action {

    @Reference
    Enablements enablements;

    @Reference
    Session session;

    @Option(name = "--unit", description = "Only this unit (may be given more than once)", multiValued = true)
    List<String> units;

    @Option(name = "--template", description = "Only this template's code")
    String template;

    @Option(name = "--all", description = "Also disabled enablements and those whose period has ended")
    boolean all;

    @Override
    public Object execute() {
        table(list(ShellActor.administrator())).print(session.getConsole());
        return null;
    }

    List<Enablement> list(Actor actor) {
        return enablements.list(new EnablementQuery(units == null ? Set.of() : Set.copyOf(units), template, all),
                actor);
    }

    static ShellTable table(List<Enablement> enablements) {
        ShellTable table = new ShellTable().emptyTableText("Inga aktiverade mallar / No enablements");
        table.column("Id");
        table.column("Mall / template");
        table.column("Version");
        table.column("Enhet / unit");
        table.column("Från / from");
        table.column("Till / to");
        table.column("Status");
        table.column("Källa / source");
        table.column("Revision");
        for (Enablement e : enablements) {
            table.addRow().addContent(e.id(), e.templateCode(), e.templateVersion(), e.unit(), e.from(),
                    FollowUpText.to(e.to()), FollowUpText.status(e.status()), FollowUpText.source(e),
                    e.revision());
        }
        return table;
    }
}
