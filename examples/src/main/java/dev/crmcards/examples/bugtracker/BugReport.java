package dev.crmcards.examples.bugtracker;

import dev.crmcards.Input;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The "Report a bug" form of the bug-tracker card: one input per member, checked by the card
 * before it sends and by the server before {@link BugTrackerHandler#reportBug} runs.
 */
public record BugReport(
    @Input(label = "Title", maxLength = 120, placeholder = "What goes wrong?") String title,
    @Input(label = "Severity") Severity severity,
    @Input(label = "Due date", required = false) LocalDate due,
    @Input(label = "Estimate (hours)", min = 0.5, max = 40) double estimateHours,
    @Input(label = "Tags", required = false) Set<Tag> tags,
    @Input(
            label = "Notes",
            multiline = true,
            maxLength = 500,
            required = false,
            description = "Steps to reproduce, what you expected, what happened.")
        String notes,
    @Input(label = "Blocks a release") boolean blocking,
    @Input(label = "Build", pattern = "\\d+\\.\\d+\\.\\d+", placeholder = "1.4.2", required = false)
        String build,
    @Input(label = "Affected users", min = 1, required = false) Integer affectedUsers,
    @Input(label = "Cost so far", currencyCode = "USD", min = 0, required = false) BigDecimal cost) {}
