package dev.crmcards.benchmarks;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import java.io.ByteArrayOutputStream;

/**
 * How the benchmarks write with dsl-json: the converter its annotation processor generated for
 * one data class (found through the service loader, no reflection-based fallback), through one
 * reused {@link JsonWriter} whose buffer holds a whole answer, into a reused stream.
 */
final class DslJsonWrite<T> {
  private final JsonWriter writer;
  private final JsonWriter.WriteObject<T> converter;

  DslJsonWrite(Class<T> type, int bufferSize) {
    DslJson<Object> dslJson = new DslJson<>(new DslJson.Settings<>().includeServiceLoader());
    writer = dslJson.newWriter(bufferSize);
    converter = dslJson.tryFindWriter(type);
    if (converter == null) {
      throw new IllegalStateException("dsl-json has no compiled converter for " + type.getName());
    }
  }

  /** Empties {@code out}, writes {@code value} into it and returns its size. */
  int write(T value, ByteArrayOutputStream out) {
    out.reset();
    writer.reset(out);
    converter.write(writer, value);
    writer.flush();
    return out.size();
  }
}
