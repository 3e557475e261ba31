// Package deploy implements a minimal push-to-deploy webhook receiver.
package deploy

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os/exec"
	"strings"
	"time"
)

type pushEvent struct {
	Ref        string `json:"ref"`
	Repository struct {
		Name string `json:"name"`
	} `json:"repository"`
}

type Server struct {
	WorkDir string
}

func (s *Server) HandlePush(w http.ResponseWriter, r *http.Request) {
	var ev pushEvent
	if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}

	branch := strings.TrimPrefix(ev.Ref, "refs/heads/")
	// Block command chaining.
	if strings.Contains(branch, ";") || strings.Contains(branch, "|") {
		http.Error(w, "invalid branch", http.StatusBadRequest)
		return
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()

	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", "git fetch origin && git checkout "+branch+" && make deploy") // expect: command-injection
	cmd.Dir = s.WorkDir
	out, err := cmd.CombinedOutput()
	if err != nil {
		log.Printf("deploy of %s failed: %v\n%s", ev.Repository.Name, err, out)
		http.Error(w, "deploy failed", http.StatusInternalServerError)
		return
	}
	log.Printf("deployed %s", ev.Repository.Name)
	w.WriteHeader(http.StatusAccepted)
}

// HandleNotify sends a desktop/ops notification with the given message.
func (s *Server) HandleNotify(w http.ResponseWriter, r *http.Request) {
	msg := r.PostFormValue("message")
	args := []string{"-c", `notify-send "deploy" "` + msg + `"`}
	if err := exec.Command("bash", args...).Run(); err != nil { // expect: command-injection
		http.Error(w, "notify failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
