package dev.crmcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardResponseTest {

  /** Equal by value, so that identity matching is visible. */
  record Ticket(long id) {}

  private static final CardAction SETTINGS =
      CardAction.iframe("Settings", URI.create("https://example.com/settings-iframe-contents"), 890, 748);
  private static final CardAction CREATE =
      CardAction.iframe("Create Ticket", URI.create("https://example.com/create-iframe-contents"), 890, 748);
  private static final CardAction HOOK =
      CardAction.actionHook("Sync", HttpMethod.POST, URI.create("https://example.com/sync"));

  @Test
  void maxResultsIsFive() {
    assertThat(CardResponse.MAX_RESULTS).isEqualTo(5);
  }

  @Test
  void ofCopiesTheResults() {
    List<Ticket> list = new ArrayList<>(List.of(new Ticket(1), new Ticket(2)));
    CardResponse<Ticket> r = CardResponse.of(list);
    list.clear();
    assertThat(r.results()).containsExactly(new Ticket(1), new Ticket(2));
    assertThatThrownBy(() -> r.results().add(new Ticket(3)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofKeepsAnImmutableListAsItIs() {
    List<Ticket> list = List.of(new Ticket(1));
    assertThat(CardResponse.of(list).results()).isSameAs(list);
  }

  @Test
  void ofHasNoActions() {
    CardResponse<Ticket> r = CardResponse.of(List.of(new Ticket(1)));
    assertThat(r.primaryAction()).isEmpty();
    assertThat(r.settingsAction()).isEmpty();
    assertThat(r.secondaryActions()).isEmpty();
    assertThat(r.hasObjectActions()).isFalse();
    assertThat(r.objectActions(r.results().get(0))).isEmpty();
  }

  @Test
  void moreThanFiveResultsAreKept() {
    List<Ticket> many = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      many.add(new Ticket(i));
    }
    assertThat(CardResponse.of(many).results()).hasSize(12);
  }

  @Test
  void emptyResults() {
    assertThat(CardResponse.of(List.of()).results()).isEmpty();
    assertThat(CardResponse.<Ticket>empty().results()).isEmpty();
    assertThat(CardResponse.<Ticket>empty().hasObjectActions()).isFalse();
  }

  @Test
  void nullResultsAreRejected() {
    assertThatThrownBy(() -> CardResponse.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("results must not be null");
    assertThatThrownBy(() -> CardResponse.of(Arrays.asList(new Ticket(1), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("results[1] must not be null");
    LinkedList<Ticket> linked = new LinkedList<>();
    linked.add(null);
    assertThatThrownBy(() -> CardResponse.builder(linked))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("results[0] must not be null");
  }

  @Test
  void builderSetsTopLevelActions() {
    CardAction other = CardAction.actionHook("Other", HttpMethod.GET, URI.create("https://example.com/o"));
    CardResponse<Ticket> r =
        CardResponse.builder(List.of(new Ticket(1)))
            .primaryAction(CREATE)
            .settingsAction(SETTINGS)
            .addSecondaryAction(HOOK)
            .addSecondaryAction(other)
            .build();
    assertThat(r.primaryAction()).contains(CREATE);
    assertThat(r.settingsAction()).contains(SETTINGS);
    assertThat(r.secondaryActions()).containsExactly(HOOK, other);
    assertThat(r.hasObjectActions()).isFalse();
    assertThat(r.primaryAction()).isSameAs(r.primaryAction()); // stored, not re-created
  }

  @Test
  void primaryActionMayBeAHook() {
    assertThat(CardResponse.builder(List.of()).primaryAction(HOOK).build().primaryAction())
        .contains(HOOK);
  }

  @Test
  void secondaryActionsReplacesEarlierOnes() {
    CardResponse<Ticket> r =
        CardResponse.builder(List.<Ticket>of())
            .addSecondaryAction(CREATE)
            .secondaryActions(List.of(HOOK, SETTINGS))
            .build();
    assertThat(r.secondaryActions()).containsExactly(HOOK, SETTINGS);
    assertThatThrownBy(() -> r.secondaryActions().add(CREATE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void settingsActionMustBeAnIframe() {
    assertThatThrownBy(() -> CardResponse.builder(List.of()).settingsAction(HOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settingsAction must be an IFRAME action, got ACTION_HOOK " + HOOK);
  }

  @Test
  void builderRejectsNulls() {
    CardResponse.Builder<Ticket> b = CardResponse.builder(List.of(new Ticket(1)));
    assertThatThrownBy(() -> b.primaryAction(null)).hasMessage("primaryAction must not be null");
    assertThatThrownBy(() -> b.settingsAction(null)).hasMessage("settingsAction must not be null");
    assertThatThrownBy(() -> b.addSecondaryAction(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secondary action must not be null");
    assertThatThrownBy(() -> b.secondaryActions(null)).hasMessage("secondaryActions must not be null");
    assertThatThrownBy(() -> b.secondaryActions(Arrays.asList(HOOK, null)))
        .hasMessage("secondaryActions[1] must not be null");
    assertThatThrownBy(() -> b.addObjectAction(null, HOOK)).hasMessage("object must not be null");
    assertThatThrownBy(() -> b.addObjectAction(new Ticket(1), null))
        .hasMessage("action must not be null");
  }

  @Test
  void objectActionsAreMatchedByIdentity() {
    Ticket first = new Ticket(1);
    Ticket second = new Ticket(2);
    Ticket equalToFirst = new Ticket(1);
    CardAction other = CardAction.iframe("Open", URI.create("https://example.com/open"), 100, 100);
    CardResponse<Ticket> r =
        CardResponse.builder(List.of(first, second))
            .addObjectAction(first, HOOK)
            .addObjectAction(first, other)
            .build();
    assertThat(r.hasObjectActions()).isTrue();
    assertThat(r.objectActions(first)).containsExactly(HOOK, other);
    assertThat(r.objectActions(second)).isEmpty();
    assertThat(r.objectActions(equalToFirst)).isEmpty();
    assertThat(r.objectActions(null)).isEmpty();
    assertThatThrownBy(() -> r.objectActions(first).add(HOOK))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void objectActionsNeedAResultInstance() {
    Ticket result = new Ticket(1);
    CardResponse.Builder<Ticket> b = CardResponse.builder(List.of(result));
    assertThatThrownBy(() -> b.addObjectAction(new Ticket(1), HOOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "object is not one of this response's results (objects are matched by identity): "
                + "Ticket[id=1]");
  }

  @Test
  void builtResponsesDoNotChangeWithTheBuilder() {
    Ticket t = new Ticket(1);
    CardResponse.Builder<Ticket> b = CardResponse.builder(List.of(t)).addSecondaryAction(HOOK);
    b.addObjectAction(t, HOOK);
    CardResponse<Ticket> first = b.build();
    b.addSecondaryAction(CREATE).addObjectAction(t, CREATE).primaryAction(CREATE);
    CardResponse<Ticket> second = b.build();
    assertThat(first.secondaryActions()).containsExactly(HOOK);
    assertThat(first.objectActions(t)).containsExactly(HOOK);
    assertThat(first.primaryAction()).isEmpty();
    assertThat(second.secondaryActions()).containsExactly(HOOK, CREATE);
    assertThat(second.objectActions(t)).containsExactly(HOOK, CREATE);
    assertThat(second.primaryAction()).contains(CREATE);
  }

  @Test
  void toStringSummarises() {
    Ticket t = new Ticket(1);
    assertThat(CardResponse.of(List.of(t)).toString()).isEqualTo("CardResponse[1 result]");
    assertThat(
            CardResponse.builder(List.of(t, new Ticket(2)))
                .primaryAction(CREATE)
                .addObjectAction(t, HOOK)
                .build()
                .toString())
        .isEqualTo("CardResponse[2 results, primaryAction=" + CREATE + ", 1 object action]");
  }
}
