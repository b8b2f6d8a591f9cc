package dev.crmcards.examples.orders;

import dev.crmcards.Input;
import java.time.LocalDate;

/** The "Reschedule delivery" form of each order: the new day, why, and a note for the courier. */
public record DeliveryChange(
    @Input(label = "Deliver on") LocalDate deliverOn,
    @Input(label = "Reason") DelayReason reason,
    @Input(label = "Note for the courier", required = false, multiline = true, maxLength = 300) String note) {}
