package org.harbor.preview;

import io.temporal.activity.ActivityInterface;
import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Url;

interface FeedApi {
    @GET
    Call<ResponseBody> fetch(@Url String url);
}

@ActivityInterface
interface FeedActivities {
    String pull(String subscriptionUrl);
}

/** Temporal activity: pulls a subscriber's feed so the workflow can diff it with the last copy. */
class FeedActivitiesImpl implements FeedActivities {

    private final FeedApi api = new Retrofit.Builder().baseUrl("https://feeds.invalid/").build()
            .create(FeedApi.class);

    @Override
    public String pull(String subscriptionUrl) {
        try {
            Response<ResponseBody> response = api.fetch(subscriptionUrl).execute(); // expect: ssrf
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
