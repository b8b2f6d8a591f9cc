package dev.crmcards.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crmcards.cli.definition.CardDefinition;
import dev.crmcards.cli.definition.Json;
import dev.crmcards.cli.support.Fixtures;
import dev.crmcards.rules.Limits;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Deploy keeps to HubSpot's limit of cards per app, as the rules state it. */
class DeployPlannerTest {
  private static CardDefinition titled(String title) {
    ObjectNode json = Fixtures.exampleCard().json().deepCopy();
    json.put("title", title);
    return new CardDefinition(title, title + ".json", Json.pretty(json).getBytes(), json);
  }

  private static List<RemoteCard> remote(int count) {
    return IntStream.range(0, count).mapToObj(i -> new RemoteCard("id" + i, "Remote " + i, Json.object())).toList();
  }

  @Test
  void fillsTheAppUpToTheLimit() {
    assertThat(DeployPlanner.plan(List.of(titled("New")), remote(Limits.CARDS_PER_APP - 1), 7))
        .extracting(CardChange::kind).containsExactly(CardChange.Kind.CREATE);
  }

  @Test
  void refusesACardBeyondTheLimit() {
    assertThatThrownBy(() -> DeployPlanner.plan(List.of(titled("New")), remote(Limits.CARDS_PER_APP), 7))
        .isInstanceOf(ApiException.class)
        .hasMessage("app 7 has " + Limits.CARDS_PER_APP + " cards; creating 1 more would exceed HubSpot's limit of "
            + Limits.CARDS_PER_APP + " cards per app");
  }
}
