package controllers;

import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

/** Link previews for the chat: fetches the page a message links to and returns its title. */
public class LinkPreviewController extends Controller {

    private final WSClient ws;

    @Inject
    public LinkPreviewController(WSClient ws) {
        this.ws = ws;
    }

    public CompletionStage<Result> preview(Http.Request request) {
        String target = request.queryString("url").orElse("");
        return ws.url(target) // expect: ssrf
                .setRequestTimeout(java.time.Duration.ofSeconds(3))
                .get()
                .thenApply(this::toPreview);
    }

    private Result toPreview(WSResponse response) {
        String body = response.getBody();
        int start = body.indexOf("<title>");
        int end = body.indexOf("</title>");
        String title = start >= 0 && end > start ? body.substring(start + 7, end) : "";
        return ok(play.libs.Json.newObject().put("title", title).put("status", response.getStatus()));
    }
}
