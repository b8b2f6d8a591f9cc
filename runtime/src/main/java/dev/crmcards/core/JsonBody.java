package dev.crmcards.core;

import dev.crmcards.json.JsonOutput;

/**
 * A JSON document that writes itself as UTF-8; the answer of a {@link FetchRoute}.
 *
 * <p>The pipeline calls {@link #writeTo(JsonOutput)} with the calling thread's writer ({@link
 * JsonOutput#forThisThread()}), emptied, and sends what it holds afterwards without copying it.
 */
@FunctionalInterface
public interface JsonBody {
  /**
   * Writes the document into {@code json}. Do not call {@link JsonOutput#forThisThread()} (nor a
   * generated {@code writeJson} or {@code toJson}, which do) while writing: on this thread that is
   * {@code json} itself, and it would be emptied under the document.
   */
  void writeTo(JsonOutput json);
}
