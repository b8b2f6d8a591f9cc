package dev.crmcards.cli.deploy;

import dev.crmcards.cli.definition.CardDefinition;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Deploys card definitions to one app: lists its cards, then creates and updates as planned. */
public final class Deployer {
  private final CardsApi api;
  private final int appId;

  public Deployer(CardsApi api) {
    this.api = api;
    this.appId = api.appId();
  }

  /** What deploying would do; reads from HubSpot, writes nothing. */
  public List<CardChange> plan(List<CardDefinition> cards) throws IOException {
    return DeployPlanner.plan(cards, api.list(), appId);
  }

  /**
   * Carries out a plan, reporting a line per card as it goes.
   *
   * @param report receives e.g. {@code created bug-tracker "Bugs" (id 42)}
   */
  public void apply(List<CardChange> plan, Consumer<String> report) throws IOException {
    for (CardChange change : plan) {
      CardDefinition card = change.card();
      switch (change.kind()) {
        case CREATE -> {
          RemoteCard created = api.create(card);
          report.accept(DeployReport.line("created", change) + " (id " + created.id() + ")");
        }
        case UPDATE -> {
          api.update(change.remote().id(), card);
          report.accept(DeployReport.line("updated", change) + DeployReport.details(change));
        }
        case UNCHANGED -> report.accept(DeployReport.line("unchanged", change) + DeployReport.details(change));
      }
    }
  }
}
