// Command ghcard renders a small profile card using the GitHub API.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"regexp"
	"time"
)

var loginRE = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$`)

type ghUser struct {
	Login     string `json:"login"`
	Name      string `json:"name"`
	Followers int    `json:"followers"`
	PublicRep int    `json:"public_repos"`
}

var api = &http.Client{Timeout: 5 * time.Second}

// fetchUser always talks to api.github.com; the login only ends up as an
// escaped path segment.
func fetchUser(ctx context.Context, login string) (*ghUser, error) {
	u := url.URL{
		Scheme: "https",
		Host:   "api.github.com",
		Path:   "/users/" + url.PathEscape(login),
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/vnd.github+json")
	resp, err := api.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("github: %s", resp.Status)
	}
	var gu ghUser
	if err := json.NewDecoder(resp.Body).Decode(&gu); err != nil {
		return nil, err
	}
	return &gu, nil
}

func cardHandler(w http.ResponseWriter, r *http.Request) {
	login := r.URL.Query().Get("user")
	if !loginRE.MatchString(login) {
		http.Error(w, "invalid user", http.StatusBadRequest)
		return
	}
	gu, err := fetchUser(r.Context(), login)
	if err != nil {
		log.Printf("fetch user: %v", err)
		http.Error(w, "upstream error", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(gu); err != nil {
		log.Printf("encode: %v", err)
	}
}

func main() {
	http.HandleFunc("/card", cardHandler)
	srv := &http.Server{Addr: ":8080", ReadHeaderTimeout: 5 * time.Second}
	log.Fatal(srv.ListenAndServe())
}
