package com.acme.cart.web;

import java.util.Base64;
import java.util.Map;
import org.springframework.util.SerializationUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.Yaml;

@RestController
public class CartController {

    @PostMapping("/cart/restore")
    public Cart restore(@CookieValue("cart") String cookie) {
        byte[] raw = Base64.getUrlDecoder().decode(cookie);
        return (Cart) SerializationUtils.deserialize(raw); // expect: unsafe-deserialization
    }

    @PostMapping(path = "/cart/import", consumes = "application/x-yaml")
    public Cart importYaml(@RequestBody String body) {
        Map<String, Object> data = new Yaml().load(body); // expect: unsafe-deserialization
        return Cart.fromMap(data);
    }
}
