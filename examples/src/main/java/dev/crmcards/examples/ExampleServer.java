package dev.crmcards.examples;

import dev.crmcards.examples.bugtracker.BugTicketCrmCard;

/** Shows the example card's definition, as the build wrote it. */
public final class ExampleServer {
  private ExampleServer() {}

  public static void main(String[] args) {
    System.out.println("Card \"" + BugTicketCrmCard.NAME + "\" (" + BugTicketCrmCard.DEFINITION_RESOURCE + "):");
    System.out.print(BugTicketCrmCard.definitionJson());
  }
}
