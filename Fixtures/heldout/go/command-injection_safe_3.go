// Package media wraps a few external tools used by the upload pipeline.
package media

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// DiskUsage reports free space on the upload volume. The pipeline is a
// constant string; nothing from the caller reaches the shell.
func DiskUsage(ctx context.Context) ([]byte, error) {
	return exec.CommandContext(ctx, "sh", "-c", "df -h /srv/uploads | tail -n +2").Output()
}

// Thumbnail resizes src into dst. The shell script is fixed and the file
// names are passed as positional parameters ($1, $2), so they are never
// parsed as shell syntax.
func Thumbnail(ctx context.Context, src, dst string) error {
	const script = `convert "$1" -auto-orient -thumbnail 256x256 "$2" && jpegoptim --strip-all "$2"`
	cmd := exec.CommandContext(ctx, "sh", "-c", script, "thumbnail", src, dst)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("thumbnail: %v: %s", err, out)
	}
	return nil
}

// maintenanceTasks is the complete set of jobs an operator may trigger.
var maintenanceTasks = map[string][]string{
	"vacuum":  {"psql", "-c", "VACUUM ANALYZE"},
	"rotate":  {"logrotate", "-f", "/etc/logrotate.d/uploads"},
	"reindex": {"/usr/local/bin/reindex-media", "--all"},
}

type Handler struct {
	UploadDir string
}

func (h *Handler) RunTask(w http.ResponseWriter, r *http.Request) {
	argv, ok := maintenanceTasks[r.URL.Query().Get("task")]
	if !ok {
		http.Error(w, "unknown task", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Minute)
	defer cancel()

	if err := exec.CommandContext(ctx, argv[0], argv[1:]...).Run(); err != nil {
		http.Error(w, "task failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) MakeThumb(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	if name == "." || name == ".." || name == string(os.PathSeparator) {
		http.Error(w, "invalid name", http.StatusBadRequest)
		return
	}
	src := filepath.Join(h.UploadDir, name)
	dst := filepath.Join(h.UploadDir, "thumbs", name)
	if err := Thumbnail(r.Context(), src, dst); err != nil {
		http.Error(w, "thumbnail failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
