public class PreviewActivity extends Activity {
    @Override
    protected void onCreate(Bundle state) {
        super.onCreate(state);
        String target = getIntent().getData().getQueryParameter("url");
        new Thread(() -> {
            try {
                HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection(); // expect: ssrf
                conn.getResponseCode();
            } catch (IOException ignored) {
                // preview stays empty
            }
        }).start();
    }
}
