package dev.crmcards.spring.boot;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the application has a card to serve (see {@link CardBeans}). */
final class OnCardBeansCondition extends SpringBootCondition implements ConfigurationCondition {

  @Override
  public ConfigurationPhase getConfigurationPhase() {
    return ConfigurationPhase.REGISTER_BEAN;
  }

  @Override
  public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
    if (context.getBeanFactory() != null && CardBeans.any(context.getBeanFactory())) {
      return ConditionOutcome.match("a bean answers a crmcards card");
    }
    return ConditionOutcome.noMatch(
        "no bean implements a generated <Card>CrmCard.Handler and no CardRoutes bean exists");
  }
}
