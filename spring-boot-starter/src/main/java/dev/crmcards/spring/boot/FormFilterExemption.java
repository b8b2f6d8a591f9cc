package dev.crmcards.spring.boot;

import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.filter.FormContentFilter;
import org.springframework.web.filter.HiddenHttpMethodFilter;

/**
 * Puts each {@link FormContentFilter} and {@link HiddenHttpMethodFilter} bean behind a {@link
 * CardPathsExemptFilter}, so that form-body hooks verify while the rest of the application keeps
 * both filters (and {@code spring.mvc.formcontent.filter.enabled} keeps its meaning).
 */
final class FormFilterExemption implements BeanPostProcessor {
  private final String servletName;

  FormFilterExemption(String servletName) {
    this.servletName = servletName;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof FormContentFilter || bean instanceof HiddenHttpMethodFilter) {
      return new CardPathsExemptFilter((Filter) bean, servletName);
    }
    return bean;
  }
}
