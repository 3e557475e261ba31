package controllers;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

/** Link previews for the chat: only for the video and code hosts the chat embeds. */
public class LinkPreviewController extends Controller {

    private static final Set<String> PREVIEW_HOSTS = Set.of("www.youtube.com", "vimeo.com", "github.com", "gitlab.com");

    private final WSClient ws;

    @Inject
    public LinkPreviewController(WSClient ws) {
        this.ws = ws;
    }

    public CompletionStage<Result> preview(Http.Request request) {
        URI uri;
        try {
            uri = new URI(request.queryString("url").orElse(""));
        } catch (URISyntaxException e) {
            return CompletableFuture.completedFuture(badRequest("bad url"));
        }
        if (!"https".equals(uri.getScheme()) || uri.getPort() != -1 || !PREVIEW_HOSTS.contains(uri.getHost())) {
            return CompletableFuture.completedFuture(forbidden("host not allowed"));
        }
        return ws.url("https://" + uri.getHost() + uri.getRawPath())
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
