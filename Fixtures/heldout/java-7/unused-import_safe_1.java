import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import com.linecorp.armeria.server.annotation.ProducesJson;
import java.util.List;
import java.util.concurrent.TimeUnit;

// Armeria annotated service: the store locator's public JSON API.
class StoreLocatorService {
    private static final long CACHE_SECONDS = TimeUnit.MINUTES.toSeconds(5);
    private final StoreDirectory directory;

    StoreLocatorService(StoreDirectory directory) {
        this.directory = directory;
    }

    @Get("/stores/near")
    @ProducesJson
    public List<StoreDto> near(@Param("lat") double lat, @Param("lon") double lon) {
        return directory.nearest(lat, lon, 10);
    }

    @Get("/stores/:id/map.svg")
    public HttpResponse map(@Param("id") String id) {
        return directory.find(id)
                .map(store -> HttpResponse.of(HttpStatus.OK, MediaType.SVG_UTF_8, store.mapSvg()))
                .orElseGet(() -> HttpResponse.of(HttpStatus.NOT_FOUND));
    }

    long cacheSeconds() {
        return CACHE_SECONDS;
    }
}
