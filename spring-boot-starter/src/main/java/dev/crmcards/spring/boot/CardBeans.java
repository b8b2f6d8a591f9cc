package dev.crmcards.spring.boot;

import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.GeneratedCard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The cards an application serves: every bean implementing the {@code Handler} of a generated
 * card (as {@link GeneratedCard#load} finds them, through the processor's services file), and
 * every {@link CardRoutes} bean (routes built by hand). Looked up by the beans' declared types, so
 * that finding them creates no bean.
 */
final class CardBeans {

  private CardBeans() {}

  /** A bean answering a generated card. */
  record HandlerBean(String beanName, GeneratedCard<?> card) {}

  /** The beans implementing a generated card's handler, in bean definition order. */
  static List<HandlerBean> handlers(ListableBeanFactory beans) {
    List<GeneratedCard<?>> cards = GeneratedCard.load(classLoader(beans));
    List<HandlerBean> found = new ArrayList<>();
    if (cards.isEmpty()) {
      return found;
    }
    for (String name : beans.getBeanNamesForType(Object.class, true, false)) {
      if (ScopedProxyUtils.isScopedTarget(name)) {
        continue;
      }
      Class<?> type = beans.getType(name, false);
      if (type == null) {
        continue;
      }
      for (GeneratedCard<?> card : cards) {
        if (card.handlerType().isAssignableFrom(type)) {
          found.add(new HandlerBean(name, card));
        }
      }
    }
    return found;
  }

  private static ClassLoader classLoader(ListableBeanFactory beans) {
    ClassLoader loader =
        beans instanceof ConfigurableBeanFactory configurable ? configurable.getBeanClassLoader() : null;
    return loader != null ? loader : ClassUtils.getDefaultClassLoader();
  }

  /** The card's routes, answered by {@code bean}, which implements its handler. */
  private static <H> CardRoutes routes(GeneratedCard<H> card, Object bean) {
    return card.routesFor(card.handlerType().cast(bean));
  }

  /** Whether the application has a card to serve. */
  static boolean any(ListableBeanFactory beans) {
    return beans.getBeanNamesForType(CardRoutes.class, true, false).length > 0
        || !handlers(beans).isEmpty();
  }

  /**
   * The routes of every card, each from the bean that answers it.
   *
   * @throws IllegalStateException if two beans answer the same card
   */
  static List<CardRoutes> routes(ListableBeanFactory beans) {
    Map<String, String> beanOfCard = new LinkedHashMap<>();
    List<CardRoutes> routes = new ArrayList<>();
    for (HandlerBean handler : handlers(beans)) {
      claim(beanOfCard, handler.card().cardName(), handler.beanName());
      routes.add(routes(handler.card(), beans.getBean(handler.beanName())));
    }
    for (Map.Entry<String, CardRoutes> bean : beans.getBeansOfType(CardRoutes.class).entrySet()) {
      claim(beanOfCard, bean.getValue().cardName(), bean.getKey());
      routes.add(bean.getValue());
    }
    return routes;
  }

  private static void claim(Map<String, String> beanOfCard, String card, String bean) {
    String earlier = beanOfCard.putIfAbsent(card, bean);
    if (earlier != null) {
      throw new IllegalStateException(
          "the beans '" + earlier + "' and '" + bean + "' both answer the card '" + card
              + "'; keep one (or mark the other one's class as not a bean)");
    }
  }
}
