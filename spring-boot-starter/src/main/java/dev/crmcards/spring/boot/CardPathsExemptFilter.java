package dev.crmcards.spring.boot;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.core.Ordered;

/**
 * A filter that lets requests for the crmcards servlet pass untouched and applies {@code delegate}
 * to all others. It keeps Spring's {@code FormContentFilter} (and {@code HiddenHttpMethodFilter})
 * away from the cards: they read form bodies of PUT, PATCH and DELETE requests (or of POSTs) into
 * parameters, after which the servlet could no longer read the raw bytes that HubSpot signed.
 */
final class CardPathsExemptFilter implements Filter, Ordered {
  private final Filter delegate;
  private final String servletName;

  CardPathsExemptFilter(Filter delegate, String servletName) {
    this.delegate = delegate;
    this.servletName = servletName;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    delegate.init(config);
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && servletName.equals(http.getHttpServletMapping().getServletName())) {
      chain.doFilter(request, response);
    } else {
      delegate.doFilter(request, response, chain);
    }
  }

  @Override
  public void destroy() {
    delegate.destroy();
  }

  /** The delegate's place in the chain. */
  @Override
  public int getOrder() {
    return delegate instanceof Ordered ordered ? ordered.getOrder() : Ordered.LOWEST_PRECEDENCE;
  }

  /** The filter this one stands in front of. */
  Filter delegate() {
    return delegate;
  }
}
