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

// Azure Function: link previews for the chat app (?url=...), fetched with the Google HTTP client.
class LinkPreviewFunction {
    private final HttpRequestFactory requests = HttpClients.defaultFactory();

    @FunctionName("linkPreview")
    public HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS)
            HttpRequestMessage<Optional<String>> request) throws IOException {
        String target = request.getQueryParameters().get("url");
        if (target == null) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST).build();
        }
        GenericUrl url = new GenericUrl(target);
        HttpResponse page = requests.buildGetRequest(url).execute(); // expect: ssrf
        try {
            String title = PreviewParser.title(page.parseAsString());
            return request.createResponseBuilder(HttpStatus.OK).body(title).build();
        } finally {
            page.disconnect();
        }
    }
}
