import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import java.io.IOException;

// Armeria annotated service: dashboards post their widget layout with type information for each widget.
class LayoutService {
    private final ObjectMapper mapper = new ObjectMapper();
    private final LayoutRepository layouts;

    LayoutService(LayoutRepository layouts) {
        this.layouts = layouts;
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.EVERYTHING);
    }

    @Post("/dashboards/:id/layout")
    public HttpResponse save(@Param("id") long id, String body) throws IOException {
        Object layout = mapper.readValue(body, Object.class); // expect: unsafe-deserialization
        layouts.save(id, layout);
        return HttpResponse.of(204);
    }
}
