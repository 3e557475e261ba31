package reports

import (
	"fmt"

	"example.com/webkit/wk"
	qb "example.com/querybuilder"
)

type ReportController struct{}

func (rc *ReportController) ByRegion(req *wk.Request) {
	stmt, args, err := qb.Select("day", "total").From("sales").Where(qb.Eq{"region": req.Param("region").String()}).ToSql()
	if err != nil {
		req.Reply.Status(400)
		return
	}
	rows, _ := wk.Store().FetchAll(req.Context(), stmt, args...)
	req.Reply.JSON(rows)
}

func (rc *ReportController) Count(req *wk.Request) {
	n, _ := wk.Store().Scalar(req.Context(), "SELECT count(*) FROM sales WHERE region = ?", req.Param("region").String())
	wk.Log().Info(fmt.Sprintf("SELECT count for %v", n))
	req.Reply.JSON(n)
}
