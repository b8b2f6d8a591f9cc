package dev.crmcards.redis;

import dev.crmcards.http.LogText;
import dev.crmcards.replay.ReplayAnswer;
import dev.crmcards.replay.ReplayClaim;
import dev.crmcards.replay.ReplayStore;
import dev.crmcards.replay.ReplayStoreException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ReplayStore} on Redis, shared by every instance serving the same cards, so that a hook
 * sent to one instance and then to another runs once.
 *
 * <pre>{@code
 * CardSettings settings = CardSettings.builder()
 *     .clientSecret(System.getenv("HUBSPOT_CLIENT_SECRET"))
 *     .replayStore(RedisReplayStore.create("redis://redis.internal:6379"))
 *     .build();
 * }</pre>
 *
 * <h2>In Redis</h2>
 *
 * One string per hook request, under {@value #KEY_PREFIX} and the request's digest (never its
 * signature or body), expiring with the signature window: a claim is {@code SET key pending NX PX
 * window GET}, one atomic command, so of two instances claiming at once exactly one runs the hook;
 * completing and releasing are small Lua scripts that touch the key only while it still holds
 * this claim. A kept answer is its status and at most {@value ReplayAnswer#MAX_BODY_BYTES} bytes
 * of body. Redis 7.0 or later.
 *
 * <h2>When Redis is unreachable</h2>
 *
 * A hook must be answered within HubSpot's five seconds, so the store fails fast and closed:
 * commands time out after {@link #COMMAND_TIMEOUT}, connecting after {@link #CONNECT_TIMEOUT}
 * (both can be set with {@link #builder(String)});
 * while disconnected, commands are refused at once rather than queued, and none is sent again
 * after a reconnect (a claim whose instance has answered 503 must not be made later). The
 * connection is made as soon as the store is, and re-tried every {@link #RECONNECT_DELAY}, also
 * when Redis was down at start-up, so the store recovers by itself. Hooks are answered 503
 * meanwhile; data fetches never use the store. A claim whose reply was lost may still have been
 * made: its copies then get 409 until the window ends, unless the release sent at once reaches
 * Redis.
 *
 * <p>Messages of its exceptions name the Redis host and port and what failed, never a password,
 * a key or a value.
 */
public final class RedisReplayStore implements ReplayStore {

  /** The prefix of every key this store writes. */
  public static final String KEY_PREFIX = "crmcards:replay:";

  /** How long one command may take by default; Redis on the same network answers in well under 1 ms. */
  public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

  /** How long connecting may take by default. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

  /** How often a lost connection is tried again. */
  public static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

  /**
   * How long a claim waits for a connection being made: the first connection also starts the
   * client's threads, which takes longer than {@link #CONNECT_TIMEOUT} on a busy machine.
   */
  private static final Duration FIRST_CONNECT_WAIT = Duration.ofSeconds(3);

  private static final byte PENDING = 'P';
  private static final byte DONE = 'D';

  /** Replaces the key's value, keeping its expiry, only while it holds the claim. */
  private static final String COMPLETE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1 end return 0";

  /** Deletes the key only while it holds the claim. */
  private static final String RELEASE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then"
          + " return redis.call('DEL', KEYS[1]) end return 0";

  private static final RedisCodec<String, byte[]> CODEC =
      RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

  private final String where;
  private final RedisURI uri;
  private final ClientResources resources;
  private final RedisClient client;
  private static final System.Logger LOG = System.getLogger(RedisReplayStore.class.getName());

  private final ReentrantLock connecting = new ReentrantLock();
  private volatile StatefulRedisConnection<String, byte[]> connection;
  private volatile long nextConnectNanos = System.nanoTime();
  private volatile boolean closed;

  private RedisReplayStore(RedisURI uri, Duration commandTimeout, Duration connectTimeout) {
    this.uri = uri;
    this.where = "Redis at " + uri.getHost() + ":" + uri.getPort();
    this.resources =
        ClientResources.builder()
            .ioThreadPoolSize(2)
            .computationThreadPoolSize(2)
            .reconnectDelay(Delay.constant(RECONNECT_DELAY))
            .build();
    this.client = RedisClient.create(resources);
    client.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .replayFilter(command -> true)
            .socketOptions(
                SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
            .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
            .build());
  }

  /**
   * A store on the Redis server at this URI, for example {@code redis://127.0.0.1:6379}, {@code
   * redis://:password@host:6379/2} or {@code rediss://host:6380} (TLS). It connects on first use,
   * so it can be made while Redis is still starting.
   *
   * @throws IllegalArgumentException if the URI is not a Redis URI (the message leaves out any
   *     password)
   */
  public static RedisReplayStore create(String redisUri) {
    return builder(redisUri).build();
  }

  /**
   * Like {@link #create(String)}, with other timeouts: {@code
   * RedisReplayStore.builder(uri).commandTimeout(Duration.ofSeconds(1)).build()}. Keep them well
   * inside HubSpot's five seconds: a hook waits for its claim before its handler runs.
   *
   * @throws IllegalArgumentException if the URI is not a Redis URI (the message leaves out any
   *     password)
   */
  public static Builder builder(String redisUri) {
    Objects.requireNonNull(redisUri, "redisUri");
    try {
      return new Builder(RedisURI.create(redisUri));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not a Redis URI (redis://host:port, rediss://host:port for TLS): "
              + withoutPassword(redisUri));
    }
  }

  /** The timeouts of a {@link RedisReplayStore}; {@link #build()} makes the store. */
  public static final class Builder {
    private final RedisURI uri;
    private Duration commandTimeout = COMMAND_TIMEOUT;
    private Duration connectTimeout = CONNECT_TIMEOUT;

    private Builder(RedisURI uri) {
      this.uri = uri;
    }

    /** How long one command may take before the hook is answered 503 (default {@link #COMMAND_TIMEOUT}). */
    public Builder commandTimeout(Duration timeout) {
      this.commandTimeout = positive(timeout, "commandTimeout");
      return this;
    }

    /** How long connecting may take (default {@link #CONNECT_TIMEOUT}). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** The store; it starts connecting at once, in the background. */
    public RedisReplayStore build() {
      uri.setTimeout(commandTimeout);
      RedisReplayStore store = new RedisReplayStore(uri, commandTimeout, connectTimeout);
      store.connectInBackground();
      return store;
    }

    private static Duration positive(Duration timeout, String name) {
      Objects.requireNonNull(timeout, name);
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + timeout);
      }
      return timeout;
    }
  }

  /**
   * Starts connecting now, so that the first hook does not wait for it; failures are retried. A
   * first attempt that fails is logged at once: a wrong host or a Redis not yet up shows at
   * start-up, not only when a user's first click is answered 503.
   */
  private void connectInBackground() {
    Thread thread = new Thread(() -> {
      try {
        connection();
      } catch (ReplayStoreException e) {
        LOG.log(Level.WARNING, () -> e.getMessage() + "; action hooks are answered 503 until Redis answers,"
            + " each trying again at most every " + RECONNECT_DELAY.toSeconds() + " s");
      }
    }, "crmcards-redis-connect");
    thread.setDaemon(true);
    thread.start();
  }

  private static String withoutPassword(String uri) {
    int at = uri.lastIndexOf('@');
    int scheme = uri.indexOf("://");
    return at < 0 ? uri : uri.substring(0, scheme < 0 ? 0 : scheme + 3) + "***" + uri.substring(at);
  }

  @Override
  public ReplayClaim claim(String key, Duration window) {
    StatefulRedisConnection<String, byte[]> redis = connection();
    byte[] pending = pendingValue();
    String redisKey = KEY_PREFIX + key;
    byte[] existing;
    try {
      existing =
          redis.sync().setGet(redisKey, pending, SetArgs.Builder.nx().px(Math.max(1, window.toMillis())));
    } catch (RuntimeException e) {
      // The claim may have been made even so: take it back if Redis can still be reached.
      redis.async().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {redisKey}, pending);
      throw failure("claiming", e);
    }
    if (existing == null) {
      return ReplayClaim.claimed(key, new String(pending, StandardCharsets.US_ASCII));
    }
    if (existing.length > 0 && existing[0] == DONE) {
      return ReplayClaim.done(key, StoredAnswers.decode(existing, where));
    }
    return ReplayClaim.inProgress(key);
  }

  @Override
  public void complete(ReplayClaim claim, ReplayAnswer answer) {
    script("completing", COMPLETE, claim, StoredAnswers.encode(DONE, answer));
  }

  @Override
  public void release(ReplayClaim claim) {
    script("releasing", RELEASE, claim);
  }

  private void script(String what, String script, ReplayClaim claim, byte[]... more) {
    byte[][] args = new byte[1 + more.length][];
    args[0] = claim.token().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(more, 0, args, 1, more.length);
    StatefulRedisConnection<String, byte[]> redis = connection();
    try {
      redis.sync().eval(script, ScriptOutputType.INTEGER, new String[] {KEY_PREFIX + claim.key()},
          args);
    } catch (RuntimeException e) {
      throw failure(what, e);
    }
  }

  /**
   * The value of a pending claim: {@code P} and 32 random hex digits, which tell this claim from
   * a later one of the same key.
   */
  private static byte[] pendingValue() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String token = String.format("%016x%016x", random.nextLong(), random.nextLong());
    return ((char) PENDING + token).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The connection, made on first use; Lettuce keeps it up from then on. Callers arriving while it
   * is made wait for it (at most {@link #FIRST_CONNECT_WAIT}); after a failed attempt, callers fail at once until {@link
   * #RECONNECT_DELAY} has passed, then one of them tries again.
   */
  private StatefulRedisConnection<String, byte[]> connection() {
    StatefulRedisConnection<String, byte[]> current = connection;
    if (current != null) {
      return current;
    }
    boolean locked;
    try {
      locked = connecting.tryLock(FIRST_CONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReplayStoreException(where + ": interrupted while connecting");
    }
    if (!locked) {
      throw new ReplayStoreException(where + ": not connected");
    }
    try {
      current = connection;
      if (current != null) {
        return current;
      }
      if (closed) {
        throw new ReplayStoreException(where + ": the store is closed");
      }
      if (System.nanoTime() - nextConnectNanos < 0) {
        throw new ReplayStoreException(where + ": not connected");
      }
      try {
        current = client.connect(CODEC, uri);
      } catch (RuntimeException e) {
        nextConnectNanos = System.nanoTime() + RECONNECT_DELAY.toNanos();
        throw failure("connecting", e);
      }
      connection = current;
      return current;
    } finally {
      connecting.unlock();
    }
  }

  /**
   * What failed, in words a log may repeat: Redis's own message is bounded and masked as request
   * text is, for it may quote what it was sent.
   */
  ReplayStoreException failure(String what, RuntimeException e) {
    String message = e.getMessage();
    return new ReplayStoreException(
        where + ": " + what + " failed: " + e.getClass().getSimpleName()
            + (message == null ? "" : " (" + LogText.of(message) + ")"),
        null);
  }

  /** Closes the connection and the client's threads. */
  @Override
  public void close() {
    connecting.lock();
    try {
      closed = true;
      StatefulRedisConnection<String, byte[]> current = connection;
      connection = null;
      if (current != null) {
        current.close();
      }
    } finally {
      connecting.unlock();
    }
    client.shutdown(0, 2, TimeUnit.SECONDS);
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }

  /** The host and port, never a password. */
  @Override
  public String toString() {
    return "replay store on " + where;
  }
}
