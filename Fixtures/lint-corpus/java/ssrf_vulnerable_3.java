package hooks;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;

public class LinkPreview {
    public static void main(String[] args) {
        HttpClient http = HttpClient.newHttpClient();
        Javalin app = Javalin.create();
        app.get("/preview", ctx -> {
            String page = Jsoup.connect(ctx.queryParam("url")).get().title(); // expect: ssrf
            ctx.result(page);
        });
        app.post("/ping", ctx -> {
            String hook = ctx.formParam("hook");
            HttpRequest req = HttpRequest.newBuilder(URI.create(hook)).GET().build(); // expect: ssrf
            ctx.status(http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode());
        });
        app.start(8080);
    }
}
