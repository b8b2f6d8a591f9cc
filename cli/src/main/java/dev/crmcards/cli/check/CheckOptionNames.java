package dev.crmcards.cli.check;

/**
 * How the user spells the check's options where they give them, so that a message names the one
 * to change: on the command line ({@code --url}) or in the Maven goal's configuration ({@code
 * <url>}).
 */
public record CheckOptionNames(
    String url, String card, String client, String localProxy, String signature) {

  public static final CheckOptionNames COMMAND_LINE =
      new CheckOptionNames("--url", "--card", "--client", "--local-proxy", "--signature");

  public static final CheckOptionNames MAVEN =
      new CheckOptionNames("<url>", "<card>", "<clients>", "<localProxy>", "<signature>");
}
