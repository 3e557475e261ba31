import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.Post;
import java.io.IOException;

// Armeria annotated service: dashboards post their widget layout; widget kinds are a closed sealed hierarchy.
class LayoutService {
    private final ObjectMapper mapper = new ObjectMapper();
    private final LayoutRepository layouts;

    LayoutService(LayoutRepository layouts) {
        this.layouts = layouts;
    }

    @Post("/dashboards/:id/layout")
    public HttpResponse save(@Param("id") long id, String body) throws IOException {
        DashboardLayout layout = mapper.readValue(body, DashboardLayout.class);
        layouts.save(id, layout);
        return HttpResponse.of(204);
    }
}
