package se.folja.demo.journal.internal;

/** The body of {@code POST /demo-journal/entries}. */
public record NewEntryJson(String unit, String client, String heading, String plannedStart, String text) {

    @Override
    public String toString() {
        return "NewEntryJson[" + unit + "]";
    }
}
