package shop.cart;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.security.NoTypePermission;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@RestController
public class WishlistController {
    private final XStream xstream = new XStream();

    public WishlistController() {
        xstream.addPermission(NoTypePermission.NONE);
        xstream.allowTypes(new Class<?>[] {Wishlist.class, Wishlist.Item.class});
    }

    @PostMapping(path = "/wishlist/import", consumes = "application/xml")
    public Wishlist importXml(@RequestBody String body) {
        return (Wishlist) xstream.fromXML(body);
    }

    @PostMapping(path = "/wishlist/import", consumes = "application/x-yaml")
    public Wishlist importYaml(@RequestBody String body) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> data = yaml.load(body);
        return Wishlist.fromMap(data);
    }
}
