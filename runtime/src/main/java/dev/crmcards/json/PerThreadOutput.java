package dev.crmcards.json;

/**
 * One {@link JsonOutput} per thread, reused from response to response so that writing one
 * allocates nothing ({@link JsonOutput#forThisThread()}).
 */
final class PerThreadOutput {

  private static final ThreadLocal<JsonOutput> OUTPUTS =
      ThreadLocal.withInitial(() -> new JsonOutput(JsonOutput.DEFAULT_CAPACITY));

  private PerThreadOutput() {}

  /** The calling thread's writer, emptied, and cut back to a small buffer if it grew too big. */
  static JsonOutput take() {
    JsonOutput out = OUTPUTS.get();
    out.clear(JsonOutput.MAX_RETAINED_CAPACITY, JsonOutput.DEFAULT_CAPACITY);
    return out;
  }
}
