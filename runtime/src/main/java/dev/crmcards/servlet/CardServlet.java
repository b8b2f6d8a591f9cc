package dev.crmcards.servlet;

import dev.crmcards.core.CardPipeline;
import dev.crmcards.core.CardRoutes;
import dev.crmcards.core.RawRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Serves the signed requests HubSpot sends to a card (its data fetch and its action hooks) over
 * the Servlet API: a thin translation onto {@link CardPipeline}, which verifies, routes, parses,
 * runs the handler under its deadline and answers; see there for every step and answer. Mount it
 * at {@code /*} of any context.
 *
 * <h2>Async support</h2>
 *
 * A handler that answers quickly runs on the container's request thread, watched by the
 * pipeline's deadline, with no hand-over to another thread, whether or not the servlet is
 * registered async-supported. A handler that has been slow runs on the pipeline's handler
 * executor; so that it does not hold a container thread meanwhile, <b>register the servlet
 * async-supported</b> ({@code ServletHolder.setAsyncSupported(true)} on Jetty, {@code
 * Wrapper.setAsyncSupported(true)} on Tomcat, {@code asyncSupported = true} on {@code
 * @WebServlet}, {@code <async-supported>} in {@code web.xml}), and every filter in front of it. If
 * the container says a request cannot go asynchronous, the servlet still answers by the deadline,
 * but the container's thread waits for the slow handler in the meantime; that is logged once, at
 * warning level.
 *
 * <h2>The signed URL and proxies</h2>
 *
 * HubSpot signs the URL it calls, which the card declares: its {@code targetUrl} and each action's
 * {@code uri}. By default a request is verified as signed for the origin declared for its route,
 * the request's path and its raw query, so a proxy or load balancer that terminates TLS or
 * rewrites the host in front of the servlet does not matter. Where it rewrites the path, set
 * {@link CardSettings.Builder#publicBaseUrl(String)} to the public scheme, host and prefix that
 * correspond to this servlet's context. {@code Forwarded} and {@code X-Forwarded-*} headers are
 * never read: a client could set them.
 *
 * <p>Logging goes through {@link System.Logger} under this class's name and never includes
 * secrets, signatures or bodies. Instances are safe for concurrent requests; {@link #destroy()}
 * stops the pipeline's threads.
 */
public class CardServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient CardPipeline pipeline;
  private final transient CardSettings settings;
  private final transient AsyncMode asyncMode;

  /**
   * A servlet for one card.
   *
   * @param routes the card's routes, e.g. from a generated {@code routes(handler)}
   * @param settings the secret(s) and options
   */
  public CardServlet(CardRoutes routes, CardSettings settings) {
    this(List.of(Objects.requireNonNull(routes, "routes")), settings);
  }

  CardServlet(Collection<CardRoutes> cards, CardSettings settings) {
    this.pipeline = CardPipeline.create(settings, cards, CardServlet.class.getName());
    this.settings = settings;
    this.asyncMode = new AsyncMode(settings.handlerTimeout().toMillis(), cardNames("cards "));
  }

  /** The settings this servlet uses. */
  public final CardSettings settings() {
    return settings;
  }

  /** The container-neutral pipeline this servlet translates onto. */
  public final CardPipeline pipeline() {
    return pipeline;
  }

  @Override
  public String getServletInfo() {
    return "crmcards servlet for " + cardNames("");
  }

  @Override
  protected final void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String query = request.getQueryString();
    String path = request.getRequestURI();
    RawRequest.Body body = max -> ServletBody.read(request, response, max);
    RawRequest raw =
        path.startsWith("/")
            ? RawRequest.of(request.getMethod(), () -> origin(request), path, query,
                request::getHeader, body)
            // Not an origin-form target (such as "*"): the URL as the container reconstructs it.
            : RawRequest.of(request.getMethod(), url(request, query), request::getHeader, body);
    raw = raw.mountedAt(request.getContextPath());
    pipeline.handle(raw, new ServletResponder(asyncMode, request, response));
  }

  /** Scheme, host and port as the container saw them: its request URL without the path. */
  private static String origin(HttpServletRequest request) {
    String url = request.getRequestURL().toString();
    String path = request.getRequestURI();
    return url.endsWith(path) ? url.substring(0, url.length() - path.length())
        : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
  }

  private static String url(HttpServletRequest request, String query) {
    String url = request.getRequestURL().toString();
    return query == null ? url : url + '?' + query;
  }

  /**
   * Stops the pipeline's handler threads: handlers still running get until their deadline to
   * finish, then are interrupted. An executor from {@link CardSettings.Builder#handlerExecutor}
   * is left running.
   */
  @Override
  public void destroy() {
    pipeline.close();
    super.destroy();
  }

  private String cardNames(String prefix) {
    StringJoiner names = new StringJoiner(", ", prefix, "");
    for (CardRoutes card : pipeline.cards()) {
      names.add(card.cardName());
    }
    return names.toString();
  }
}
