package dev.empathy.examples.assist;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Slow and concurrent clients on loopback (127.0.0.1 only): clients that trickle their headers
 * do not hold back anyone else, hostile bodies get JSON answers, and every answer carries the
 * security headers. Bounded: a fixed number of clients and requests; it stops by itself.
 */
class AssistServerSoakTest {
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
  private static AssistServer server;

  @BeforeAll
  static void start() throws Exception {
    server = AssistServer.start("127.0.0.1", 0, new PrintStream(LOG, true, UTF_8));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> post(byte[] body, String type) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + AssistServer.API_PATH))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void slowClientsDoNotHoldBackConcurrentRequests() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      // More slow clients than the old fixed pool had workers: each sends half a request line.
      for (int i = 0; i < 12; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        OutputStream out = s.getOutputStream();
        out.write("POST /api/assist HTTP/1.1\r\nHo".getBytes(UTF_8));
        out.flush();
        slow.add(s);
      }
      ExecutorService clients = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          String body = "{\"customerText\":\"charged twice for order " + i + "!!\"}";
          answers.add(clients.submit(() -> post(body.getBytes(UTF_8), "application/json").statusCode()));
        }
        for (Future<Integer> a : answers) {
          assertEquals(200, a.get());
        }
      } finally {
        clients.shutdownNow();
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  /**
   * Slowloris at scale: 120 clients trickle their headers a byte at a time, 30 more send complete
   * headers and then trickle their bodies, while 16 clients send 64 ordinary requests in
   * parallel. Every ordinary request is answered, and the pool never refuses work: no connection
   * is dropped for want of a worker. Bounded: the slow clients are closed once the ordinary
   * requests are answered (each has a 30 s request timeout, so a hang fails rather than waits).
   */
  @Test
  void manySlowClientsNeverExhaustThePoolAndParallelClientsAreAnswered() throws Exception {
    long rejectedBefore = server.rejectedConnections();
    List<Socket> slow = new ArrayList<>();
    java.util.concurrent.ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      for (int i = 0; i < 150; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
        String start = i < 120
            ? "POST /api/assist HTTP/1.1\r\nHo"
            : "POST /api/assist HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"customerText\":\"";
        s.getOutputStream().write(start.getBytes(UTF_8));
        s.getOutputStream().flush();
        slow.add(s);
      }
      trickle.scheduleAtFixedRate(() -> {
        for (Socket s : slow) {
          try {
            s.getOutputStream().write('a');
            s.getOutputStream().flush();
          } catch (java.io.IOException e) {
            // the server cut this slow client off: what it should do sooner or later
          }
        }
      }, 200, 200, java.util.concurrent.TimeUnit.MILLISECONDS);

      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String body = "{\"customerText\":\"I was charged twice for order " + i + ", please help\"}";
        answers.add(clients.submit(() -> post(body.getBytes(UTF_8), "application/json")));
      }
      for (Future<HttpResponse<String>> a : answers) {
        HttpResponse<String> r = a.get();
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("{"), r.body());
      }
      assertEquals(rejectedBefore, server.rejectedConnections(), () -> "connections dropped for want of a worker; log: " + LOG.toString(UTF_8));
      assertTrue(server.largestPoolSize() < AssistServer.MAX_WORKERS,
          () -> "the pool reached its maximum: " + server.largestPoolSize() + " of " + AssistServer.MAX_WORKERS);
    } finally {
      trickle.shutdownNow();
      clients.shutdownNow();
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void aBodyThatIsNotUtf8IsA415InJson() throws Exception {
    HttpResponse<String> r = post(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "application/json");
    assertEquals(415, r.statusCode(), r.body());
    assertTrue(r.body().startsWith("{\"error\":"), r.body());
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (HttpResponse<String> r : List.of(
        post("{}".getBytes(UTF_8), "application/json"),
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString()),
        HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/nope.txt")).build(), HttpResponse.BodyHandlers.ofString()))) {
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), r.headers().toString());
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
  }

  @Test
  void hostileBodiesGetJsonAnswersAndTheServerKeepsServing() throws Exception {
    List<String> bodies = List.of(
        "[" .repeat(5000),
        "{\"customerText\":\"" + "\u202E".repeat(1000) + "\"}",
        "{\"customerText\":\"x\",\"now\":\"+999999999-12-31T23:59:59Z\"}",
        "{\"customerText\":\"x\",\"timeline\":{\"by\":\"+999999999-12-31\"}}",
        "{\"customerText\":\"" + "a".repeat(70_000) + "\"}",
        "{\"customerText\":\"" + "😀".repeat(10_000) + "\",\"locale\":\"zz-ZZ-x-" + "a".repeat(8) + "\"}");
    for (String b : bodies) {
      HttpResponse<String> r = post(b.getBytes(UTF_8), "application/json");
      assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
      assertTrue(r.body().startsWith("{"), r.body());
    }
    assertEquals(200, post("{\"customerText\":\"where is my refund\"}".getBytes(UTF_8), "application/json").statusCode());
  }
}
