package main

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	cloudevents "github.com/cloudevents/sdk-go/v2"
)

const themesDir = "/var/lib/portal/themes"

type themeUploaded struct {
	Theme  string `json:"theme"`
	Bundle string `json:"bundle"`
}

// inside joins name under dest and refuses anything that would leave it.
func inside(dest, name string) (string, error) {
	target := filepath.Join(dest, name)
	if !strings.HasPrefix(target, filepath.Clean(dest)+string(os.PathSeparator)) {
		return "", fmt.Errorf("entry %q escapes the theme folder", name)
	}
	return target, nil
}

func unpack(r io.Reader, dest string) error {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		target, err := inside(dest, hdr.Name)
		if err != nil {
			return err
		}
		switch hdr.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			f, err := os.Create(target)
			if err != nil {
				return err
			}
			_, cerr := io.Copy(f, tr)
			if err := f.Close(); err != nil || cerr != nil {
				return fmt.Errorf("write %s: %v %v", hdr.Name, cerr, err)
			}
		}
	}
}

func receive(ctx context.Context, ev cloudevents.Event) error {
	var p themeUploaded
	if err := ev.DataAs(&p); err != nil {
		return err
	}
	stamp := strconv.FormatInt(ev.Time().Unix(), 10)
	resp, err := http.Get("http://artifacts.internal/themes/" + stamp + ".tar.gz")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return unpack(resp.Body, filepath.Join(themesDir, stamp))
}

func main() {
	c, err := cloudevents.NewClientHTTP()
	if err != nil {
		log.Fatal(err)
	}
	log.Fatal(c.StartReceiver(context.Background(), receive))
}
