package preview;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class WeatherController {
    private final HttpClient client = HttpClient.newHttpClient();

    @GetMapping("/weather")
    public String weather(@RequestParam String city) throws Exception {
        String encoded = URLEncoder.encode(city, StandardCharsets.UTF_8);
        URI uri = URI.create("https://api.weather.example.com/v1/current?city=" + encoded);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
