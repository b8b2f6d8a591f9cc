package dev.crmcards.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crmcards.cli.support.CliRun;
import dev.crmcards.cli.support.Fixtures;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IoFailuresTest {
  @Test
  void namesTheReasonAndThePathNotTheExceptionClass() {
    assertThat(IoFailures.describe(new NoSuchFileException("/proc/nope"))).isEqualTo("no such file or directory: /proc/nope");
    assertThat(IoFailures.describe(new AccessDeniedException("/etc/x"))).isEqualTo("permission denied: /etc/x");
    assertThat(IoFailures.describe(new FileSystemException("/mnt/x", null, "Read-only file system")))
        .isEqualTo("Read-only file system: /mnt/x");
    ConnectException closed = new ConnectException();
    closed.initCause(new ClosedChannelException());
    assertThat(IoFailures.describe(closed)).isEqualTo("the connection was refused or closed");
    assertThat(IoFailures.describe(new IOException("stream ended early"))).isEqualTo("stream ended early");
    assertThat(IoFailures.describe(new IOException())).isEqualTo("IOException");
  }

  @Test
  void appSaysWhyItCannotWriteWithoutTheExceptionsName() {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc, where nothing can be created");
    CliRun run = CliRun.run("app", "--definitions", Fixtures.exampleDefinitions().toString(), "--out", "/proc/crmcards-out");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write to /proc/crmcards-out: ").doesNotContain("Exception");
  }
}
