package dev.crmcards.cli;

import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.DefinitionLoader;
import dev.crmcards.cli.definition.ObjectTypeNames;
import dev.crmcards.cli.check.ClientFilter;
import dev.crmcards.cli.preview.PreviewServer;
import dev.crmcards.cli.preview.PreviewSettings;
import dev.crmcards.rules.Urls;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    header = "Preview a card in the browser as HubSpot's record sidebar shows it.",
    description = {
      "Serves a page on 127.0.0.1 that renders a card the way HubSpot's record sidebar does,"
          + " from a signed data fetch to the card server, with working actions: iframes open in a"
          + " modal, action hooks are sent signed (v2 and v3) to the card server. Action URLs on"
          + " another origin than --url are sent to the --url origin instead.",
      "Runs until interrupted (Ctrl-C)."
    })
final class PreviewCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Option(
      names = "--definitions",
      required = true,
      paramLabel = "DIR|JAR",
      description = "A directory of card definitions (*.json), a build output directory, or a jar.")
  Path definitions;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "The card server's data-fetch URL, e.g. http://127.0.0.1:8080/demo-fetch.")
  String url;

  @Option(
      names = "--secret",
      paramLabel = "S",
      description = "The app's client secret to sign with (default: $HUBSPOT_CLIENT_SECRET).")
  String secret;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The local port (default: any free one).")
  int port;

  @Option(
      names = "--object-type",
      paramLabel = "T",
      description = "The record type to play: contacts, companies, deals or tickets (default: each card's first).")
  String objectType;

  @Option(
      names = "--property",
      paramLabel = "name=value",
      description = "A value of the record to send instead of the sample (repeatable): a"
          + " propertiesToSend or associatedObjectProperties name, or a default (userId, userEmail,"
          + " associatedObjectId, associatedObjectType, portalId).")
  Map<String, String> properties = new LinkedHashMap<>();

  @Mixin ClientFilter clients;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<CardDefinition> cards = DefinitionLoader.load(definitions);
    if (!Urls.isHttpUrl(url)) {
      throw new UsageException("--url must be an absolute http(s) URL, got " + url);
    }
    if (objectType != null) {
      CrmObjectType type =
          ObjectTypeNames.parse(objectType)
              .orElseThrow(
                  () -> new UsageException("unknown object type '" + objectType + "'; use one of "
                      + ObjectTypeNames.definitionNames()));
      if (cards.stream().noneMatch(card -> card.objectType(type.definitionName()).isPresent())) {
        throw new UsageException("no card shows on " + type.definitionName());
      }
    }
    String clientSecret = ClientSecret.resolve(secret, cli.environment());
    PreviewServer server =
        PreviewServer.start(new PreviewSettings(cards, url, clientSecret, port, objectType, properties, clients.selected()));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "crmcards-preview-stop"));
    cli.out().println("Previewing " + cards.size() + (cards.size() == 1 ? " card" : " cards")
        + " from " + url + " on " + server.uri() + " (Ctrl-C stops)");
    cli.out().flush();
    new CountDownLatch(1).await();
    return 0;
  }
}
