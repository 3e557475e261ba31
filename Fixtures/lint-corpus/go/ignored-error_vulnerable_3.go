package weather

import (
	"encoding/hex"
	"io"
	"net/http"
	"os"
)

var client = &http.Client{}

// Forecast fetches the raw forecast for a city from the upstream service.
func Forecast(city string) []byte {
	resp, _ := client.Get("https://weather.example.org/v1/" + city) // expect: ignored-error
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body) // expect: ignored-error
	return body
}

// SigningKey reads the key that signs cached forecasts.
func SigningKey() []byte {
	key, _ := hex.DecodeString(os.Getenv("FORECAST_SIGNING_KEY")) // expect: ignored-error
	return key
}
