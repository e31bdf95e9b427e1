package eu.sadarbe.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * What an attacker types into every field that reaches a PDF (issue #12, section 2), and a real HTTP server on this
 * machine that counts every request the renderer might make to it: there must be none.
 */
public final class HostileText implements AutoCloseable {

    public static final String LATVIAN = "Ģērbšanās ķēķī: ā č ē ģ ī ķ ļ ņ š ū ž Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž";
    public static final String AMPERSANDS = "R&D skills for A&B partners";
    public static final String ROW = "</td></tr><tr><td>injected";
    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String FILE = "<img src=\"file:///etc/passwd\"/> file:///etc/passwd";

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    public HostileText() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    /** An image tag that makes whoever renders it as HTML ask this server for an image. */
    public String image() {
        return "<img src=\"http://127.0.0.1:" + server.getAddress().getPort() + "/x.png\"/>";
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/x.png";
    }

    /** Every hostile text, each meant to appear literally in the PDF's text. */
    public List<String> all() {
        return List.of(image(), FILE, ROW, AMPERSANDS, SCRIPT, LATVIAN);
    }

    /** All of them in one line, for a field that holds one text. */
    public String combined() {
        return String.join(" ", all());
    }

    /** How many requests reached the server. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
