package se.folja.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import se.folja.api.followup.FollowUpTemplates;
import se.folja.api.followup.TemplateVersionInfo;

/** {@code folja:followup-templates}: the latest version of every stored follow-up template. */
@Service
@Command(scope = "folja", name = "followup-templates",
        description = "Uppföljningsmallarna, den senaste versionen av varje / The follow-up templates, the latest"
                + " version of each")
public final class FollowUpTemplatesCommand implements Action {

    @Reference
    FollowUpTemplates templates;

    @Reference
    Session session;

    @Override
    public Object execute() {
        table(templates.latest()).print(session.getConsole());
        return null;
    }

    static ShellTable table(List<TemplateVersionInfo> latest) {
        ShellTable table = new ShellTable().emptyTableText("Inga mallar / No templates");
        table.column("Kod / code");
        table.column("Version");
        table.column("Ursprung / origin");
        table.column("Titel / title");
        for (TemplateVersionInfo info : latest) {
            table.addRow().addContent(info.code(), info.version(), FollowUpText.origin(info.origin()),
                    FollowUpText.title(info.title()));
        }
        return table;
    }
}
