public class PreviewActivity extends Activity {
    private static final String PREVIEW_API = "https://preview.example.com/api?id=";

    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        String id = getIntent().getData().getQueryParameter("id");
        new Thread(() -> {
            try {
                HttpURLConnection conn = (HttpURLConnection) new URL(PREVIEW_API + URLEncoder.encode(id, "UTF-8")).openConnection();
                conn.getResponseCode();
            } catch (IOException ignored) {
                // preview stays empty
            }
        }).start();
    }
}
