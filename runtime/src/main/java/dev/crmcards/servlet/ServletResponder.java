package dev.crmcards.servlet;

import dev.crmcards.core.Answer;
import dev.crmcards.core.Responder;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Sends the pipeline's answer on a servlet response, and, for a detached request, keeps it open in
 * asynchronous mode until then.
 */
final class ServletResponder implements Responder, AsyncListener {
  private final AsyncMode asyncMode;
  private final HttpServletRequest request;
  private final HttpServletResponse response;
  private final Thread requestThread = Thread.currentThread();
  private AsyncContext async;
  private Runnable abandon;

  ServletResponder(AsyncMode asyncMode, HttpServletRequest request, HttpServletResponse response) {
    this.asyncMode = asyncMode;
    this.request = request;
    this.response = response;
  }

  @Override
  public void send(Answer answer) throws IOException {
    try {
      if (answer.status() != HttpServletResponse.SC_OK) {
        response.setStatus(answer.status());
      }
      for (Map.Entry<String, String> header : answer.headers().entrySet()) {
        if (header.getKey().equals("Content-Type")) {
          response.setContentType(header.getValue());
        } else {
          response.setHeader(header.getKey(), header.getValue());
        }
      }
      response.setContentLength(answer.bodyLength());
      answer.writeBodyTo(response.getOutputStream());
      if (async == null && Thread.currentThread() != requestThread) {
        // The deadline's 503, while the request thread is still inside the handler: out now.
        response.flushBuffer();
      }
    } finally {
      if (async != null) {
        complete();
      }
    }
  }

  @Override
  public boolean detach(Runnable abandon) {
    if (!request.isAsyncSupported()) {
      asyncMode.warnNotSupported();
      return false;
    }
    this.abandon = abandon;
    async = request.startAsync();
    async.setTimeout(asyncMode.timeoutMillis);
    async.addListener(this);
    return true;
  }

  private void complete() {
    try {
      async.complete();
    } catch (IllegalStateException e) {
      // already completed by the container
    }
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    // Only a backstop: the pipeline's deadline answers long before.
    abandon.run();
    complete();
  }

  @Override
  public void onError(AsyncEvent event) {
    abandon.run();
    complete();
  }

  @Override
  public void onComplete(AsyncEvent event) {
    // Completed by us, or by the container itself (for example while shutting down).
    abandon.run();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    // not restarted
  }
}
