package com.acme.cart.web;

import com.google.gson.Gson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@RestController
public class CartController {

    private final Gson gson = new Gson();

    @PostMapping("/cart/restore")
    public Cart restore(@CookieValue("cart") String cookie) {
        String json = new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.UTF_8);
        return gson.fromJson(json, Cart.class);
    }

    @PostMapping(path = "/cart/import", consumes = "application/x-yaml")
    public Cart importYaml(@RequestBody String body) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> data = yaml.load(body);
        return Cart.fromMap(data);
    }
}
