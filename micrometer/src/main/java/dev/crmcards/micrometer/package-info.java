/** Micrometer metrics for crmcards: {@link dev.crmcards.micrometer.MicrometerCardObserver}. */
package dev.crmcards.micrometer;
