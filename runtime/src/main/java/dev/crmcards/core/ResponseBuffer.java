package dev.crmcards.core;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer that a {@link JsonBody} writes into before the servlet knows it may send
 * it. One per thread, reused from request to request, so that the fetch path allocates no buffer
 * per request. Not thread-safe.
 */
final class ResponseBuffer extends OutputStream {
  static final int INITIAL_CAPACITY = 8 * 1024;

  /** A buffer that grew beyond this is replaced by a small one when handed out again. */
  static final int MAX_RETAINED_CAPACITY = 1024 * 1024;

  private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 16;

  private static final ThreadLocal<ResponseBuffer> PER_THREAD =
      ThreadLocal.withInitial(ResponseBuffer::new);

  private byte[] buf = new byte[INITIAL_CAPACITY];
  private int count;

  private ResponseBuffer() {}

  /** The calling thread's buffer, emptied. Its content is valid until the next call. */
  static ResponseBuffer forThisThread() {
    ResponseBuffer buffer = PER_THREAD.get();
    if (buffer.buf.length > MAX_RETAINED_CAPACITY) {
      buffer.buf = new byte[INITIAL_CAPACITY];
    }
    buffer.count = 0;
    return buffer;
  }

  /** The backing array; the content is its first {@link #size()} bytes. */
  byte[] array() {
    return buf;
  }

  int size() {
    return count;
  }

  @Override
  public void write(int b) {
    ensure(1);
    buf[count++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || length > bytes.length - offset) {
      throw new IndexOutOfBoundsException();
    }
    ensure(length);
    System.arraycopy(bytes, offset, buf, count, length);
    count += length;
  }

  private void ensure(int more) {
    if (more <= buf.length - count) {
      return;
    }
    long needed = (long) count + more;
    if (needed > MAX_ARRAY_SIZE) {
      throw new OutOfMemoryError("response larger than " + MAX_ARRAY_SIZE + " bytes");
    }
    long doubled = Math.max(2L * buf.length, needed);
    buf = Arrays.copyOf(buf, (int) Math.min(doubled, MAX_ARRAY_SIZE));
  }
}
