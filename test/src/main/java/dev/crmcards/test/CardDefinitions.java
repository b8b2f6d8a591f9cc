package dev.crmcards.test;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.crmcards.CrmObjectType;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.GeneratedCard;
import dev.crmcards.rules.CardViews;
import dev.crmcards.rules.Urls;
import dev.crmcards.rules.ObjectTypes;
import dev.crmcards.rules.check.ActionAnswerCheck;
import dev.crmcards.rules.check.CardForm;
import dev.crmcards.rules.check.CardView;
import dev.crmcards.rules.check.Definition;
import dev.crmcards.rules.check.FormAnswerCheck;
import dev.crmcards.rules.check.ResponseCheck;
import dev.crmcards.rules.check.ShownObjectTypes;
import dev.crmcards.rules.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions the processor wrote for the tested cards, found through the generated cards'
 * services file ({@link GeneratedCard#load}), to judge answers the way {@code crmcards-cli check}
 * does.
 */
final class CardDefinitions {
  private final List<Definition> definitions;
  /** Each definition's card name, as the rules name the card in their messages. */
  private final Map<Definition, String> names;

  private CardDefinitions(List<Definition> definitions, Map<Definition, String> names) {
    this.definitions = definitions;
    this.names = names;
  }

  static CardDefinitions load(List<CardRoutes> cards, ClassLoader classLoader) {
    Map<String, GeneratedCard<?>> generated = new LinkedHashMap<>();
    for (GeneratedCard<?> card : GeneratedCard.load(classLoader)) {
      generated.putIfAbsent(card.cardName(), card);
    }
    List<Definition> definitions = new ArrayList<>();
    Map<Definition, String> names = new IdentityHashMap<>();
    for (CardRoutes card : cards) {
      GeneratedCard<?> found = generated.get(card.cardName());
      if (found == null) {
        throw new IllegalArgumentException(
            "no generated card '" + card.cardName() + "' on the class path (it has "
                + generated.keySet() + "): is crmcards-processor on the annotation processor path of the build?");
      }
      Definition definition = Definition.parse(found.definition());
      Definition withView = view(found).map(definition::withView).orElse(definition);
      definitions.add(withView);
      names.put(withView, card.cardName());
    }
    return new CardDefinitions(List.copyOf(definitions), names);
  }

  /**
   * The view the processor wrote beside the card's definition, from the generated class's own
   * class path; empty for a card built before views, judged as legacy tiles.
   */
  private static Optional<CardView> view(GeneratedCard<?> card) {
    String resource = CardViews.VIEW_FOLDER + card.cardName() + ".json";
    try (InputStream in = card.getClass().getClassLoader().getResourceAsStream(resource)) {
      return in == null ? Optional.empty() : Optional.of(CardView.parse(new String(in.readAllBytes(), UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * What {@code crmcards-cli check} finds in a data-fetch answer, checked against the card whose
   * {@code targetUrl} is {@code url}; empty when no tested card has that URL ({@link #isTargetUrl}).
   */
  List<Problem> fetchFindings(String url, int status, String contentType, String body) {
    return fetchedFrom(url).map(d -> ResponseCheck.problems(d, status, contentType, body)).orElse(List.of());
  }

  /** The tested card whose {@code targetUrl} is {@code url}: the first, if several are. */
  private Optional<Definition> fetchedFrom(String url) {
    return definitions.stream().filter(d -> d.targetUrl().equals(url)).findFirst();
  }

  /** The view of the tested TABLE card whose {@code targetUrl} is {@code url}, if there is one. */
  Optional<CardView> tableView(String url) {
    return fetchedFrom(url)
        .flatMap(Definition::view)
        .filter(CardView::isTable);
  }

  boolean isTargetUrl(String url) {
    return fetchedFrom(url).isPresent();
  }

  /**
   * What the rules find in the answer to {@code method} {@code url}: a form's answer when a tested
   * card's view says the card UI submits a form so, else an action hook's.
   */
  List<Problem> hookFindings(String method, String url, int status, String contentType, String body) {
    return form(method, url)
        .map(form -> FormAnswerCheck.problems(form, status, contentType, body))
        .orElseGet(() -> ActionAnswerCheck.problems(status, contentType, body));
  }

  /** The form of a tested card that crmcards' card UI submits with {@code method} to {@code url}, if any. */
  Optional<CardForm> form(String method, String url) {
    return definitions.stream()
        .flatMap(d -> d.view().flatMap(view -> view.formSubmittedAs(method, url)).stream())
        .findFirst();
  }

  /**
   * Why HubSpot never sends a data fetch to {@code url} for a record of {@code
   * associatedObjectType} (CONTACT, DEAL...), in the words of {@code check}; empty when it may, or
   * when the type is none HubSpot's cards show on.
   */
  Optional<String> objectTypeRefusal(String url, String associatedObjectType) {
    Optional<String> definitionName = ObjectTypes.REQUEST_NAMES.entrySet().stream()
        .filter(name -> name.getValue().equals(associatedObjectType))
        .map(Map.Entry::getKey)
        .findFirst();
    return fetchedFrom(url)
        .flatMap(d -> definitionName.flatMap(name -> ShownObjectTypes.refusal(names.get(d), d, name)));
  }

  /**
   * The {@code associatedObjectType} HubSpot would send: the first object type of the card whose
   * {@code targetUrl} is {@code url}, or whose action base URLs hold it (a hook or a form), else of
   * the first card.
   */
  String defaultObjectType(String url) {
    Definition card = fetchedFrom(url)
        .or(() -> definitions.stream().filter(d -> Urls.isUnderAnyBase(url, d.baseUrls())).findFirst())
        .orElse(definitions.get(0));
    String name = card.objectTypes().isEmpty() ? "contacts" : card.objectTypes().get(0).name();
    for (CrmObjectType type : CrmObjectType.values()) {
      if (type.definitionName().equals(name)) {
        return type.requestName();
      }
    }
    return CrmObjectType.CONTACTS.requestName();
  }
}
