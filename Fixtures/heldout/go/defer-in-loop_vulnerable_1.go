// logscan counts ERROR lines in every *.log file under a directory.
//
//	logscan /var/log/myapp
package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: logscan DIR")
		os.Exit(2)
	}

	var files []string
	err := filepath.WalkDir(os.Args[1], func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".log") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	sort.Strings(files)

	counts := make(map[string]int, len(files))
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			log.Printf("skip %s: %v", p, err)
			continue
		}
		defer f.Close() // expect: defer-in-loop

		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "ERROR") {
				counts[p]++
			}
		}
		if err := sc.Err(); err != nil {
			log.Printf("read %s: %v", p, err)
		}
	}

	for _, p := range files {
		fmt.Printf("%6d  %s\n", counts[p], p)
	}
}
