package dev.crmcards;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What one logger logs while a test runs, at every level, kept from the console: {@code
 * System.Logger} goes to {@code java.util.logging} here. Close it to hand the logger back as it
 * was.
 */
public final class CapturedLog implements AutoCloseable {
  private final Logger logger;
  private final boolean parentHandlers;
  private final Level level;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private CapturedLog(String loggerName) {
    logger = Logger.getLogger(loggerName);
    parentHandlers = logger.getUseParentHandlers();
    level = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
  }

  /** Starts capturing what the logger of this name logs. */
  public static CapturedLog of(String loggerName) {
    return new CapturedLog(loggerName);
  }

  /** What was logged so far, live: cleared by {@code records().clear()}. */
  public List<LogRecord> records() {
    return records;
  }

  @Override
  public void close() {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(parentHandlers);
    logger.setLevel(level);
  }
}
