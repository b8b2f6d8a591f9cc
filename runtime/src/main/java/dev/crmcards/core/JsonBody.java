package dev.crmcards.core;

import java.io.IOException;
import java.io.OutputStream;

/** A JSON document that writes itself as UTF-8; the answer of a {@link FetchRoute}. */
@FunctionalInterface
public interface JsonBody {
  /** Writes the document. Does not close the stream. */
  void writeTo(OutputStream out) throws IOException;
}
