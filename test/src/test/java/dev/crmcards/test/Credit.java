package dev.crmcards.test;

import dev.crmcards.Input;
import java.math.BigDecimal;

/** The form of the invoice card's Credit action. */
record Credit(
    @Input(label = "Amount", min = 0.01, currencyCode = "EUR") BigDecimal amount,
    @Input(label = "Reason", maxLength = 80, required = false) String reason) {}
