package tasks

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/RichardKnop/machinery/v2/log"
)

const mediaRoot = "/srv/media/in"

var presets = map[string]bool{"ultrafast": true, "fast": true, "medium": true, "slow": true}

// TranscodeArgs is the signature payload the API enqueues for each uploaded clip.
type TranscodeArgs struct {
	Source string
	Preset string
	Title  string
}

func (a TranscodeArgs) argv(outDir string) ([]string, error) {
	src := filepath.Clean(a.Source)
	if !strings.HasPrefix(src, mediaRoot+string(filepath.Separator)) {
		return nil, errors.New("source outside media root")
	}
	if !presets[a.Preset] {
		return nil, fmt.Errorf("unknown preset %q", a.Preset)
	}
	out := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))+".mp4")
	return []string{"-y", "-i", src, "-preset", a.Preset, "-metadata", "title=" + a.Title, "--", out}, nil
}

// Transcode is registered with server.RegisterTask("transcode", Transcode).
func Transcode(source, preset, title string) (string, error) {
	args, err := TranscodeArgs{Source: source, Preset: preset, Title: title}.argv("/srv/media/out")
	if err != nil {
		return "", err
	}
	log.INFO.Printf("transcode: %s", source)

	cmd := exec.CommandContext(context.Background(), "ffmpeg", args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("ffmpeg failed: %w: %s", err, out)
	}
	return string(out), nil
}
