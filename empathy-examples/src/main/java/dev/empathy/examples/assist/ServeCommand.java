package dev.empathy.examples.assist;

import dev.empathy.examples.command.Command;
import dev.empathy.examples.command.Invocation;
import dev.empathy.examples.command.UsageException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve}: the agent-assist page and its JSON API on a local port.
 *
 * <pre>{@code
 * java -jar empathy-cli.jar serve --port 8080      # then open http://127.0.0.1:8080/
 * }</pre>
 */
public final class ServeCommand implements Command {
  static final int DEFAULT_PORT = 8080;
  static final String DEFAULT_HOST = "127.0.0.1";

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "serve the agent-assist page and POST /api/assist on a local port";
  }

  @Override
  public String usage() {
    return """
        usage: empathy-cli serve [--port 8080] [--host 127.0.0.1]

        Serves the agent-assist page at / and its API. Binds to 127.0.0.1 unless --host says
        otherwise: the page carries customers' messages, so think before exposing it.

        POST /api/assist with a JSON object (at most 64 KB):
          customerText  the customer's message (required)
          draft         your draft reply (optional; reviewed when given)
          locale        BCP 47 tag, default "en-US"
          customer, summary, actions, timeline, followUp   as for compose
        Answer: {"signals": analyze output, "review": review output or null,
                 "suggestions": {"chat","email","social","sms","voice"}: compose output each}
        Without actions, each suggestion shows a marked slot where your action goes.
        Errors: 400 {"error":{"field","message"}}, 405 wrong method, 413 body too large.
        Stop with Ctrl-C.
        """;
  }

  @Override
  public int run(Invocation io) throws IOException {
    int port = DEFAULT_PORT;
    String host = DEFAULT_HOST;
    List<String> args = io.args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (i + 1 >= args.size() || !(arg.equals("--port") || arg.equals("--host"))) {
        throw new UsageException("unexpected argument \"" + arg + "\"");
      }
      String value = args.get(++i);
      if (arg.equals("--port")) {
        port = port(value);
      } else {
        host = value;
      }
    }
    AssistServer server = AssistServer.start(host, port, io.err());
    io.err().println("Empathy assist on http://" + hostForUrl(host) + ":" + server.port() + "/  (Ctrl-C stops)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop();
    }
    return 0;
  }

  static int port(String value) {
    try {
      int p = Integer.parseInt(value);
      if (p >= 0 && p <= 65535) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--port must be a number from 0 to 65535 but was \"" + value + "\"");
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
