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

func main() {
	kctx := kong.Parse(&cli)
	raw, _ := os.ReadFile(cli.Plan) // expect: ignored-error
	var plan Plan
	_ = yaml.Unmarshal(raw, &plan)             // expect: ignored-error
	replicas, _ := strconv.Atoi(plan.Replicas) // expect: ignored-error
	for _, region := range plan.Regions {
		fmt.Printf("%s: %d replicas of %s\n", region, replicas, plan.Name)
	}
	if cli.Dry {
		kctx.Exit(0)
	}
	fmt.Println("applying", plan.Name)
}
