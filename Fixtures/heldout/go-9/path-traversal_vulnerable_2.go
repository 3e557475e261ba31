package provider

import (
	"context"
	"os"
	"path/filepath"

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

func (r *snippetResource) pathFor(m snippetModel) string {
	return filepath.Join(r.baseDir, "conf.d", m.Name.ValueString()+".conf")
}

func (r *snippetResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var plan snippetModel
	resp.Diagnostics.Append(req.Plan.Get(ctx, &plan)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if err := os.WriteFile(r.pathFor(plan), []byte(plan.Content.ValueString()), 0o640); err != nil { // expect: path-traversal
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
	if err := os.Remove(r.pathFor(state)); err != nil && !os.IsNotExist(err) { // expect: path-traversal
		resp.Diagnostics.AddError("remove snippet", err.Error())
	}
}
