import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

// Azure Function: link previews for the chat app, limited to the video sites the app embeds.
class LinkPreviewFunction {
    private static final Set<String> EMBED_HOSTS = Set.of("www.youtube.com", "vimeo.com", "www.dailymotion.com");
    private final HttpRequestFactory requests = HttpClients.defaultFactory();

    @FunctionName("linkPreview")
    public HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS)
            HttpRequestMessage<Optional<String>> request) throws IOException {
        String target = request.getQueryParameters().get("url");
        if (target == null) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST).build();
        }
        GenericUrl given = new GenericUrl(target);
        if (!"https".equals(given.getScheme()) || !EMBED_HOSTS.contains(given.getHost())) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST).build();
        }
        GenericUrl url = new GenericUrl("https://" + given.getHost() + given.getRawPath());
        HttpResponse page = requests.buildGetRequest(url).setFollowRedirects(false).execute();
        try {
            String title = PreviewParser.title(page.parseAsString());
            return request.createResponseBuilder(HttpStatus.OK).body(title).build();
        } finally {
            page.disconnect();
        }
    }
}
