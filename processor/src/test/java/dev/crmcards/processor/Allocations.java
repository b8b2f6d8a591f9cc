package dev.crmcards.processor;

import dev.crmcards.CardResponse;
import dev.crmcards.json.JsonOutput;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;

/** Measures what generated code allocates on the calling thread. */
final class Allocations {
  private Allocations() {}

  /** Code under measurement. */
  @FunctionalInterface
  interface Work {
    void run() throws Throwable;
  }

  /**
   * The fewest bytes {@code times} runs of {@code work} allocated, over up to 20 rounds: the least
   * of several, once the JIT has settled; 0 as soon as a round allocates nothing.
   */
  static long leastAllocated(int times, Work work) throws Throwable {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long allocated = Long.MAX_VALUE;
    for (int round = 0; round < 20 && allocated > 0; round++) {
      long before = threads.getThreadAllocatedBytes(id);
      for (int i = 0; i < times; i++) {
        work.run();
      }
      allocated = Math.min(allocated, threads.getThreadAllocatedBytes(id) - before);
    }
    return allocated;
  }

  /**
   * The fewest bytes 2,000 runs of a generated card's {@code write(response, summary, 10, json)}
   * allocated, {@code json} reset before each; it holds the last answer afterwards.
   */
  static long writingAPage(Method write, CardResponse<?> response, Object summary, JsonOutput json) throws Throwable {
    // Called through an exact method handle: no reflection, boxing or argument array of our own.
    MethodHandle exact =
        MethodHandles.publicLookup().unreflect(write)
            .asType(MethodType.methodType(void.class, CardResponse.class, Object.class, int.class, JsonOutput.class));
    return leastAllocated(2_000, () -> {
      json.reset();
      exact.invokeExact(response, summary, 10, json);
    });
  }
}
