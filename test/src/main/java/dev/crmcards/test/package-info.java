/**
 * Testing cards in JUnit: {@link dev.crmcards.test.CardTester} sends the signed requests HubSpot
 * sends through the card's own pipeline, in process, and {@link
 * dev.crmcards.test.CardTester.Answer#problems()} tells what HubSpot would make of the answers.
 *
 * <pre>{@code
 * try (CardTester tester = CardTester.of(BugCrmCard.routes(new Bugs()))) {
 *   CardTester.Answer a = tester.fetch("https://bugs.example.com/hubspot/bugs")
 *       .property("email", "ann@acme.test").send();
 *   assertEquals(200, a.status());
 *   assertEquals(List.of(), a.problems());
 * }
 * }</pre>
 */
package dev.crmcards.test;
