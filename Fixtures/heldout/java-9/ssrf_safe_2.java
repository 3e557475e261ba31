package org.harbor.preview;

import io.temporal.activity.ActivityInterface;
import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Path;

interface FeedApi {
    @GET("feeds/{id}.xml")
    Call<ResponseBody> fetch(@Path("id") String feedId);
}

@ActivityInterface
interface FeedActivities {
    String pull(String feedId);
}

/** Temporal activity: pulls a subscriber's feed from the aggregator so the workflow can diff it. */
class FeedActivitiesImpl implements FeedActivities {

    private final FeedApi api = new Retrofit.Builder().baseUrl("https://aggregator.harbor.example/").build()
            .create(FeedApi.class);

    @Override
    public String pull(String feedId) {
        if (!feedId.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("bad feed id");
        }
        try {
            Response<ResponseBody> response = api.fetch(feedId).execute();
            if (!response.isSuccessful() || response.body() == null) {
                return "";
            }
            try (ResponseBody body = response.body()) {
                return body.string();
            }
        } catch (IOException e) {
            throw new IllegalStateException("feed pull failed", e);
        }
    }
}
