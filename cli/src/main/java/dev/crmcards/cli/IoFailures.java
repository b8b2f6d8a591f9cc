package dev.crmcards.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What went wrong with a file or a connection, in words for the person at the terminal: the JDK's
 * exceptions name only a path (NoSuchFileException) or a class (a connection closed under the
 * HTTP client), which reads as a crash rather than as a reason.
 */
public final class IoFailures {
  private IoFailures() {}

  /** {@code no such file or directory: /proc/nope}, {@code the connection was closed}, and so on. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof NotDirectoryException f) {
      return "not a directory: " + f.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return "already exists: " + f.getFile();
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return "directory not empty: " + f.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within the time allowed";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within the time allowed";
    }
    if (e instanceof ConnectException || e instanceof ClosedChannelException
        || e.getCause() instanceof ClosedChannelException) {
      return e.getMessage() == null || e.getCause() instanceof ClosedChannelException
          ? "the connection was refused or closed"
          : "the connection failed: " + e.getMessage();
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }
}
