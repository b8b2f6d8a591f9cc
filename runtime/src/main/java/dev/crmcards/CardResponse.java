package dev.crmcards;

import static dev.crmcards.ResponseChecks.notNull;

import dev.crmcards.rules.Limits;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a card's handler returns for a data fetch: the objects to show ({@code results}) and
 * actions chosen at request time. The card's declared {@link Action @Action}s are written by the
 * generated writer on their own; the actions here add to them:
 *
 * <ul>
 *   <li>{@link Builder#primaryAction primaryAction} and {@link Builder#settingsAction
 *       settingsAction} take the place of a declared PRIMARY or SETTINGS action, as HubSpot shows
 *       only one of each;
 *   <li>{@link Builder#addSecondaryAction secondary actions} are written after the declared
 *       SECONDARY ones;
 *   <li>{@link Builder#addObjectAction object actions} are written after the declared OBJECT
 *       actions of that object.
 * </ul>
 *
 * <p><b>At most {@value #MAX_RESULTS} results.</b> HubSpot shows no more than five objects per
 * card. A response may hold more (it is never rejected for it); the generated writer writes the
 * first five in list order and logs a warning the first time a card returns more (see {@link
 * dev.crmcards.json.ResultLimit}). Sort the results so that the most relevant come first, and link
 * to the rest from the card.
 *
 * <p>Immutable and null-hostile: results, actions and list elements must not be null. Optional
 * accessors return stored instances, so reading them allocates nothing. Responses compare by
 * identity.
 *
 * @param <T> the card class
 */
public final class CardResponse<T> {

  /** The most results HubSpot shows for one card. */
  public static final int MAX_RESULTS = Limits.OBJECTS_SHOWN;

  private static final CardResponse<?> EMPTY =
      new CardResponse<>(List.of(), Optional.empty(), Optional.empty(), List.of(), null, OptionalLong.empty());

  private final List<T> results;
  private final Optional<CardAction> primaryAction;
  private final Optional<CardAction> settingsAction;
  private final List<CardAction> secondaryActions;
  /** Actions per result object, by identity; null when there are none. */
  private final IdentityHashMap<Object, List<CardAction>> objectActions;
  private final OptionalLong total;

  private CardResponse(
      List<T> results,
      Optional<CardAction> primaryAction,
      Optional<CardAction> settingsAction,
      List<CardAction> secondaryActions,
      IdentityHashMap<Object, List<CardAction>> objectActions,
      OptionalLong total) {
    this.results = results;
    this.primaryAction = primaryAction;
    this.settingsAction = settingsAction;
    this.secondaryActions = secondaryActions;
    this.objectActions = objectActions;
    this.total = total;
  }

  /**
   * A response showing {@code results}, with only the card's declared actions. The list is copied
   * ({@link List#copyOf}, which takes an already immutable list as it is).
   *
   * @throws NullPointerException if {@code results} or one of its elements is null
   */
  public static <T> CardResponse<T> of(List<T> results) {
    List<T> copy = copyResults(results);
    if (copy.isEmpty()) {
      return empty();
    }
    return new CardResponse<>(copy, Optional.empty(), Optional.empty(), List.of(), null, OptionalLong.empty());
  }

  /** A response with no results, showing only the card's declared top-level actions. */
  @SuppressWarnings("unchecked")
  public static <T> CardResponse<T> empty() {
    return (CardResponse<T>) EMPTY;
  }

  /**
   * A builder for a response showing {@code results} (copied as in {@link #of}) with actions
   * chosen at request time.
   *
   * @throws NullPointerException if {@code results} or one of its elements is null
   */
  public static <T> Builder<T> builder(List<T> results) {
    return new Builder<>(copyResults(results));
  }

  private static <T> List<T> copyResults(List<T> results) {
    notNull(results, "results");
    try {
      return List.copyOf(results);
    } catch (NullPointerException e) {
      int i = 0;
      for (T result : results) {
        if (result == null) {
          throw new NullPointerException("results[" + i + "] must not be null");
        }
        i++;
      }
      throw e;
    }
  }

  /** The objects to show, in order; immutable. Only the first {@value #MAX_RESULTS} are sent. */
  public List<T> results() {
    return results;
  }

  /** The primary action set for this response, replacing a declared PRIMARY action. */
  public Optional<CardAction> primaryAction() {
    return primaryAction;
  }

  /** The settings action (always IFRAME) set for this response, replacing a declared one. */
  public Optional<CardAction> settingsAction() {
    return settingsAction;
  }

  /** Secondary actions to write after the declared SECONDARY ones; immutable, often empty. */
  public List<CardAction> secondaryActions() {
    return secondaryActions;
  }

  /**
   * The number of objects across all pages of a TABLE card ({@link Builder#total}), written as
   * {@code total} beside the results; empty when the handler gave none, and the card UI then pages
   * on while pages come back full. A card that is not a TABLE does not write it.
   */
  public OptionalLong total() {
    return total;
  }

  /**
   * Whether any result has actions of its own. When false, {@link #objectActions(Object)} need not
   * be called.
   */
  public boolean hasObjectActions() {
    return objectActions != null;
  }

  /**
   * The actions added for {@code object} (matched by identity) with {@link
   * Builder#addObjectAction}, in the order added; an empty list when there are none. Allocates
   * nothing.
   */
  public List<CardAction> objectActions(T object) {
    if (objectActions == null) {
      return List.of();
    }
    List<CardAction> actions = objectActions.get(object);
    return actions != null ? actions : List.of();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CardResponse[");
    sb.append(results.size()).append(results.size() == 1 ? " result" : " results");
    total.ifPresent(t -> sb.append(", total=").append(t));
    primaryAction.ifPresent(a -> sb.append(", primaryAction=").append(a));
    settingsAction.ifPresent(a -> sb.append(", settingsAction=").append(a));
    if (!secondaryActions.isEmpty()) {
      sb.append(", secondaryActions=").append(secondaryActions);
    }
    if (objectActions != null) {
      int count = 0;
      for (List<CardAction> actions : objectActions.values()) {
        count += actions.size();
      }
      sb.append(", ").append(count).append(" object action").append(count == 1 ? "" : "s");
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a {@link CardResponse} with actions chosen at request time. Not thread-safe; {@link
   * #build()} may be called more than once, each response is independent of later changes.
   *
   * @param <T> the card class
   */
  public static final class Builder<T> {

    private final List<T> results;
    private CardAction primaryAction;
    private CardAction settingsAction;
    private final List<CardAction> secondaryActions = new ArrayList<>();
    private final IdentityHashMap<Object, List<CardAction>> objectActions =
        new IdentityHashMap<>();
    private OptionalLong total = OptionalLong.empty();

    private Builder(List<T> results) {
      this.results = results;
    }

    /**
     * The card's primary action ("typically a creation action"), of any type; replaces a declared
     * PRIMARY action.
     */
    public Builder<T> primaryAction(CardAction action) {
      this.primaryAction = notNull(action, "primaryAction");
      return this;
    }

    /**
     * The card's settings action, shown in the card's footer; replaces a declared SETTINGS action.
     *
     * @throws IllegalArgumentException if {@code action} is not an IFRAME action
     */
    public Builder<T> settingsAction(CardAction action) {
      notNull(action, "settingsAction");
      if (action.type() != ActionType.IFRAME) {
        throw new IllegalArgumentException(
            "settingsAction must be an IFRAME action, got " + action.type() + " " + action);
      }
      this.settingsAction = action;
      return this;
    }

    /** Adds a secondary action, written after the declared SECONDARY actions and earlier ones. */
    public Builder<T> addSecondaryAction(CardAction action) {
      secondaryActions.add(notNull(action, "secondary action"));
      return this;
    }

    /** Replaces the secondary actions added so far with {@code actions}. */
    public Builder<T> secondaryActions(List<CardAction> actions) {
      notNull(actions, "secondaryActions");
      for (int i = 0; i < actions.size(); i++) {
        notNull(actions.get(i), "secondaryActions[" + i + "]");
      }
      secondaryActions.clear();
      secondaryActions.addAll(actions);
      return this;
    }

    /**
     * Adds an action to one result, written after that object's declared actions and the actions
     * added for it before. {@code object} must be one of the results, the same instance: objects
     * are matched by identity, not {@code equals}.
     *
     * @throws IllegalArgumentException if {@code object} is not one of the results
     */
    public Builder<T> addObjectAction(T object, CardAction action) {
      notNull(object, "object");
      notNull(action, "action");
      List<CardAction> actions = objectActions.get(object);
      if (actions == null) {
        if (!isResult(object)) {
          throw new IllegalArgumentException(
              "object is not one of this response's results (objects are matched by identity): "
                  + object);
        }
        actions = new ArrayList<>(2);
        objectActions.put(object, actions);
      }
      actions.add(action);
      return this;
    }

    private boolean isResult(Object object) {
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i) == object) {
          return true;
        }
      }
      return false;
    }

    /**
     * The number of objects across all pages of a TABLE card, so that its table shows how many
     * pages there are. Without it the card pages on while pages come back full.
     *
     * @throws IllegalArgumentException if {@code total} is negative
     */
    public Builder<T> total(long total) {
      if (total < 0) {
        throw new IllegalArgumentException("total must not be negative: " + total);
      }
      this.total = OptionalLong.of(total);
      return this;
    }

    /** The response. */
    public CardResponse<T> build() {
      IdentityHashMap<Object, List<CardAction>> actionsByObject = null;
      if (!objectActions.isEmpty()) {
        actionsByObject = new IdentityHashMap<>(objectActions.size());
        for (Map.Entry<Object, List<CardAction>> e : objectActions.entrySet()) {
          actionsByObject.put(e.getKey(), List.copyOf(e.getValue()));
        }
      }
      return new CardResponse<>(
          results,
          Optional.ofNullable(primaryAction),
          Optional.ofNullable(settingsAction),
          List.copyOf(secondaryActions),
          actionsByObject,
          total);
    }
  }
}
