package se.folja.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.Enablements;

/**
 * {@code folja:followup-disable 17}: disables an enablement, whatever its revision; it is kept, with its history.
 * One that follows a configuration is changed only there.
 */
@Service
@Command(scope = "folja", name = "followup-disable",
        description = "Avaktivera en aktiverad uppföljningsmall (den sparas, med sin historik) / Disable an"
                + " enablement (it is kept, with its history)")
public final class FollowUpDisableCommand implements Action {

    @Reference
    Enablements enablements;

    @Reference
    Session session;

    @Argument(index = 0, name = "id", description = "The enablement's id (folja:followup-enablements lists them)",
            required = true)
    long id;

    @Override
    public Object execute() {
        run(session.getConsole(), ShellActor.administrator());
        return null;
    }

    void run(PrintStream out, Actor actor) {
        try {
            Enablement disabled = enablements.disable(id, null, EnablementSource.SHELL, actor);
            out.println("Avaktiverad / Disabled: " + FollowUpText.describe(disabled));
        } catch (ConflictException | NotFoundException e) {
            out.println("Inget ändrades / Nothing was changed: " + e.getMessage());
        }
    }
}
