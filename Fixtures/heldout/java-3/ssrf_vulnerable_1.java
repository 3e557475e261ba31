package com.linkpreview.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

@RestController
public class PreviewController {

    private final WebClient web = WebClient.create();

    @GetMapping("/preview")
    public Mono<String> preview(@RequestParam String url) {
        return web.get().uri(url).retrieve().bodyToMono(String.class) // expect: ssrf
                .map(html -> html.length() > 2000 ? html.substring(0, 2000) : html);
    }

    @GetMapping("/preview/image-size")
    public String imageSize(@RequestParam("src") String src) throws IOException {
        try (InputStream in = new URL(src).openStream()) { // expect: ssrf
            BufferedImage img = ImageIO.read(in);
            return img == null ? "not an image" : img.getWidth() + "x" + img.getHeight();
        }
    }
}
