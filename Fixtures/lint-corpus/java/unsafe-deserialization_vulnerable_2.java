package shop.cart;

import java.util.Base64;
import java.util.Map;
import org.apache.commons.lang3.SerializationUtils;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.Yaml;

@RestController
public class WishlistController {
    @PostMapping("/wishlist/restore")
    public Wishlist restore(@CookieValue("wl") String cookie) {
        return (Wishlist) SerializationUtils.deserialize(Base64.getDecoder().decode(cookie)); // expect: unsafe-deserialization
    }

    @PostMapping(path = "/wishlist/import", consumes = "application/x-yaml")
    public Wishlist importYaml(@RequestBody String body) {
        Yaml yaml = new Yaml();
        Map<String, Object> data = yaml.load(body); // expect: unsafe-deserialization
        return Wishlist.fromMap(data);
    }
}
