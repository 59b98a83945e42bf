package se.folja.demo.journal.internal;

/** Whether the reference journal takes write-backs. */
public record AvailabilityJson(Boolean available) {
}
