package dev.crmcards.cli;

import dev.crmcards.CrmObjectType;
import dev.crmcards.cli.check.CardServerUrl;
import dev.crmcards.cli.check.ClientFilter;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.ObjectTypeNames;
import dev.crmcards.cli.preview.PreviewServer;
import dev.crmcards.cli.preview.PreviewSettings;
import java.io.IOException;
import java.net.BindException;
import java.util.List;
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
      "Requests are signed as HubSpot signs them, for the URL the card declares (the targetUrl, the"
          + " action's uri); with --local-proxy for the URL called, as hs project dev's local proxy does.",
      "Runs until interrupted (Ctrl-C)."
    })
final class PreviewCommand implements Callable<Integer> {
  @ParentCommand CrmCardsCli cli;

  @Mixin DefinitionsOption definitions;

  @Mixin CardServerOptions server;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The local port (default: any free one).")
  int port;

  @Mixin ClientFilter clients;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port must be from 0 (any free port) to 65535, got " + port);
    }
    List<CardDefinition> cards = definitions.load();
    CardServerUrl url = new CardServerUrl(server.url);
    if (server.objectType != null) {
      CrmObjectType type =
          ObjectTypeNames.parse(server.objectType)
              .orElseThrow(
                  () -> new UsageException("unknown object type '" + server.objectType + "'; use one of "
                      + ObjectTypeNames.definitionNames()));
      if (cards.stream().noneMatch(card -> card.objectType(type.definitionName()).isPresent())) {
        throw new UsageException("no card shows on " + type.definitionName());
      }
    }
    String clientSecret = server.secret(cli.environment());
    PreviewServer preview;
    try {
      preview =
          PreviewServer.start(
              new PreviewSettings(
                  cards, url, clientSecret, port, server.objectType, server.properties, clients.selected(),
                  server.signature(), server.signer()));
    } catch (BindException e) {
      throw new UsageException("port " + port + " is in use on 127.0.0.1; choose another --port, or leave it"
          + " out for any free one", e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "crmcards-preview-stop"));
    cli.out().println("Previewing " + cards.size() + (cards.size() == 1 ? " card" : " cards")
        + " from " + url.url() + " on " + preview.uri() + " (Ctrl-C stops)");
    cli.out().flush();
    new CountDownLatch(1).await();
    return 0;
  }
}
