package dev.crmcards.cli.app;

/**
 * How the user spells the app options where they give them, so that a message names the one to
 * change: on the command line ({@code --name}) or in the Maven plugin's configuration
 * ({@code <appName>}).
 */
public record OptionNames(
    String name, String redirectUrl, String supportEmail, String supportUrl, String documentationUrl,
    String platformVersion, String localUrl, String out) {

  public static final OptionNames COMMAND_LINE =
      new OptionNames("--name", "--redirect-url", "--support-email", "--support-url", "--documentation-url",
          "--platform-version", "--local-url", "--out");

  public static final OptionNames MAVEN =
      new OptionNames(
          "<appName>", "<redirectUrls>", "<supportEmail>", "<supportUrl>", "<documentationUrl>",
          "<platformVersion>", "<localUrl>", "<outputDirectory>");
}
