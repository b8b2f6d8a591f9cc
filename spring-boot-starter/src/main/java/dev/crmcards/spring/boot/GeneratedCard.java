package dev.crmcards.spring.boot;

import dev.crmcards.core.CardRoutes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * A card class the crmcards processor generated, seen from its {@code Handler} interface: {@code
 * XCrmCard.Handler} nested in {@code XCrmCard}, which has the card's {@code NAME}, the static
 * {@code routes(Handler)} and whose definition {@code META-INF/crmcards/<NAME>.json} is on the
 * class path. Nothing else is taken for a card.
 */
final class GeneratedCard {
  private static final String GENERATED_SUFFIX = "CrmCard";
  private static final String DEFINITIONS = "META-INF/crmcards/";

  final String name;
  final Class<?> handlerType;
  private final Method routes;

  private GeneratedCard(String name, Class<?> handlerType, Method routes) {
    this.name = name;
    this.handlerType = handlerType;
    this.routes = routes;
  }

  /** The generated card whose handler interface {@code type} is, if it is one. */
  static Optional<GeneratedCard> ofHandler(Class<?> type) {
    Class<?> card = type.getEnclosingClass();
    if (!type.isInterface()
        || !type.getSimpleName().equals("Handler")
        || card == null
        || !card.getSimpleName().endsWith(GENERATED_SUFFIX)) {
      return Optional.empty();
    }
    try {
      Object name = card.getField("NAME").get(null);
      Method routes = card.getMethod("routes", type);
      if (!(name instanceof String)
          || !Modifier.isStatic(routes.getModifiers())
          || routes.getReturnType() != CardRoutes.class
          || card.getClassLoader() == null
          || card.getClassLoader().getResource(DEFINITIONS + name + ".json") == null) {
        return Optional.empty();
      }
      return Optional.of(new GeneratedCard((String) name, type, routes));
    } catch (NoSuchFieldException | NoSuchMethodException | IllegalAccessException e) {
      return Optional.empty();
    }
  }

  /** The card's routes, answered by {@code handler}. */
  CardRoutes routes(Object handler) {
    try {
      return (CardRoutes) routes.invoke(null, handler);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "card '" + name + "': " + routes.getDeclaringClass().getSimpleName()
              + ".routes(handler) failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("card '" + name + "': routes(handler) is not accessible", e);
    }
  }
}
