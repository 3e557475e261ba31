import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType; // expect: unused-import
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.ProducesJson;
import java.util.List;
import java.util.concurrent.TimeUnit; // expect: unused-import

// Armeria annotated service: the store locator's public JSON API.
class StoreLocatorService {
    private final StoreDirectory directory;

    StoreLocatorService(StoreDirectory directory) {
        this.directory = directory;
    }

    @Get("/stores/near")
    @ProducesJson
    public List<StoreDto> near(@Param("lat") double lat, @Param("lon") double lon) {
        return directory.nearest(lat, lon, 10);
    }

    @Get("/stores/:id")
    public HttpResponse one(@Param("id") String id) {
        return directory.find(id)
                .map(store -> HttpResponse.ofJson(store))
                .orElseGet(() -> HttpResponse.of(HttpStatus.NOT_FOUND));
    }
}
