import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Armeria annotated service for map tiles; failures of the async renderer become 503s.
class TileService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TileService.class);
    private final NativeRenderer renderer = NativeRenderer.load();

    @Get("/tiles/:z/:x/:y")
    public CompletableFuture<HttpResponse> tile(@Param("z") int z, @Param("x") int x, @Param("y") int y) {
        return renderer.renderAsync(z, x, y)
                .thenApply(png -> HttpResponse.of(HttpStatus.OK, MediaType.PNG, png))
                .exceptionally(error -> {
                    LOG.warn("tile {}/{}/{} failed", z, x, y, error);
                    return HttpResponse.of(HttpStatus.SERVICE_UNAVAILABLE);
                });
    }

    @Override
    public void close() {
        try {
            renderer.shutdown();
        } catch (RendererException | IllegalStateException e) {
            LOG.debug("renderer shutdown: {}", e.toString());
        }
    }
}
