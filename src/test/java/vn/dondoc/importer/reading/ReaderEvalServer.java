package vn.dondoc.importer.reading;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Answers {@code POST /api/imports/preview} as the application does, with the reader alone, so that
 * {@code importer_eval.py} can score the reader without the application. Usage: {@code ReaderEvalServer [port]}.
 */
public final class ReaderEvalServer {

    private ReaderEvalServer() {
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8089;
        DirectiveReader reader = new DirectiveReader(loadBodies());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/api/imports/preview", ex -> handle(reader, ex));
        server.start();
        System.out.println("reader preview on http://localhost:" + port + "/api/imports/preview");
    }

    static List<KnownBody> loadBodies() throws IOException {
        try (InputStream in = ReaderEvalServer.class.getResourceAsStream("/reference/bodies.tsv")) {
            if (in == null) {
                throw new IOException("reference/bodies.tsv is not on the classpath");
            }
            return KnownBody.fromTsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static void handle(DirectiveReader reader, HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            LocalDate date = null;
            String query = ex.getRequestURI().getRawQuery();
            if (query != null) {
                for (String kv : query.split("&")) {
                    if (kv.startsWith("documentDate=")) {
                        try {
                            date = LocalDate.parse(URLDecoder.decode(kv.substring(13), StandardCharsets.UTF_8));
                        } catch (java.time.format.DateTimeParseException e) {
                            ex.sendResponseHeaders(400, -1);
                            return;
                        }
                    }
                }
            }
            byte[] out = json(reader.read(body, date)).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
            ex.sendResponseHeaders(200, out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
    }

    static String json(Reading r) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"title\":").append(str(r.title()));
        sb.append(",\"documentDate\":").append(r.documentDate() == null ? "null" : str(r.documentDate().toString()));
        sb.append(",\"issuer\":").append(str(r.issuer()));
        sb.append(",\"number\":").append(str(r.number())).append(",\"kind\":").append(str(r.kind()));
        sb.append(",\"tasks\":[");
        for (int i = 0; i < r.tasks().size(); i++) {
            FoundTask t = r.tasks().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"text\":").append(str(t.text()))
                    .append(",\"section\":").append(str(t.section()))
                    .append(",\"start\":").append(t.start()).append(",\"end\":").append(t.end())
                    .append(",\"deadline\":").append(t.deadline() == null ? "null" : str(t.deadline().toString()))
                    .append(",\"deadlineText\":").append(str(t.deadlineText()))
                    .append(",\"deadlineKind\":").append(str(t.deadlineKind().name()))
                    .append(",\"recurrence\":").append(str(t.recurrence()))
                    .append(",\"confidence\":").append(t.confidence())
                    .append(",\"doubts\":").append(t.doubts().stream().map(d -> str(d.name())).toList())
                    .append(",\"owners\":[");
            for (int j = 0; j < t.owners().size(); j++) {
                FoundOwner o = t.owners().get(j);
                sb.append(j == 0 ? "" : ",").append("{\"code\":").append(str(o.code())).append(",\"name\":").append(str(o.name()))
                        .append(",\"role\":").append(str(o.role().name())).append(",\"inferred\":").append(o.inferred())
                        .append(",\"group\":").append(o.group()).append(",\"reason\":").append(str(o.reason())).append('}');
            }
            sb.append("]}");
        }
        sb.append("],\"warnings\":[");
        for (int i = 0; i < r.warnings().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(str(r.warnings().get(i).name()));
        }
        return sb.append("]}").toString();
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
