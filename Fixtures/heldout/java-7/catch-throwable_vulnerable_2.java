import com.linecorp.armeria.common.HttpResponse;
import com.linecorp.armeria.common.HttpStatus;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.server.annotation.Get;
import com.linecorp.armeria.server.annotation.Param;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Armeria annotated service for map tiles; a native renderer does the drawing.
class TileService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TileService.class);
    private final NativeRenderer renderer = NativeRenderer.load();

    @Get("/tiles/:z/:x/:y")
    public HttpResponse tile(@Param("z") int z, @Param("x") int x, @Param("y") int y) {
        try {
            byte[] png = renderer.render(z, x, y);
            return HttpResponse.of(HttpStatus.OK, MediaType.PNG, png);
        } catch (Throwable cause) { // expect: catch-throwable
            LOG.warn("tile {}/{}/{} failed", z, x, y, cause);
            return HttpResponse.of(HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    @Override
    public void close() {
        try {
            renderer.shutdown();
        } catch (final Throwable onShutdown) { // expect: catch-throwable
            LOG.debug("renderer shutdown: {}", onShutdown.toString());
        }
    }
}
