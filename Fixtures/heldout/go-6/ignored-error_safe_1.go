package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/alecthomas/kong"
	"gopkg.in/yaml.v3"
)

type Plan struct {
	Name     string   `yaml:"name"`
	Replicas string   `yaml:"replicas"`
	Regions  []string `yaml:"regions"`
}

var cli struct {
	Plan string `arg:"" help:"Rollout plan file."`
	Dry  bool   `help:"Print instead of applying."`
}

func load(path string) (Plan, int, error) {
	var plan Plan
	raw, err := os.ReadFile(path)
	if err != nil {
		return plan, 0, fmt.Errorf("read plan: %w", err)
	}
	if err := yaml.Unmarshal(raw, &plan); err != nil {
		return plan, 0, fmt.Errorf("parse plan: %w", err)
	}
	replicas, err := strconv.Atoi(plan.Replicas)
	if err != nil {
		return plan, 0, fmt.Errorf("replicas: %w", err)
	}
	return plan, replicas, nil
}

func main() {
	kctx := kong.Parse(&cli)
	plan, replicas, err := load(cli.Plan)
	kctx.FatalIfErrorf(err)
	for _, region := range plan.Regions {
		fmt.Printf("%s: %d replicas of %s\n", region, replicas, plan.Name)
	}
	if cli.Dry {
		kctx.Exit(0)
	}
	fmt.Println("applying", plan.Name)
}
