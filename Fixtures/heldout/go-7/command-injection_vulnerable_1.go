package tasks

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/RichardKnop/machinery/v2/log"
)

// TranscodeArgs is the signature payload the API enqueues for each uploaded clip.
type TranscodeArgs struct {
	Source string
	Preset string
	Title  string
}

func (a TranscodeArgs) commandLine(outDir string) string {
	out := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(a.Source), filepath.Ext(a.Source))+".mp4")
	return fmt.Sprintf("ffmpeg -y -i %s -preset %s -metadata title=\"%s\" %s", a.Source, a.Preset, a.Title, out)
}

// Transcode is registered with server.RegisterTask("transcode", Transcode).
func Transcode(source, preset, title string) (string, error) {
	args := TranscodeArgs{Source: source, Preset: preset, Title: title}
	line := args.commandLine("/srv/media/out")
	log.INFO.Printf("transcode: %s", source)

	cmd := exec.CommandContext(context.Background(), "sh", "-c", line) // expect: command-injection
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("ffmpeg failed: %w: %s", err, out)
	}
	return string(out), nil
}
