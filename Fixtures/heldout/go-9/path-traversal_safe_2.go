package provider

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

type snippetModel struct {
	Name    types.String `tfsdk:"name"`
	Content types.String `tfsdk:"content"`
}

type snippetResource struct {
	baseDir string
}

func (r *snippetResource) pathFor(m snippetModel) (string, error) {
	root := filepath.Join(r.baseDir, "conf.d")
	p := filepath.Clean(filepath.Join(root, m.Name.ValueString()+".conf"))
	if !strings.HasPrefix(p, root+string(os.PathSeparator)) {
		return "", fmt.Errorf("snippet name %q leaves %s", m.Name.ValueString(), root)
	}
	return p, nil
}

func (r *snippetResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan snippetModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	p, err := r.pathFor(plan)
	if err != nil {
		resp.Diagnostics.AddError("invalid name", err.Error())
		return
	}
	if err := os.WriteFile(p, []byte(plan.Content.ValueString()), 0o640); err != nil {
		resp.Diagnostics.AddError("write snippet", err.Error())
		return
	}
	resp.Diagnostics.Append(resp.State.Set(ctx, plan)...)
}

func (r *snippetResource) Delete(ctx context.Context, req resource.DeleteRequest, resp *resource.DeleteResponse) {
	var state snippetModel
	resp.Diagnostics.Append(req.State.Get(ctx, &state)...)
	if resp.Diagnostics.HasError() {
		return
	}
	p, err := r.pathFor(state)
	if err != nil {
		resp.Diagnostics.AddError("invalid name", err.Error())
		return
	}
	if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
		resp.Diagnostics.AddError("remove snippet", err.Error())
	}
}
