package app.podcasts;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;

/** Background refresh of subscribed feeds in the JavaFX podcast player. */
public class FeedRefresher {

    private final FeedStore store;
    private final ListView<Episode> episodes;

    public FeedRefresher(FeedStore store, ListView<Episode> episodes) {
        this.store = store;
        this.episodes = episodes;
    }

    public Task<Integer> refreshAll() {
        return new Task<>() {
            @Override
            protected Integer call() {
                int added = 0;
                List<String> failed = new ArrayList<>();
                for (Feed feed : store.subscribed()) {
                    try {
                        added += store.merge(feed, FeedParser.fetch(URI.create(feed.url()), Duration.ofSeconds(10)));
                    } catch (java.io.IOException | FeedFormatException e) {
                        failed.add(feed.title() + ": " + e.getMessage());
                    }
                    if (feed.artworkUrl() != null && !feed.artworkUrl().isBlank()) {
                        feed.setArtwork(new Image(feed.artworkUrl(), true));
                    }
                }
                int total = added;
                Platform.runLater(() -> {
                    episodes.getItems().setAll(store.latest(50));
                    store.reportFailures(failed);
                });
                return total;
            }
        };
    }
}
