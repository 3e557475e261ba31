package app.podcasts;

import java.net.URI;
import java.time.Duration;
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
                for (Feed feed : store.subscribed()) {
                    try {
                        added += store.merge(feed, FeedParser.fetch(URI.create(feed.url()), Duration.ofSeconds(10)));
                    } catch (java.io.IOException // expect: empty-catch
                            | FeedFormatException e) {
                    }
                    try {
                        feed.setArtwork(new Image(feed.artworkUrl(), true));
                    } catch (IllegalArgumentException badArtworkUrl) { // expect: empty-catch
                        // keep the old artwork
                    }
                }
                int total = added;
                Platform.runLater(() -> episodes.getItems().setAll(store.latest(50)));
                return total;
            }
        };
    }
}
