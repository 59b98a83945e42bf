package se.folja.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import se.folja.api.Actor;
import se.folja.api.ConflictException;
import se.folja.api.NotFoundException;
import se.folja.api.ValidationException;
import se.folja.api.followup.EnableRequest;
import se.folja.api.followup.Enablement;
import se.folja.api.followup.EnablementSource;
import se.folja.api.followup.Enablements;

/**
 * {@code folja:followup-enable [--version 2] [--from 2026-01-01] [--to 2026-06-30] ORS BOSTOD_NORR}: enables a
 * template version for a unit, stored and audited as the shell's user.
 */
@Service
@Command(scope = "folja", name = "followup-enable",
        description = "Aktivera en uppföljningsmall för en enhet / Enable a follow-up template for a unit")
public final class FollowUpEnableCommand implements Action {

    @Reference
    Enablements enablements;

    @Reference
    Session session;

    @Argument(index = 0, name = "template", description = "The template's code, e.g. ORS"
            + " (folja:followup-templates lists them)", required = true)
    String template;

    @Argument(index = 1, name = "unit", description = "The unit's code, e.g. BOSTOD_NORR", required = true)
    String unit;

    @Option(name = "--version", description = "The template version (default: the latest)")
    String version;

    @Option(name = "--from", description = "The first day, yyyy-mm-dd (default: today)")
    String from;

    @Option(name = "--to", description = "The last day, yyyy-mm-dd (default: open-ended)")
    String to;

    @Override
    public Object execute() {
        run(session.getConsole(), ShellActor.administrator());
        return null;
    }

    void run(PrintStream out, Actor actor) {
        try {
            ValidationException.Builder errors = ValidationException.builder();
            Integer number = FollowUpText.version(version, errors);
            LocalDate first = FollowUpText.day("from", from, errors);
            LocalDate last = FollowUpText.day("to", to, errors);
            errors.throwIfAny();
            Enablement enabled = enablements.enable(new EnableRequest(template, number, unit, first, last),
                    EnablementSource.SHELL, actor);
            out.println("Aktiverad / Enabled: " + FollowUpText.describe(enabled));
        } catch (ValidationException e) {
            FollowUpText.refused(out, e);
        } catch (ConflictException | NotFoundException e) {
            out.println("Inget sparades / Nothing was stored: " + e.getMessage());
        }
    }
}
