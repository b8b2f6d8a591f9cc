package dev.crmcards.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A card class the crmcards processor generated ({@code BugCrmCard} for {@code @CrmCard record
 * Bug}), as adapters find it: every generated class implements this interface and the processor
 * lists it in {@code META-INF/services/dev.crmcards.core.GeneratedCard}, so {@link #load} finds
 * the cards of a class path without knowing their names. Each method answers with the generated
 * class's static namesake.
 *
 * <pre>{@code
 * for (GeneratedCard<?> card : GeneratedCard.load(getClass().getClassLoader())) {
 *   System.out.println(card.cardName() + " is answered by " + card.handlerType().getName());
 * }
 * }</pre>
 *
 * @param <H> the card's {@code Handler} interface
 */
public interface GeneratedCard<H> {

  /** The card's name, its {@code NAME}: the name of its definition and of its routes. */
  String cardName();

  /** The card's {@code Handler} interface, which the application implements to answer it. */
  Class<H> handlerType();

  /** The card's routes, answered by {@code handler}: its {@code routes(handler)}. */
  CardRoutes routesFor(H handler);

  /** Where the build put the card definition on the class path, e.g. {@code META-INF/crmcards/bugs.json}. */
  String definitionResource();

  /**
   * The card definition for HubSpot's cards API, its {@code definitionJson()}.
   *
   * @throws IllegalStateException if the resource is missing from the class path
   */
  String definition();

  /**
   * Every generated card that {@code classLoader} sees, sorted by card name.
   *
   * @throws java.util.ServiceConfigurationError if a listed class cannot be loaded, e.g. a card
   *     class deleted since an incremental build listed it (a clean build lists it no more)
   */
  static List<GeneratedCard<?>> load(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    List<GeneratedCard<?>> cards = new ArrayList<>();
    for (GeneratedCard<?> card : ServiceLoader.load(GeneratedCard.class, classLoader)) {
      cards.add(card);
    }
    cards.sort(Comparator.comparing((GeneratedCard<?> card) -> card.cardName())
        .thenComparing(card -> card.getClass().getName()));
    return List.copyOf(cards);
  }
}
