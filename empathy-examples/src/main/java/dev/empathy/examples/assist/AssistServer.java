package dev.empathy.examples.assist;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.empathy.InvalidInputException;
import dev.empathy.examples.json.EmpathyCache;
import dev.empathy.examples.json.JsonInput;
import dev.empathy.examples.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The agent-assist web server: the static page at {@code /} and {@code POST /api/assist}. Plain
 * JDK {@link HttpServer}; bound to loopback unless told otherwise, because the page carries
 * customers' messages.
 *
 * <pre>{@code
 * AssistServer server = AssistServer.start("127.0.0.1", 8080, System.err);
 * // … http://127.0.0.1:8080/
 * server.stop();
 * }</pre>
 *
 * <p>Answers: 200 with the assist JSON; 400 {@code {"error":{"field","message"}}} naming the
 * request field at fault ({@code "$"} for the body as a whole); 403 when the server is on loopback
 * and the request's {@code Host} is not a loopback name (DNS rebinding); 404 for anything but the page's
 * files; 405 for a wrong method; 413 for a body over {@value #MAX_BODY_BYTES} bytes; 415 for a
 * body that is not UTF-8; 500 (JSON too) for an internal error. Every answer carries a
 * Content-Security-Policy, {@code X-Frame-Options: DENY} and {@code X-Content-Type-Options:
 * nosniff}.
 *
 * <p>Limits: a request must arrive whole within {@value #READ_TIMEOUT_SECONDS} s (the JDK server's
 * {@code sun.net.httpserver.maxReqTime}, set unless given with -D). The JDK server reads a
 * request on a worker thread, so a slow client holds one until that timeout: at most {@value
 * #MAX_CONNECTIONS} connections are open at once ({@code jdk.httpserver.maxConnections}; the
 * server closes a connection beyond that as soon as it is accepted), fewer than the {@value
 * #MAX_WORKERS} workers, so slow clients can never take the last worker and the pool never refuses
 * work. Should it ever have to (a JDK without the connection limit), the connection is dropped
 * with a log line and counted.
 */
final class AssistServer {
  static final int MAX_BODY_BYTES = 64 * 1024;
  /** Seconds a client has to send a whole request (headers and body). */
  static final long READ_TIMEOUT_SECONDS = 30;
  /** Open connections at most; below {@link #MAX_WORKERS}, so connections cannot exhaust the pool. */
  static final int MAX_CONNECTIONS = 192;
  /** Worker threads at most; made on demand, an idle one ends after 30 s. */
  static final int MAX_WORKERS = 256;
  static final int QUEUE = 64;
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
  static final String API_PATH = "/api/assist";

  private static final String PAGE_ROOT = "/assist/";
  /** One plain file name: no slash, no leading dot, so no way out of the page's folder. */
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9]+)+");

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private static final ImmutableMap<String, String> CONTENT_TYPES =
      ImmutableMap.<String, String>builder()
          .put("html", "text/html; charset=utf-8")
          .put("css", "text/css; charset=utf-8")
          .put("js", "text/javascript; charset=utf-8")
          .put("json", "application/json; charset=utf-8")
          .put("svg", "image/svg+xml")
          .put("png", "image/png")
          .put("ico", "image/x-icon")
          .buildOrThrow();

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();
  private final Assist assist = new Assist(new EmpathyCache());
  private final PrintStream log;

  private AssistServer(HttpServer server, PrintStream log) {
    this.server = server;
    this.log = log;
    // The JDK server reads a request's headers and body on the worker thread: slow clients hold
    // a worker until the read timeout (below) cuts them off, so the pool grows well past the
    // number of slow clients one can expect on a desk, and overflow is dropped, never thrown at
    // the accepting thread.
    // Core size = maximum, idle threads time out: a pool grows before it queues (a plain
    // ThreadPoolExecutor queues first, so four slow clients would again hold every request back).
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        MAX_WORKERS, MAX_WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
        r -> {
          Thread t = new Thread(r, "assist-http");
          t.setDaemon(true);
          return t;
        },
        (r, executor) -> {
          rejected.incrementAndGet();
          log.println("serve: busy (" + MAX_WORKERS + " requests in progress, " + QUEUE + " waiting); a connection was dropped");
        });
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
    server.setExecutor(workers);
    server.createContext("/", this::handle);
  }

  /**
   * Binds and starts the server.
   *
   * @param port the TCP port; 0 picks a free one (see {@link #port()})
   * @param log where internal errors are reported
   */
  static AssistServer start(String host, int port, PrintStream log) throws IOException {
    // The JDK server's read timeout, read once per JVM: a request (headers and body) must arrive
    // within READ_TIMEOUT_SECONDS of the connection. -D on the command line wins.
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Long.toString(READ_TIMEOUT_SECONDS));
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqHeaders", "100");
    System.getProperties().putIfAbsent("jdk.httpserver.maxConnections", Integer.toString(MAX_CONNECTIONS));
    System.getProperties().putIfAbsent("sun.net.httpserver.timerMillis", "250");
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 0);
    AssistServer s = new AssistServer(http, log);
    http.start();
    return s;
  }

  /** The bound address. */
  InetSocketAddress address() {
    return server.getAddress();
  }

  int port() {
    return server.getAddress().getPort();
  }

  /** Connections dropped because every worker was busy and the queue full (0 by design). */
  long rejectedConnections() {
    return rejected.get();
  }

  /** The most workers that were ever alive at once. */
  int largestPoolSize() {
    return workers.getLargestPoolSize();
  }

  /** Stops accepting requests and lets the ones in flight finish (up to a second). */
  void stop() {
    server.stop(1);
    workers.shutdown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        String path = exchange.getRequestURI().getPath();
        if (!trustedHost(exchange.getRequestHeaders().getFirst("Host"))) {
          error(exchange, 403, "$", "this server answers only requests addressed to localhost");
        } else if (path.equals(API_PATH)) {
          api(exchange);
        } else {
          page(exchange, path);
        }
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // A worker never dies of one request, and the client gets JSON, not the JDK's page.
        log.println("serve: internal error on " + exchange.getRequestURI());
        e.printStackTrace(log);
        if (exchange.getResponseCode() == -1) {
          error(exchange, 500, "$", "internal error (please report it)");
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away mid-answer: nothing to tell it
    }
  }

  /**
   * On a loopback address, only requests naming a loopback host are answered: a web page elsewhere
   * cannot reach the server through a rebound DNS name and read customers' messages back.
   */
  private boolean trustedHost(String host) {
    if (!server.getAddress().getAddress().isLoopbackAddress()) {
      return true;
    }
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      name = name.substring(0, Math.max(1, name.indexOf(']') + 1));
    } else if (name.indexOf(':') >= 0) {
      name = name.substring(0, name.indexOf(':'));
    }
    return LOOPBACK_NAMES.contains(name);
  }

  private void api(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      error(exchange, 405, "$", "use POST with a JSON object body");
      return;
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null && tooLong(length)) {
      error(exchange, 413, "$", "request body must be at most " + MAX_BODY_BYTES + " bytes");
      return;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      error(exchange, 413, "$", "request body must be at most " + MAX_BODY_BYTES + " bytes");
      return;
    }
    String text;
    try {
      text = UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      error(exchange, 415, "$", "request body must be UTF-8 encoded JSON");
      return;
    }
    ObjectNode answer;
    try {
      answer = assist.answer(JsonInput.of(StrictJson.readObject(text)));
    } catch (InvalidInputException e) {
      error(exchange, 400, e.field(), e.getMessage());
      return;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      log.println("serve: internal error answering " + API_PATH);
      e.printStackTrace(log);
      error(exchange, 500, "$", "internal error (please report it)");
      return;
    }
    send(exchange, 200, CONTENT_TYPES.get("json"), StrictJson.write(answer).getBytes(UTF_8));
  }

  private static boolean tooLong(String contentLength) {
    try {
      return Long.parseLong(contentLength.strip()) > MAX_BODY_BYTES;
    } catch (NumberFormatException e) {
      return false; // the read below enforces the limit anyway
    }
  }

  private void page(HttpExchange exchange, String path) throws IOException {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      error(exchange, 405, "$", "the page is read with GET");
      return;
    }
    String name = path.equals("/") ? "index.html" : path.substring(1);
    byte[] bytes = FILE_NAME.matcher(name).matches() ? resource(name) : null;
    String type = bytes == null ? null : CONTENT_TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    if (type == null) {
      error(exchange, 404, "$", "no such page: " + path);
      return;
    }
    if (method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    send(exchange, 200, type, bytes);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = AssistServer.class.getResourceAsStream(PAGE_ROOT + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static void error(HttpExchange exchange, int status, String field, String message) throws IOException {
    ObjectNode o = StrictJson.object();
    o.putObject("error").put("field", field).put("message", message);
    if (status == 413) {
      // The unread rest of the body is still on the wire: this connection cannot be reused.
      exchange.getResponseHeaders().set("Connection", "close");
      // Read and drop what the client is still sending (at most 1 MiB, under the read timeout):
      // closing a socket with unread bytes resets it, and the client could lose this answer.
      try (InputStream in = exchange.getRequestBody()) {
        byte[] buf = new byte[8192];
        long left = 1 << 20;
        int n;
        while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
          left -= n;
        }
      } catch (IOException ignored) {
        // the client went away: nothing to answer
      }
    }
    send(exchange, status, CONTENT_TYPES.get("json"), StrictJson.write(o).getBytes(UTF_8));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
