package dev.crmcards.examples.bugtracker;

import dev.crmcards.Input;
import java.time.LocalDate;

/** The "Reschedule" form of each open ticket: a new due date, why, and whether to tell the reporter. */
public record Reschedule(
    @Input(label = "New due date") LocalDate due,
    @Input(label = "Reason", maxLength = 200, required = false) String reason,
    @Input(label = "Notify the reporter") boolean notifyReporter) {}
